"""Killings of two named people are two acts: "Mara Vale was shot dead on 2 May" and the
shooting of her colleague Kasimir Holt the day the article leads with share the town, the
means and the outlets' words, and the linker would make one record of them.

Why a veto: an article that recalls an earlier killing beside the one it reports keeps the
two apart in its own grouping, but across articles the earlier killing's lone mention scores
above the bar with another outlet's report of the later one. A targeted killing's victim is
its surest key (`merge_victims` joins on it), so two different named victims keep two
records. Only for killings of one person or none told: an attack with a toll of many names
one victim or another in each report ("a Briton was among the dead").

A name is one person however it is spelled: outlets transliterate ("Abu Akleh" / "Abu
Aqleh"), so surnames one letter apart (two when the given names agree) are one victim. A bare
place name taken as the victim ("shot while covering a raid on Jenin" gives "Jenin") names no
person and vetoes nothing.
"""
from __future__ import annotations

import numpy as np
from rapidfuzz.distance import Levenshtein

from ..extract.actors import actor_class
from ..extract.geo.candidates import candidates
from ..extract.geo.gazetteer import gazetteer


def _words(who: str) -> list[str]:
    return [w.strip(".,'\u2019").lower() for w in who.split()]


def _place_here(word: str, m) -> bool:
    """The word is the name of a place by the mention's own place (within 60 km)."""
    here = m.location
    if here is None or here.lat is None:
        return False
    gz = gazetteer()
    for hit, _ in candidates(word, gz):
        loc = gz.location(hit.id, hit.how)
        d = here.km_to(loc)
        if hit.how == "exact" and d is not None and d <= 60.0:
            return True
    return False


def _name(m) -> list[str] | None:
    """The words of the named person an attack mention tells as its victim."""
    who = (m.recipient or "").strip()
    if m.type != "ASSAULT" or not who[:1].isupper() or actor_class(who) is not None:
        return None
    if len(who.split()) == 1 and _place_here(who, m):      # a place, not a person
        return None
    many = [c for c in (m.dead, m.injured) if c is not None and (c.high or c.low or 0) > 1]
    return None if many else _words(who)


def same_person(a: list[str], b: list[str]) -> bool:
    """Two spellings of one name: the surnames agree, or differ by one letter (two when
    another word of the name, the given name, is shared) in names of four letters or more."""
    x, y = a[-1], b[-1]
    if x == y:
        return True
    if min(len(x), len(y)) < 4:
        return False
    given = bool(set(a[:-1]) & set(b[:-1]))
    return Levenshtein.distance(x, y) <= (2 if given else 1)


def victim_vetoes(mentions: list) -> np.ndarray:
    """Pair vetoes (n x n): two attack mentions naming different people as their victim."""
    names = [_name(m) for m in mentions]
    n = len(mentions)
    out = np.zeros((n, n), dtype=bool)
    for i in range(n):
        for j in range(i + 1, n):
            if names[i] and names[j] and not same_person(names[i], names[j]):
                out[i, j] = out[j, i] = True
    return out
