"""One unnamed person killed, told twice: two attack records of one story that each kill
exactly one person, described by the same role ("his case worker" / "a female case
worker"), on the same day and at no contradicting place, are one event.

Why: an article often tells its killing once in the lede and again further down with a
different cast ("A patient opened fire ... His case worker was killed" / "A female case
worker was killed and a doctor shot"), and its own grouping keeps two records when the
second sentence's attacker reads differently. An article's records never merge by wording
(that would fold distinct attacks together), but a single death of a person in one named
role on one day is hard to tell twice as two events. Generic person words (man, woman,
soldier, civilian) say nothing about who died and never join.
"""
from __future__ import annotations

import re

GENERIC = {"man", "woman", "men", "women", "person", "people", "one", "others", "other",
           "victim", "victims", "civilian", "civilians", "resident", "residents", "boy", "girl",
           "child", "children", "teen", "teenager", "someone", "suspect", "gunman", "attacker",
           "soldier", "soldiers", "officer", "officers", "policeman", "member", "members",
           "fighter", "fighters", "militant", "militants", "individual",
           "people", "passenger", "passengers", "pedestrian", "student", "students", "none"}
_WORD = re.compile(r"[a-z][a-z-]+")


def role(name: str | None) -> tuple[str, ...] | None:
    """The last two words of a singular role description ("his case worker" -> (case,
    worker)); None for names, plurals, counts and generic person words."""
    if not name or any(ch.isdigit() for ch in name) or name[:1].isupper() and \
            sum(w[:1].isupper() for w in name.split()) > 1:
        return None
    words = _WORD.findall(name.lower().replace("’", "'"))
    words = [w for w in words if w not in {"his", "her", "their", "its", "a", "an", "the",
                                           "female", "male", "young", "old", "elderly"}]
    if not words or words[-1] in GENERIC or words[-1].endswith("s"):
        return None
    return tuple(words[-2:])


def _single_death(group) -> bool:
    deaths = [x.m.dead for x in group if x.m.dead is not None]
    return bool(deaths) and all(d.low == 1 and (d.high or 1) == 1 for d in deaths)


def _roles(group) -> set[tuple[str, ...]]:
    return {r for r in (role(x.m.recipient) for x in group) if r}


def _alike(a: set, b: set) -> bool:
    """A shared role, matched on its head word and any word before it."""
    return any(x[-1] == y[-1] and (len(x) == 1 or len(y) == 1 or set(x) & set(y) - {x[-1]}
                                   or x == y) for x in a for y in b)


def _days(group) -> list[int]:
    return [x.day for x in group if x.day is not None]


def join_roles(groups: list[list], place_relation, max_km: float) -> list[list]:
    """ASSAULT groups with one death each and the same role of victim, days at most one
    apart and places not contradicting (`place_relation` < 0), join."""
    out = [list(g) for g in groups]
    i = 0
    while i < len(out):
        g = out[i]
        if g[0].m.type == "ASSAULT" and _single_death(g) and _roles(g):
            for j in range(i + 1, len(out)):
                h = out[j]
                if h[0].m.type != "ASSAULT" or not _single_death(h) or \
                        not _alike(_roles(g), _roles(h)):
                    continue
                days = _days(g) + _days(h)
                if days and max(days) - min(days) > 1:
                    continue
                if any(place_relation(x.m.location, y.m.location, max_km) < 0
                       for x in g for y in h):
                    continue
                g.extend(h)
                del out[j]
                break
            else:
                i += 1
        else:
            i += 1
    return out
