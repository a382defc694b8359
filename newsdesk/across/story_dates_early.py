"""Page dates that lie before the days other outlets of the story tell as past (a hook of
`story_dates`).

Why: a store or byline prefix can carry a day from before the report was written (a page
stamped 1 October over a text of Saturday 6 October). As the story's only dated article it
becomes the reference day, its own "on Tuesday" is counted back into the previous week, and
every undated outlet inherits the early day. A page date is doubted when other articles of
its story state calendar days ("on October 2") a little after it, no other outlet's own
date backs it, no outlet states a calendar day in the days up to it (which would fit the
page), and the article's own weekdays, counted back from those stated days instead, land on
them: the outlets then agree on one calendar and the page date is the odd one out. The
article is re-anchored on the latest day its weekdays then name (a report that tells
"Saturday" was written on Saturday or after), as `story_dates_repost` re-anchors late
pages. Years are taken from the page date: a stamp off by days is not off by years.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..model import Article

EARLY_MAX = 10           # stated days up to this long after the page date can expose it
BACKED = 1               # another outlet's own date this close to the page date backs it
SHIFTS = (0, 1, 2)       # the report is written on the latest stated day or soon after
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_M = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
     r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_YEAR = r"(?:,? ((?:19|20)\d\d)\b)?"
_MONTH_DAY = re.compile(r"\b" + _M + r" (\d{1,2})\b" + _YEAR + r"|\b(\d{1,2}) " + _M + r"\b" + _YEAR)
# a day told as ahead ("will meet on October 20", "turns 60 on October 13") exposes nothing
_AHEAD = re.compile(r"\b(?:will|would|shall|turns|due|scheduled|expected|set to|plans?|until|by|next)\b"
                    r"[^.;:!?]{0,40}$", re.I)


def _month_days(art: Article, year: int) -> list[date]:
    """Calendar days the article's statements name ("on October 2", in `year` when they name
    none), left out the ones told as ahead."""
    from .story_dates_repost import _statements
    out = []
    for t in _statements(art):
        for m in _MONTH_DAY.finditer(t):
            if _AHEAD.search(t, 0, m.start()):
                continue
            mon, day, y = m.group(1, 2, 3) if m.group(1) else (m.group(5), m.group(4), m.group(6))
            try:
                out.append(date(int(y or year), _MONTHS.index(mon[:3].lower()) + 1, int(day)))
            except ValueError:
                continue
    return out


def early_page(art: Article, own: date | None, story: list[Article],
               owns: dict[str, date | None]) -> date | None:
    """The day to re-anchor `art` on when its page date lies before the days its story's
    other outlets state (see the module docstring); None when the page date stands."""
    from .story_dates import _resolved
    from .story_dates_repost import page_dated
    if not page_dated(art, own):
        return None
    others = [b for b in story if b is not art]
    if any(owns.get(b.id) and abs((owns[b.id] - own).days) <= BACKED for b in others):
        return None
    later = {d for b in others for d in _month_days(b, own.year)
             if timedelta(0) < d - own <= timedelta(days=EARLY_MAX)}
    if not later or any(d <= own for b in story for d in _month_days(b, own.year)
                        if own - d <= timedelta(days=EARLY_MAX)):     # a day that fits the page
        return None
    at = max(later)
    now = {d for d, wd, _ in _resolved(art, own) if wd}
    then = {d for d, wd, _ in _resolved(art, at) if wd}
    if not (then & later) or now & later:
        return None
    return max(d for d in then if d <= at)      # written on the latest day it tells, or after


def doubt_early_pages(by_story: dict[str, list[Article]], own: dict[str, date | None]) -> None:
    """Re-anchor the early page dates of every story: the decisions are taken on the page
    dates as found, then applied."""
    from .story_dates import estimate_anchor, redate
    from .story_dates_doubt import undate
    for arts in by_story.values():
        found = {a.id: early_page(a, own[a.id], arts, own) for a in arts}
        for a in arts:
            day = found[a.id]
            if day is None:
                continue
            stated = {d for b in arts if b is not a for d in _month_days(b, day.year)}
            undate(a)
            est = estimate_anchor(a, day, stated, SHIFTS)
            a.layers["date_estimate"] = est.isoformat()
            redate(a, est.isoformat())
            own[a.id] = est
