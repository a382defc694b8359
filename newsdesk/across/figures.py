"""The event's own dead / injured figure, chosen from what its sources say.

Why not the most cited figure: coverage of one attack is written over hours and days while
the toll rises (Sri Lanka 138 -> 207 -> 290, Egypt 149 -> 235 -> 278 -> 525), so the old
figures outnumber the new one. The best-supported figure is the highest official one, once
three kinds of statement are set aside, each of which a source marks itself:
- a figure some source calls superseded ("revising down an earlier tally of 38");
- a party's claim ("the Brotherhood claims at least 2,000") while an official toll exists;
- a rounded or upper-bound figure ("nearly 140", "as many as 118") while a counted one
  exists.
Ties go to the more often cited, then the latest report, then the open-ended form ("at
least 128" holds both "128" and "at least 128").

Each source keeps its own figure (`EventMention.dead` / `injured`, written per source by
`sources_json`); this module only picks the event-level one. The statement flags come from
`Article.layers["figures"]`, which the events step fills (`extract/ev_group.py`); without
them (a store that kept no layers) every figure counts as counted and official.
"""
from __future__ import annotations

from collections import Counter

from ..model import Count, EventMention

ROUNDED = {"approx", "at_most", "vague"}


def _note(notes: dict | None, article: str, field: str, c: Count) -> dict:
    for n in ((notes or {}).get(article) or {}).get(field, ()):
        if (n["low"], n["high"]) == (c.low, c.high):
            return n
    return {}


def best_count(mentions: list[EventMention], field: str, when: dict[str, float],
               notes: dict[str, dict] | None = None) -> Count | None:
    """The event's `field` ("dead" or "injured") from its mentions. `when` maps an article
    id to its publication time (epoch seconds, -1 unknown); `notes` maps an article id to
    its `layers["figures"]`."""
    figs = [(getattr(m, field), m.article) for m in mentions if getattr(m, field)]
    if not figs:
        return None
    info = [(c, a, _note(notes, a, field, c)) for c, a in figs]
    arts = {a for _, a in figs} | {m.article for m in mentions}
    stale = {n["low"] for a in arts for n in ((notes or {}).get(a) or {}).get(field, ())
             if n.get("superseded")}         # "an earlier tally of 38": 38 and "at least 38"
    keep = [x for x in info if x[0].low not in stale] or info
    keep = [x for x in keep if not x[2].get("claim")] or keep
    keep = [x for x in keep if x[2].get("qualifier") not in ROUNDED] or keep
    cited = Counter((c.low, c.high) for c, _, _ in keep)
    latest: dict[tuple, float] = {}
    for c, a, _ in keep:
        latest[(c.low, c.high)] = max(latest.get((c.low, c.high), -1.0), when.get(a, -1.0))
    low, high = max(cited, key=lambda k: (k[0], cited[k], latest[k], k[1] is None))
    return Count(low, high)
