"""Reciprocal acts are two events: "Britain is expelling 23 Russian diplomats" and "Russia is
kicking out 23 British diplomats" share type, kind, figure and most words, yet one answers
the other. When the actor of each is the recipient of the other (told by country: a
country's name or its demonym), the pair never joins; the same country acting on both sides
is no reversal ("Russia detained Ukrainian sailors" / "Russian forces seized Ukraine's ships").
"""
from __future__ import annotations

import re

import numpy as np

_WORD = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


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
    aa, ar = countries(a.actor), countries(a.recipient)
    ba, br = countries(b.actor), countries(b.recipient)
    return bool(aa & br) and bool(ba & ar) and not aa & ba and not ar & br


def reciprocal_vetoes(mentions: list) -> np.ndarray:
    """Pair vetoes (n x n) for mentions whose roles are reversed."""
    n = len(mentions)
    out = np.zeros((n, n), dtype=bool)
    keyed = [i for i, m in enumerate(mentions) if m.actor and m.recipient]
    for k, i in enumerate(keyed):
        for j in keyed[k + 1:]:
            if reversed_roles(mentions[i], mentions[j]):
                out[i, j] = out[j, i] = True
    return out
