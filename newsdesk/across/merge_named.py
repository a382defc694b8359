"""Killings of two named people are two acts: "Mara Vale was shot dead on 2 May" and the
shooting of her colleague Kasimir Holt the day the article leads with share the town, the
means and the outlets' words, and the linker would make one record of them.

Why a veto: an article that recalls an earlier killing beside the one it reports keeps the
two apart in its own grouping, but across articles the earlier killing's lone mention scores
above the bar with another outlet's report of the later one. A targeted killing's victim is
its surest key (`merge_victims` joins on it), so two different named victims keep two
records. Only for killings of one person or none told: an attack with a toll of many names
one victim or another in each report ("a Briton was among the dead").
"""
from __future__ import annotations

import numpy as np

from ..extract.actors import actor_class


def _surname(m) -> str | None:
    """The last word of the named person an attack mention tells as its victim."""
    who = (m.recipient or "").strip()
    if m.type != "ASSAULT" or not who[:1].isupper() or actor_class(who) is not None:
        return None
    many = [c for c in (m.dead, m.injured) if c is not None and (c.high or c.low or 0) > 1]
    return None if many else who.split()[-1].strip(".,'\u2019").lower()


def victim_vetoes(mentions: list) -> np.ndarray:
    """Pair vetoes (n x n): two attack mentions naming different people as their victim."""
    names = [_surname(m) for m in mentions]
    n = len(mentions)
    out = np.zeros((n, n), dtype=bool)
    for i in range(n):
        for j in range(i + 1, n):
            if names[i] and names[j] and names[i] != names[j]:
                out[i, j] = out[j, i] = True
    return out
