"""An attack an article names only as a known one ("the minister gave her findings on the
poisoning in Ostra", "the embassy would not say whether its government was behind the
attack") is the story's attack, told again by a follow-up report.

Why: such a report gives the attack no day of its own, so it takes its page day, days or
weeks after the act; the linker's day veto then keeps it from the outlet that states the
day, and its few words rarely reach the wording threshold anyway. When a story holds exactly
one record of that type that is not such a back-reference (it states a day, a figure, or
tells the act itself), a back-reference from an article that tells no other act of the type
is that record. Two or more candidates leave it alone: "the attack" could be either.
"""
from __future__ import annotations

import re

from .places import names_place

BACKREF_TYPES = frozenset({"ASSAULT"})

# "the nerve agent attack", "this type of attack", "the attempted murder": an act the reader
# is assumed to know
_KNOWN = re.compile(r"\b(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:attack|assault|poisoning|bombing|"
                    r"shooting|stabbing|massacre|murder)s?\b", re.I)


def _spans(x):
    return [x.m.span, *x.m.extra_spans]


def _told(x) -> bool:
    return x.m.location is not None and names_place(x.m, x.m.location)


def back_reference(g: list) -> bool:
    """No figure, no stated day, and named as a known act somewhere in its sentences."""
    ms = [x.m for x in g]
    if any(m.dead or m.injured or m.date_explicit for m in ms):
        return False
    return any(_KNOWN.search(sp.text) for x in g for sp in _spans(x))


def _compatible(g: list, host: list, place_relation, max_km: float, gap: int) -> bool:
    """No earlier report than the act, no place its sentences name that contradicts one the
    host's name (a fallback place, the article's only city, contradicts nothing), no clash
    of named actors."""
    host_days = [x.day for x in host if x.day is not None]
    days = [x.day for x in g if x.day is not None]
    if host_days and days and min(days) < min(host_days) - gap:
        return False
    for x in g:
        for y in host:
            if _told(x) and _told(y) and \
                    place_relation(x.m.location, y.m.location, max_km) < 0:
                return False
    ga = {x.m.actor.casefold() for x in g if x.m.actor}
    ha = {y.m.actor.casefold() for y in host if y.m.actor}
    return not (ga and ha and not ga & ha)


def join_backrefs(groups: list[list], place_relation, max_km: float, gap: int) -> list[list]:
    """Back-references join the story's one other record of their type (see module doc)."""
    out = [list(g) for g in groups]
    for typ in BACKREF_TYPES:
        of_type = [g for g in out if g[0].m.type == typ]
        hosts = [g for g in of_type if not back_reference(g)]
        if len(hosts) != 1:
            continue
        host = hosts[0]
        for g in of_type:
            if g is host:
                continue
            arts = {x.m.article for x in g}
            if arts & {x.m.article for x in host} or \
                    any(h is not g and arts & {x.m.article for x in h} for h in of_type):
                continue
            if _compatible(g, host, place_relation, max_km, gap):
                host.extend(g)
                out = [h for h in out if h is not g]
    return out
