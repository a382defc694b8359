"""Dates for articles that state none, from the other articles of their story.

Why: scraped text often carries no publication date (the date lived in the URL or the page
chrome), so "on Tuesday", "yesterday" or a sentence with no day at all cannot be placed.
Coverage of one story is written within a few days, though, and the story's dated articles
(a stated `published`, a date line in the page head, a full date in the opening sentences)
fix its reference day R. An undated article is then given the day nearest R that keeps its
own weekday references consistent: a report that says "Thursday" when R is a Wednesday was
written on Thursday or later. Nothing is invented when no article of the story is dated.

The estimate is kept on `art.layers["date_estimate"]` (the brief marks such dates), never
written to `published` (FORMAT.md: `published` is what the page states).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..model import Article, EventMention, Picture
from ..pipeline import corpus_step

WINDOW_BACK = 3          # days before R a weekday reference may fall and still fit the story
SHIFTS = (0, 1, -1, 2, 3)  # candidate publication days around R, in order of preference
LEDE_SENTENCES, LEDE_WEIGHT = 2, 2
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat((iso or "")[:10])
    except ValueError:
        return None


def own_anchor(art: Article) -> str | None:
    """The article's own date (`ev_context.article_anchor`, as the events step uses it)."""
    from ..extract import ev_context as X
    if "own_anchor" not in art.layers:       # dateparser is slow: once per article
        art.layers["own_anchor"] = X.article_anchor(art)
    return art.layers["own_anchor"]


def reference_day(anchors: list[date]) -> date | None:
    """The story's reference day: the lower median of its dated articles' days (robust to
    one late follow-up or one stray date line)."""
    if not anchors:
        return None
    xs = sorted(anchors)
    return xs[(len(xs) - 1) // 2]


def _resolved(art: Article, pub: date) -> list[tuple[date, bool, int]]:
    """(day, is a weekday reference, weight) for every day the article names when published
    on `pub`; the lede's days weigh double (they date the article's main event)."""
    from ..extract.dates import date_expressions
    out = []
    iso = pub.isoformat()
    for i, s in enumerate(art.sentences):
        for start, end, d in date_expressions(s.text, iso):
            if d:
                out.append((date.fromisoformat(d), bool(_WEEKDAY.search(s.text[start:end])),
                            LEDE_WEIGHT if i < LEDE_SENTENCES else 1))
    return out


def story_days(arts: list[Article]) -> set[date]:
    """Days the dated articles of a story give their events (the story's calendar)."""
    return {d for a in arts for m in a.mentions if (d := _day(m.date)) is not None}


def estimate_anchor(art: Article, ref: date, days: set[date] | None = None) -> date:
    """The publication day near `ref` under which the days the article names fit the story
    best: every weekday it names falls within the story (no earlier than WINDOW_BACK days
    before `ref`), and as many of its days ("yesterday", "on Wednesday") as possible are days
    the dated articles state. Ties go to the day nearest `ref`."""
    best, best_score = ref, -1
    for k in SHIFTS:
        pub = ref + timedelta(days=k)
        res = _resolved(art, pub)
        if any(wd and d < ref - timedelta(days=WINDOW_BACK) for d, wd, _ in res):
            continue
        score = sum(w for d, _, w in res if d in (days or ()) and d <= pub)
        if score > best_score:
            best, best_score = pub, score
    return best


def mention_date(m: EventMention, anchor: str, lede: str | None) -> tuple[str | None, bool]:
    """(date, stated) for a mention from its sentences, by the events step's rule."""
    from ..extract import ev_context as X
    from ..extract.dates import mention_day
    return mention_day([X.event_date_ex(sp.text, anchor, lede) for sp in [m.span, *m.extra_spans]])


def redate(art: Article, anchor: str) -> int:
    """Re-resolve the article's mention dates against `anchor`; returns how many changed."""
    from ..extract.dates import lede_date
    lede = lede_date([s.text for s in art.sentences[:2]], anchor)
    changed = 0
    for m in art.mentions:
        d, stated = mention_date(m, anchor, lede)
        if d != m.date:
            changed += 1
        m.date, m.date_explicit, m.date_estimated = d, stated, d is not None
    return changed


def date_stories(articles: list[Article]) -> int:
    """Estimate dates for the undated articles of every story; returns articles redated."""
    own = {a.id: _day(own_anchor(a)) for a in articles}
    by_story: dict[str, list[Article]] = {}
    for a in articles:
        by_story.setdefault(a.story or f"alone:{a.id}", []).append(a)
    n = 0
    for arts in by_story.values():
        ref = reference_day([own[a.id] for a in arts if own[a.id]])
        if ref is None:
            continue
        days = story_days([a for a in arts if own[a.id]])
        for a in arts:
            if own[a.id] or not a.mentions:
                continue
            est = estimate_anchor(a, ref, days).isoformat()
            a.layers["date_estimate"] = est
            redate(a, est)
            n += 1
    return n


HISTORY_DAYS = 30        # a stated day this long before the report is background, not news


def drop_history(articles: list[Article]) -> int:
    """Drop mentions whose own sentence dates them over HISTORY_DAYS before the article's
    day ("since the Jan. 7-9 attacks" in an April report): PLOVER codes what is reported as
    happening now, not the background a story recalls. Returns how many were dropped."""
    n = 0
    for a in articles:
        anchor = _day(own_anchor(a) or a.layers.get("date_estimate"))
        if anchor is None:
            continue
        keep = [m for m in a.mentions if not (
            m.date_explicit and (d := _day(m.date)) and (anchor - d).days > HISTORY_DAYS)]
        n += len(a.mentions) - len(keep)
        a.mentions = keep
    return n


@corpus_step("story_dates")
def story_dates(articles: list[Article], picture: Picture) -> None:
    date_stories(articles)
    drop_history(articles)
