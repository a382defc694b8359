"""Disputes over how many vehicles the attackers came in: "gunmen in three cars pulled up"
against "the raiders arrived in four pickup trucks".

Why a detector of its own: the headcount detector counts people, yet early coverage of a
raid disagrees as often on the convoy, and that figure is what investigators and witnesses
give first. The signal is two-fold: an exact small number of vehicles after a word that puts
the crew in them ("in", "aboard", "arrived in", "drove"), in a sentence that names the crew
(gunmen, attackers, militants ...) or their arrival; and different figures given by
different outlets of one story. Bounds ("at least three cars") and parts ("two more
vehicles") are no count of the convoy.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..model import Article, Dispute
from .dispute_headcount import BOUND_WORDS, NUM, _value
from .disputes import _claim, detector, holder

_VEHICLE = r"(?:vehicles|cars|SUVs|4x4s|trucks|pick-?ups|pick-?up trucks|jeeps|vans|motorcycles|motorbikes|" \
           r"boats|speedboats|buses)"
CONVOY = re.compile(rf"\b(?:in|aboard|on board|arrived in|came in|drove|driving|riding)\s+{NUM}\s+"
                    rf"(?:[a-z-]+\s+)?{_VEHICLE}\b", re.I)
CREW = re.compile(r"\b(?:gunmen|attackers|assailants|militants|jihadists|insurgents|terrorists|raiders|"
                  r"fighters|bombers|arriv\w+|drove up|pulled up)\b", re.I)
_BOUND_OR_PART = re.compile(rf"\b(?:{BOUND_WORDS}|other|more|additional|another)\s+(?:[a-z-]+\s+)?$", re.I)


def convoy(text: str) -> set[int]:
    """Exact convoy sizes a sentence gives for the crew ({} when it gives none)."""
    if not CREW.search(text):
        return set()
    out = set()
    for m in CONVOY.finditer(text):
        head = text[:m.start(1)]
        if _BOUND_OR_PART.search(head):
            continue
        v = _value((m.group(1),))
        if v and 2 <= v <= 30:
            out.add(v)
    return out


@detector("vehicles")
def vehicles(articles: list[Article], ctx: dict) -> list[Dispute]:
    found: dict[int, list[tuple]] = defaultdict(list)
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            for v in convoy(s.text):
                if art.id not in {a.id for a, _, _ in found[v]}:
                    found[v].append((art, s, holder(s.text, res, s.start)))
    if len(found) < 2 or len({a.id for xs in found.values() for a, _, _ in xs}) < 2:
        return []
    values = sorted(found, key=lambda v: -len(found[v]))
    claims = [_claim(a, s, h) for v in values[:3] for a, s, h in found[v][:3]]
    return [Dispute("number of vehicles the attackers came in: " + " vs ".join(map(str, values[:3])),
                    claims, "headcount")]
