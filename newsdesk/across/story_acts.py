"""Two attacks, two stories: a story whose reports lead with attacks told days apart is cut.

Why: two attacks in one city some days apart (a hotel siege, then a bombing a week later),
or two attacks of one country years apart told by undated pages, share the city, the
insurgents and the officials, and the later reports recall the earlier attack by name, so
term and pair evidence read them as one story. The day each report's lede gives its attack
tells them apart: its date where the page has one, else the weekday the text names ("on
Thursday"). Two reports clash when every attack day of one's lede lies two or more days from
every attack day the other tells anywhere (a day the attack's sentence names counts too),
and the other way round; weekdays the same, around the week. A follow-up (funerals, arrests,
a toll revised) tells the attack's day again and stays. A story with clashing reports parts
into the fewest groups without a clash inside (greedy average linkage on pair probability);
its reports that give no day follow the group their pair evidence favours.
Only a lede attack told with a toll and alone in its sentence gives a day: a trial's, a
plea's or a denial's lede names the attack on its own act's day. Measured on every tuning
set and dev in one batch (135 articles) and on Multi-News validation with events extracted
(690): no two reports of one gold story clash.
"""
from __future__ import annotations

import re
from datetime import date

import numpy as np

from ..model import Article

KINDS = ("ASSAULT",)   # discrete acts with a day of their own (statements run on for days)
APART = 2              # days this far apart are two acts (story_follow.SAME_ACT_DAYS + 1)
MIN_TOLL = 2           # a lede attack told with this many dead or hurt is the report's own news
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)

# (lede attack days, every attack day told, the same as weekdays 0-6)
Acts = tuple[frozenset, frozenset, frozenset, frozenset]


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat((iso or "")[:10])
    except ValueError:
        return None


def days(art: Article) -> Acts:
    """The days of the article's lede attacks and of every attack it tells: each attack
    mention's own day and every day its sentences name ("on Monday buried the victims of
    Saturday's bombing" tells Saturday too, whichever day the mention took), and their
    weekdays with the weekdays the sentences name (an undated page's only clue). A lede's
    days are those of its first sentence only."""
    from ..extract.dates import date_expressions
    from .story_follow import _in_lede
    lede, told, lede_wd, told_wd = set(), set(), set(), set()
    for m in art.mentions:
        if m.type not in KINDS:
            continue
        at = next(((s.start, s.end) for s in art.sentences if s.start <= m.span.start < s.end),
                  (m.span.start, m.span.start))
        named, wd = _named(art, [art.text[at[0]:at[1]]], date_expressions)
        named.add(_day(m.date))
        named.discard(None)
        wd |= {d.weekday() for d in named if d}
        # its further sentences tell the same act ("Saturday's bombing ..." under a lede
        # dated by its report, "said Monday"): their days are days this report tells too
        more, more_wd = _named(art, [sp.text for sp in m.extra_spans], date_expressions)
        told |= named | more
        told_wd |= wd | more_wd
        if _in_lede(art, m) and _toll(m) >= MIN_TOLL and not _beside(art, at):
            lede |= named if _day(m.date) else set()
            lede_wd |= wd
    return frozenset(lede), frozenset(told), frozenset(lede_wd), frozenset(told_wd)


def _named(art: Article, texts: list[str], date_expressions) -> tuple[set, set]:
    """The days these sentences name, and their weekdays with the weekdays they name."""
    named = {_day(d) for t in texts for a, _, d in date_expressions(t, art.published)
             if not spoken_day(t, a)}
    named.discard(None)
    wd = {d.weekday() for d in named} | {WEEKDAYS.index(w.group(1).lower()) for t in texts
                                         for w in _WEEKDAY.finditer(t) if not spoken_day(t, w.start())}
    return named, wd


# the day a source spoke, not the attack's: "the ministry said Saturday", "the Prime Minister
# announced on Monday" (a siege's tolls told on later days would cut its one story apart)
_SPOKEN = re.compile(r"\b(?:said|says|announced|announces|reported|reports|told|confirmed|stated|added|declared)"
                     r"(?:\s+(?:reporters|journalists|the\s+press|[A-Z][\w'\u2019-]*))?\s+(?:on\s+|late\s+|early\s+)?$")


def spoken_day(sent: str, at: int) -> bool:
    """The day expression starting at `at` dates the speech verb just before it."""
    return bool(_SPOKEN.search(sent[max(0, at - 60):at]))


def _toll(m) -> int:
    """The most dead or hurt the mention gives (0: none told). A lede that names an attack
    without a toll recalls it (a trial, a plea, a release of evidence): its day is another
    act's (Multi-News validation with events: three same-story clashes, all such ledes)."""
    return max([c.low or 0 for c in (m.dead, m.injured) if c is not None], default=0)


def _beside(art: Article, at: tuple[int, int]) -> bool:
    """Another kind of act shares the sentence ("the company on Wednesday denied ... the
    protests in which six died"): the day the sentence names is that act's."""
    return any(o.type not in KINDS and at[0] <= o.span.start < at[1] for o in art.mentions)


def _far(lede, told, gap) -> bool:
    return all(gap(a, b) >= APART for a in lede for b in told)


def _days_gap(a: date, b: date) -> int:
    return abs((a - b).days)


def _weekday_gap(a: int, b: int) -> int:
    return min((a - b) % 7, (b - a) % 7)


def clash(a: Acts | None, b: Acts | None) -> bool:
    """Both reports lead with attacks of known days (dates, or else weekdays), and neither
    tells an attack on a day near the other's lede day."""
    if not a or not b:
        return False
    if a[0] and b[0]:
        return _far(a[0], b[1], _days_gap) and _far(b[0], a[1], _days_gap)
    return bool(a[2] and b[2]) and _far(a[2], b[3], _weekday_gap) and _far(b[2], a[3],
                                                                          _weekday_gap)


def _known(acts: Acts | None) -> bool:
    return bool(acts and (acts[0] or acts[2]))


def _clashes(ia, ib, acts) -> bool:
    ka = [i for i in ia if _known(acts[i])]
    kb = [j for j in ib if _known(acts[j])]
    return any(clash(acts[i], acts[j]) for i in ka for j in kb)


def _groups(members: list[int], acts: list[Acts | None], P) -> list[list[int]]:
    """The members with lede days, in the fewest groups without a clash inside: greedy
    average linkage on pair probability, never across a clash (one group: nothing to cut)."""
    known = [k for k in members if _known(acts[k])]
    bad = np.array([[clash(acts[i], acts[j]) for j in known] for i in known], dtype=bool)
    if not bad.any():
        return [known]
    G = P[known][:, known].toarray()
    size = np.ones(len(known))
    alive = np.ones(len(known), dtype=bool)
    groups = [[k] for k in known]
    while True:
        M = G / np.outer(size, size)
        M[bad | ~alive[:, None] | ~alive[None, :]] = -np.inf
        np.fill_diagonal(M, -np.inf)
        i, j = np.unravel_index(int(M.argmax()), M.shape)
        if not np.isfinite(M[i, j]):
            return [g for g, ok in zip(groups, alive) if ok]
        G[i, :] += G[j, :]
        G[:, i] += G[:, j]
        bad[i, :] |= bad[j, :]
        bad[:, i] |= bad[:, j]
        size[i] += size[j]
        alive[j] = False
        groups[i] += groups[j]


def split_acts(P, labels: np.ndarray, acts: list[Acts | None], thr: float, ts: np.ndarray,
               window: float) -> np.ndarray:
    """Cut every story whose dated reports form clashing groups (the others follow the group
    with the highest mean pair probability; ties: the larger group), then let the parts join
    other stories they fit (`regroup`): a report of the same act that an earlier merge left
    on its own finds the part that now holds its act."""
    labels = labels.copy()
    nxt = int(labels.max()) + 1 if len(labels) else 0
    P = P.tocsr()
    touched = set()
    for lab in np.unique(labels):
        members = np.flatnonzero(labels == lab).tolist()
        groups = _groups(members, acts, P)
        if len(groups) < 2:
            continue
        seeded = {k for g in groups for k in g}
        home = {}
        for k in members:
            if k not in seeded:
                row = P[k].toarray().ravel()
                home[k] = -max((row[g].mean(), len(g), -x) for x, g in enumerate(groups))[2]
        touched.add(int(lab))
        for x, g in enumerate(groups[1:], 1):
            for k in g + [k for k, h in home.items() if h == x]:
                labels[k] = nxt
            touched.add(nxt)
            nxt += 1
    return regroup(P, labels, acts, touched, thr, ts, window) if touched else labels


def regroup(P, labels: np.ndarray, acts: list[Acts | None], touched: set, thr: float,
            ts: np.ndarray, window: float) -> np.ndarray:
    """Average linkage (mean pair probability at least `thr`) between a cut story's parts and
    the stories they have scored pairs with, within `window` in time, never across a clash."""
    from .story_consolidate import spans
    while True:
        lo, hi = spans(labels, ts)
        best, pair = thr, None
        for a in touched:
            ia = np.flatnonzero(labels == a)
            if not len(ia):
                continue
            for b in np.unique(labels[P[ia].nonzero()[1]]):
                ib = np.flatnonzero(labels == b)
                if b == a:
                    continue
                gap = max(lo[b] - hi[a], lo[a] - hi[b])
                if np.isfinite(gap) and gap > window:
                    continue
                m = float(P[ia][:, ib].toarray().mean())
                if m >= best and not _clashes(ia, ib, acts):
                    best, pair = m, (a, int(b))
        if pair is None:
            return labels
        a, b = pair
        labels[labels == b] = a
        touched.discard(b)
