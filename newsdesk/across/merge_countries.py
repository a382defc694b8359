"""Two reports of an act placed in towns of different countries are two acts.

Why: a report often dates or weighs its attack against another ("the bombing follows the
attacks on a metro station in another capital months earlier"); that sentence shares the
story's words (suicide bombers, an airport) with the other outlets' second tellings of the
attack and, once linked to them, gives the record its foreign town and its toll. One attack
happens in one country, so when one side names its town (city precision or finer, in its
own sentences) and the other is placed at a town of another country, they never join. A
country-wide or regional place, or no place, says too little to keep anything apart.
"""
from __future__ import annotations

import numpy as np

from ..model import EventMention
from .merge_abroad import MIN_POP
from .merge_dateline import filed_only
from .places import names_place


def _known(name: str, country: str) -> bool:
    """Whether a town of that name in that country is a large one."""
    from ..extract.geo import gazetteer
    try:
        g = gazetteer()
        return any(h.how == "exact" and g.cc[h.id] == country and g.pop[h.id] >= MIN_POP
                   for h in g.lookup(name, fuzzy=False))
    except Exception:                    # the gazetteer is another layer's
        return False


def _town(m: EventMention) -> tuple[str, bool] | None:
    """(country, stated) of the mention's well-known town: None when it has none."""
    loc = m.location
    if loc is None or not loc.country or loc.precision != "city" or loc.near or \
            not _known(loc.name, loc.country) or filed_only(m, loc):
        return None                      # a filing city says nothing of the act's country
    return loc.country, names_place(m, loc)


def country_vetoes(ms: list[EventMention]) -> np.ndarray:
    """[i, j] True when one of the two names a town in its own words and the other is placed
    at a town of another country."""
    towns = [_town(m) for m in ms]
    n = len(ms)
    out = np.zeros((n, n), dtype=bool)
    for i in range(n):
        for j in range(i + 1, n):
            a, b = towns[i], towns[j]
            if a and b and a[0] != b[0] and (a[1] or b[1]):
                out[i, j] = out[j, i] = True
    return out
