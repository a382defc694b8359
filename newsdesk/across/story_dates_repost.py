"""Page dates of late reposts, which the article's own text or its story contradicts.

Why: a blog or aggregator that reposts a report days later carries its own post date
("Monday, September 30, 2013") over a text written on the day of the news ("gunmen launched
the attack at midday today", "last night"). Read against the post date, every "today" of
the text lands days late, and as the story's only dated article it drags the whole story
there. A page date is doubted when the text reads as a report of the day (its opening
sentences say "today", "last night", "yesterday") while every full day the text states, or
every other article of the story, lies LATE_DAYS or more before it, and the text does not
look back ("last week", "days ago": a follow-up, whose "today" is its own). The explicit
days win: the article is re-anchored near the latest full day its text states, else it is
treated as undated and estimated from its story like any other (`story_dates`).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from itertools import chain, islice
from typing import Iterator

from ..model import Article

LATE_DAYS = 5            # a page date this far after the evidence is a repost's, not the report's
LEDE_SENTENCES = 3       # the opening statements that tell whether the text is a report of the day
SHIFTS = (0, 1, 2)       # a report is written on the day its latest full date states, or soon after
_OF_THE_DAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|last night|yesterday|"
                         r"overnight)\b", re.I)
_LOOKS_BACK = re.compile(r"\b(?:last|past|previous) (?:week|weekend|month)\b|\b(?:days|weeks) ago\b|"
                         r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days?|weeks?) "
                         r"(?:ago|after|since)\b|\banniversary\b", re.I)


def page_dated(art: Article, own: date | None) -> bool:
    """Whether the article's own date is the page's (stated `published` or a date line in the
    raw page head), not a day its text states."""
    from ..extract import ev_context as X
    found = art.published or X.raw_anchor(art.raw)
    return own is not None and bool(found) and found[:10] == own.isoformat()


def _statements(art: Article) -> list[str]:
    """The article's sentences that state something: no date lines or credits, no captions."""
    return list(_each_statement(art))


def _each_statement(art: Article) -> Iterator[str]:
    """`_statements` one at a time (a caller that needs the lede alone stops early)."""
    return (s.text for s in art.sentences if _states(s.text))


@lru_cache(maxsize=1 << 15)        # wire copy and reposts repeat sentences across refreshes
def _states(text: str) -> bool:
    from ..extract.dates import no_statement
    from ..extract.dates_caption import caption_line
    return not no_statement(text) and not caption_line(text)


def stated_days(art: Article) -> list[date]:
    """Full days (with their year) the article's statements name."""
    from ..extract.dates import date_expressions
    return [date.fromisoformat(d) for t in _statements(art) for _s, _e, d in date_expressions(t, None) if d]


def of_the_day(art: Article) -> bool:
    """The text reads as a report of the day it was written: its opening statements date
    something by "today", "last night", "yesterday"; and nowhere does it look back."""
    texts = _each_statement(art)
    lede = list(islice(texts, LEDE_SENTENCES))      # most ledes tell no "today": stop there
    return any(_OF_THE_DAY.search(t) for t in lede) and \
        not any(_LOOKS_BACK.search(t) for t in chain(lede, texts))


def _types_until(arts: list[Article], hi: date) -> set[str]:
    """Types of the articles' mentions dated `hi` or before."""
    return {m.type for a in arts for m in a.mentions if (d := _iso_day(m.date)) is not None and d <= hi}


def _iso_day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat((iso or "")[:10])
    except ValueError:
        return None


def late_page(art: Article, own: date | None, others: list[date], story: list[Article] = ()
              ) -> tuple[bool, date | None]:
    """(doubted, re-anchor) for an article's page date: doubted when the page date lies
    LATE_DAYS or more after every full day the text states (re-anchored near the latest of
    them), or, with no such day, after every other article's own date of the story
    (re-anchor None: estimated from the story). Either way an act the text dates by the
    page ("today") must be of a kind the earlier evidence dates too (an attack told "today"
    beside the attack dated days before): a new kind of act told today is a later report's."""
    if not page_dated(art, own) or not of_the_day(art):
        return False, None
    late = own - timedelta(days=LATE_DAYS)
    now = {m.type for m in art.mentions if any(_OF_THE_DAY.search(sp.text) for sp in [m.span, *m.extra_spans])}
    days = stated_days(art)
    if days:
        doubted = max(days) <= late and bool(now & _types_until([art], late))
        return (True, max(days)) if doubted else (False, None)
    doubted = bool(others) and max(others) <= late and bool(now & _types_until(list(story), late))
    return doubted, None


def doubt_late_pages(by_story: dict[str, list[Article]], own: dict[str, date | None]) -> None:
    """Re-anchor or undate the late reposts of every story (a hook of `story_dates`): the
    decisions are taken on the page dates as found, then applied."""
    from .story_dates import estimate_anchor, redate
    from .story_dates_doubt import undate
    for arts in by_story.values():
        found = {a.id: late_page(a, own[a.id], [own[b.id] for b in arts if b is not a and own[b.id]],
                                 [b for b in arts if b is not a]) for a in arts}
        for a in arts:
            doubted, day = found[a.id]
            if not doubted:
                continue
            undate(a)
            own[a.id] = None
            if day is not None:
                est = estimate_anchor(a, day, set(stated_days(a)), SHIFTS)
                a.layers["date_estimate"] = est.isoformat()
                redate(a, est.isoformat())
                own[a.id] = est
