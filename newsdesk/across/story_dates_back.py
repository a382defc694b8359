"""An undated article that is an earlier report than the story's dated one (a hook of
`story_dates`).

Why: when the only dated article of a story is a late one ("date 2018-10-13 ... has not
been seen since he entered the building on 2 October"), its day becomes the reference day
R of every undated outlet, and a report from the first week ("disappeared on Tuesday after
entering the consulate"; "on Sunday denied ...") then either reads its weekdays against R
(a Tuesday four days before R) or is pushed forward until they fit ("Tuesday" as R + 3).
A bare weekday names a day of the past week, though: when a weekday reference does not fit
R and its sentence tells the act a dated article states on an older day of that weekday,
the report was written in the week after that day. It is placed on the last day of that
week (nearest R, as `estimate_anchor` prefers). Nothing changes without such a sentence.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..model import Article
from .story_dates_echo import _words

MIN_SHARED = 2        # words a weekday's sentence and a dated sentence share to tell one act
_MONTH_NAME = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b\.?")


def stated_days(dated: list[tuple[Article, date]], before: date) -> list[tuple[date, set[str]]]:
    """(day, words) of the dated articles' sentences that state a calendar day ("on 2
    October", "Oct. 5") before `before`: the acts the story's dated coverage places."""
    from ..extract.dates import date_expressions
    out = []
    for art, pub in dated:
        for s in art.sentences:
            for start, end, d in date_expressions(s.text, pub.isoformat()):
                if d and _MONTH_NAME.search(s.text[start:end]) and date.fromisoformat(d) < before:
                    out.append((date.fromisoformat(d), _words(s.text)))
    return out


def _weekday_refs(art: Article, pub: date) -> list[tuple[date, int, set[str]]]:
    """(day, weekday named, sentence words) of every bare weekday the article names when
    published on `pub`."""
    from ..extract.dates import WEEKDAYS, date_expressions
    out = []
    for s in art.sentences:
        for start, end, d in date_expressions(s.text, pub.isoformat()):
            named = [wd for name, wd in WEEKDAYS.items() if name in s.text[start:end].lower()]
            if d and named and not _MONTH_NAME.search(s.text[start:end]):
                out.append((date.fromisoformat(d), named[0], _words(s.text)))
    return out


def earlier_report_day(art: Article, ref: date, dated: list[tuple[Article, date]],
                       fits, week_back: int) -> date | None:
    """The publication day of an undated article that reports the first week of an act a
    dated article states more than `week_back` days before `ref`, else None. `fits(day)`
    says whether a day read against `ref` fits the story (`story_dates._fits`)."""
    stated = stated_days(dated, ref - timedelta(days=week_back))
    if not stated:
        return None
    acts = [d for day, wd, words in _weekday_refs(art, ref) if not fits(day)
            for d, dw in stated if d.weekday() == wd and len(words & dw) >= MIN_SHARED]
    return max(acts) + timedelta(days=week_back) if acts else None
