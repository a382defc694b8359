"""Reciprocal acts are two events: "Britain is expelling 23 Russian diplomats" and "Russia is
kicking out 23 British diplomats" share type, kind, figure and most words, yet one answers
the other. When the actor of each is the recipient of the other (told by country: a
country's name or its demonym), the pair never joins; the same country acting on both sides
is no reversal ("Russia detained Ukrainian sailors" / "Russian forces seized Ukraine's ships").
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

_WORD = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


@lru_cache(maxsize=8192)           # parties recur across a story's mentions and its refreshes
def countries(name: str | None) -> frozenset[str]:
    """ISO codes a party names: "23 Russian diplomats" -> RU, "United Kingdom" -> GB."""
    if not name:
        return frozenset()
    from ..extract.geo import gazetteer
    g = gazetteer()
    out = set()
    for phrase in _WORD.findall(name):
        hits = [h for h in g.lookup(phrase, fuzzy=False) if g.kind(h.id) == "country"]
        if hits:
            out.add(g.cc[hits[0].id])
            continue
        for w in phrase.split():
            cc = g.demonym(w.strip("'’."))
            if cc:
                out.add(cc)
    return frozenset(c for c in out if c)


def reversed_roles(a, b) -> bool:
    """The actor of each mention is the recipient of the other, and no country acts in both."""
    return _reversed((countries(a.actor), countries(a.recipient)),
                     (countries(b.actor), countries(b.recipient)))


def _reversed(a: tuple[frozenset, frozenset], b: tuple[frozenset, frozenset]) -> bool:
    (aa, ar), (ba, br) = a, b
    return bool(aa & br) and bool(ba & ar) and not aa & ba and not ar & br


def reciprocal_vetoes(mentions: list) -> np.ndarray:
    """Pair vetoes (n x n) for mentions whose roles are reversed. Each mention's countries
    are read once (a large story pairs hundreds of mentions: the gazetteer look-ups per pair
    were most of a merge's time)."""
    n = len(mentions)
    out = np.zeros((n, n), dtype=bool)
    keyed = [i for i, m in enumerate(mentions) if m.actor and m.recipient]
    roles = {i: (countries(mentions[i].actor), countries(mentions[i].recipient)) for i in keyed}
    for k, i in enumerate(keyed):
        if not roles[i][0] or not roles[i][1]:       # a side with no country reverses nothing
            continue
        for j in keyed[k + 1:]:
            if _reversed(roles[i], roles[j]):
                out[i, j] = out[j, i] = True
    return out
