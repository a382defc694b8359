"""Follow-up coverage: a report published weeks after the act it tells (hooks of `stories`
and `story_dates`).

Why: inquiry results and toll revisions come out weeks after an attack ("A committee said
on Thursday that 512 died in the Oct. 14 bombing", published 30 Nov). Placed on its page
day, such a report falls outside the story window of the act's first coverage, becomes the
reference day of any undated outlet it joins, and its own account of the act reads as
background. The day its lede states for the act it reports is what ties it to the story;
an act the story's other outlets report as news, on the same day, is the story's, however
late one report of it is. A lede act up to FOLLOW_MAX days back counts as followed up; older
ones are anniversaries or background, and the page day stands.
"""
from __future__ import annotations

from datetime import date, datetime, timezone

import numpy as np

from ..model import Article, EventMention

FOLLOW_MIN = 7        # a lede act this many days or more before the page: a follow-up ...
FOLLOW_MAX = 60       # ... up to this many (a year on it is an anniversary piece)
LEDE = 3              # sentences that hold the act a report is about
SAME_ACT_DAYS = 1     # two reports' days of one act differ by at most this (time zones, "overnight")
NEWS_DAYS = 30        # a report this close after the act tells it as news


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat((iso or "")[:10])
    except ValueError:
        return None


def _in_lede(art: Article, m: EventMention) -> bool:
    sents = art.sentences
    return len(sents) <= LEDE or m.span.start < sents[LEDE].start


def followed_day(art: Article, pub: date | None) -> date | None:
    """The day the article's lede acts are stated to have happened, when the article was
    published FOLLOW_MIN to FOLLOW_MAX days after it; else None. A lede act dated near the
    page day (even by default) makes it a report of the day: its old day is a recalled one."""
    if pub is None:
        return None
    lede = [(m, d) for m in art.mentions if _in_lede(art, m) and (d := _day(m.date))]
    if any((pub - d).days < FOLLOW_MIN for _, d in lede):
        return None
    days = [d for m, d in lede if m.date_explicit and (pub - d).days <= FOLLOW_MAX]
    return max(days) if days else None


def story_day(art: Article, pub: date | None) -> date | None:
    """The day an article's coverage belongs to: its lede act's day for a follow-up, else
    its own day."""
    return followed_day(art, pub) or pub


def story_anchors(dated: list[tuple[Article, date]]) -> list[date]:
    """The days that fix a story's reference day: its reports of the day; only a story whose
    dated articles are all follow-ups counts on their acts' days (an undated outlet then
    takes the act's day, not the late page's). A misdated lede cannot move a story that
    has reports of the day."""
    days = [(pub, story_day(a, pub)) for a, pub in dated]
    return [pub for pub, d in days if d == pub] or [d for _, d in days]


def story_time(art: Article, published: float | None) -> float | None:
    """`story_day` as seconds since the epoch: how far back a follow-up reaches in the story
    index's time window (`time_spans`)."""
    if published is None:
        return None
    pub = datetime.fromtimestamp(published, timezone.utc).date()
    d = followed_day(art, pub)
    if d is None:
        return published
    return datetime(d.year, d.month, d.day, tzinfo=timezone.utc).timestamp()


def time_spans(times: list[float | None], early: list[float | None]) -> np.ndarray:
    """Each article's time for the story window: its page time, or (n x 2) the span from its
    act's time to its page time when some follow-up reaches back (story_consolidate.spans).
    A span only widens what the window allows: a misdated lede can add a join the pair
    evidence must still carry, never cut one the page days allowed."""
    ts = np.array([np.nan if t is None else t for t in times])
    lo = np.fmin(np.array([np.nan if t is None else t for t in early]), ts) if early else ts
    return ts if np.array_equal(lo, ts, equal_nan=True) else np.column_stack([lo, ts])


def _same_place(m: EventMention, o: EventMention) -> bool:
    a = m.location.country if m.location else None
    b = o.location.country if o.location else None
    return a is None or b is None or a == b


def reported_as_news(art: Article, m: EventMention, story: list[Article],
                     anchors: dict[str, date | None]) -> bool:
    """Whether another article of the story reports `m`'s act as news: a mention of the same
    kind, in a compatible country, within SAME_ACT_DAYS of `m`'s day, in an article whose
    (own or estimated) day is at most NEWS_DAYS after it."""
    d = _day(m.date)
    if d is None:
        return False
    for b in story:
        pub = anchors.get(b.id)
        if b is art or pub is None:
            continue
        for o in b.mentions:
            od = _day(o.date)
            if (o.type == m.type and od is not None and abs((od - d).days) <= SAME_ACT_DAYS
                    and 0 <= (pub - od).days <= NEWS_DAYS and _same_place(m, o)):
                return True
    return False
