"""Page dates and inferred years a story's coverage contradicts (hooks of `story_dates`).

Why: a page can carry the day it was viewed, not the day it was written (independent.ie's
chrome "Tuesday 20 August 2019" over a December 2016 report). Taken as the article's own
date it becomes the story's reference day, every undated outlet is dated to 2019, and their
reports of the attack are then dropped as "background" because a day whose year was only
inferred from that reference ("Christmas" -> 25 Dec 2018) lies months back. A date only the
page states is doubted when the rest of the coverage places the story years earlier, and a
day whose year no sentence states does not make an outlet's act background on its own.
"""
from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from functools import lru_cache

from ..model import Article, EventMention
from .story_dates import _day

YEARS_AFTER = 2          # a page date this many years after every year the coverage names
FAR_DAYS = 120           # ... and this far after every other outlet's own date
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_DATE_LINE_WORDS = 6     # a line this short that holds a year is a date line, not text


# a year told as ahead of the report ("running for a fourth term in 2017", "elections due
# in 2018"): the report was written before or in it. Past years are no bound: coverage
# of 2019 recalls 2009 freely.
_AHEAD = re.compile(r"\b(?:will|shall|due|scheduled|expected|plans?|planned|next|upcoming|ahead|"
                    r"running|run|bid|seeking|seek|until)\b[^.;:!?]{0,60}$", re.I)


def named_years(art: Article) -> list[int]:
    """Years the article's text names, its short date lines (page chrome) left out."""
    return [y for line in (art.text or "").splitlines() for y in _line_years(line)[0]]


def years_ahead(art: Article) -> list[int]:
    """Years the article's text tells as still ahead of it."""
    return [y for line in (art.text or "").splitlines() for y in _line_years(line)[1]]


_FULL_DATE_YEAR = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? "
                             r"((?:19|20)\d\d)\b|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                             r"[a-z]* ((?:19|20)\d\d)\b")


def stated_years(art: Article) -> list[int]:
    """Years of the full calendar days the article's text states, its short date lines (page
    chrome) and file-photo captions (an old picture's day) left out. Coverage of a story is
    written within days of the days it states, so their latest year bounds the story's."""
    return [y for line in (art.text or "").splitlines() for y in _line_years(line)[2]]


# the match of _AHEAD that ends at a year starts at most this far before it (its longest
# word, then 60 characters)
_AHEAD_REACH = 80


@lru_cache(maxsize=1 << 14)        # a story's refreshes (and wire copy) repeat its paragraphs
def _line_years(line: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """(named, ahead, stated) years of one line of text, as `named_years`, `years_ahead` and
    `stated_years` read them."""
    from ..extract.dates_caption import file_picture
    if not _YEAR.search(line):
        return (), (), ()
    text = len(line.split()) > _DATE_LINE_WORDS
    named = tuple(int(y) for y in _YEAR.findall(line)) if text else ()
    ahead = tuple(int(m.group(1)) for m in _YEAR.finditer(line)
                  if _AHEAD.search(line, max(0, m.start() - _AHEAD_REACH), m.start()))
    stated = ()
    if text and (dates := list(_FULL_DATE_YEAR.finditer(line))) and not file_picture(line):
        stated = tuple(int(m.group(1) or m.group(2)) for m in dates)
    return named, ahead, stated


def doubted_anchors(arts: list[Article], own: dict[str, date | None]) -> set[str]:
    """Articles of one story whose own date is only the page's and lies years after what the
    coverage says (see `doubted`)."""
    memo: dict = {}
    return {a.id for a in arts if doubted(a, arts, own, memo)}


def doubted(a: Article, arts: list[Article], own: dict[str, date | None], memo: dict) -> bool:
    """Whether `a`'s own date is only the page's and lies years after what its story's
    coverage says: its text names no year, the other articles tell a year still ahead, or
    state full days, whose latest year lies YEARS_AFTER or more before it, and every other
    article's own date is FAR_DAYS earlier. `memo` keeps each text's years across calls on
    one story (a story may hold hundreds of articles)."""
    def read(b: Article) -> tuple[bool, list[int]]:
        if b.id not in memo:
            memo[b.id] = (bool(named_years(b)), years_ahead(b) + stated_years(b))
        return memo[b.id]

    d = own.get(a.id)
    if d is None or read(a)[0]:
        return False
    years = [y for b in arts if b is not a for y in read(b)[1]]
    others = [own[b.id] for b in arts if b is not a and own.get(b.id)]
    return bool(years) and max(years) + YEARS_AFTER <= d.year and all(
        o <= d - timedelta(days=FAR_DAYS) for o in others)


def undate(art: Article) -> None:
    """Treat an article as undated: its mentions keep only days stated with their year."""
    from .story_dates import redate
    art.layers["own_anchor"] = None
    redate(art, None)
    for m in art.mentions:
        m.date_estimated = False


def inferred_year(art: Article, m: EventMention, day: date) -> bool:
    """Whether no sentence of the mention (nor the lede, which may give its day) states the
    year of its day: the year then came from the article's (estimated) anchor."""
    y = str(day.year)
    texts = [sp.text for sp in [m.span, *m.extra_spans]] + [s.text for s in art.sentences[:2]]
    return not any(y in t for t in texts)


def weak_history(art: Article, m: EventMention, anchor: date, history_days: int) -> bool:
    """Whether the stated-day test alone must not make `m` background: the article has no date
    of its own (its anchor is the story's estimate) and the old day's year is inferred."""
    d = _day(m.date)
    return (d is not None and (anchor - d).days > history_days and not art.layers.get("own_anchor")
            and bool(art.layers.get("date_estimate")) and inferred_year(art, m, d))


def without_old_sentences(art: Article, m: EventMention, anchor: date, history_days: int
                          ) -> EventMention | None:
    """`m` without the further sentences whose own day lies over `history_days` before the
    anchor ("memories of the July 14 truck assault in ... Nice" grouped under Berlin's), redated
    from the rest; None when its first sentence is itself that old (then it is background)."""
    from ..extract import ev_context as X
    iso = anchor.isoformat()

    def old(text: str) -> bool:
        d = _day(X.event_date_ex(text, iso)[0])
        return d is not None and (anchor - d).days > history_days
    if old(m.span.text):
        return None
    extra = [sp for sp in m.extra_spans if not old(sp.text)]
    if len(extra) == len(m.extra_spans):
        return None
    from .story_dates import mention_date
    from ..extract.dates import lede_date
    kept = dataclasses.replace(m, extra_spans=extra)
    d, stated = mention_date(kept, iso, lede_date([s.text for s in art.sentences[:4]], iso))
    kept.date, kept.date_explicit = d, stated
    return kept
