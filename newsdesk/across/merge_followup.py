"""The second blast of a twin bombing is part of the attack: "a second device went off by the
gate moments later", "another blast hit a nearby guesthouse" join the attack their articles
tell, as one record.

Why: an article tells a coordinated bombing as its main report plus a sentence for the
follow-on blast, and the extractor keeps that sentence as a mention of its own (it names
another bomb, often another spot). Outlets that tell the second blast then link to each
other, and the attack is left as two records, each holding the same articles, though the
coverage, and any reader, treats the double bombing as one attack. Kept strict: the
follow-on's every article must also tell the host attack (it is a part of what they told,
not a new report), its sentence must name the second device ("a second bomb", "another
blast", "moments later") and not tell it hours later (another attack), the host must be
the only such group, and places and days must not conflict. Attacks in other places ("four
other attacks around the capital") are other wording and stay apart, as do the sites
`merge_sites` cut.
"""
from __future__ import annotations

import re

from .places import best_location

_SECOND = re.compile(
    r"\b(?:(?:a|the) second (?:bomb|blast|explosion|attack|bomber|suicide bomber|device|"
    r"bombing)|another (?:bomb|blast|explosion|attack|bombing|suicide bomber|device)|"
    r"(?:moments|minutes|seconds) later)\b", re.I)


# "a second blast went off some three hours later": a gap of hours is another attack
# (a twin bombing's blasts come moments or minutes apart)
_HOURS_LATER = re.compile(r"\b(?:an?|one|two|three|four|five|six|several|a few|some|\d+)\s+"
                          r"hours?\s+(?:later|after)\b", re.I)


def follow_on(x) -> bool:
    """Whether a mention (with `.m`) opens on the second device of an attack."""
    return bool(_SECOND.search(x.m.span.text)) and not later_act(x.m.span.text)


def later_act(text: str) -> bool:
    """A second blast or attack told hours after the first: an act of its own, never a
    retelling of the first (`merge_slots`) nor its follow-on."""
    return bool(_SECOND.search(text) and _HOURS_LATER.search(text))


def join_followups(groups: list[list], place_relation, max_km: float, gap: int) -> list[list]:
    """Groups of linker mentions (`.m`, `.day`, `.site`), with each follow-on blast's group
    joined to the one attack group that holds all of its articles."""
    out = [list(g) for g in groups]
    for g in [g for g in out if g[0].m.type == "ASSAULT" and any(map(follow_on, g))]:
        arts = {x.m.article for x in g}
        hosts = [h for h in out if h is not g and h[0].m.type == "ASSAULT"
                 and arts <= {x.m.article for x in h} and not any(map(follow_on, h[:1]))]
        if len(hosts) != 1 or not _fits(g, hosts[0], place_relation, max_km, gap):
            continue
        hosts[0].extend(g)
        out = [h for h in out if h is not g]
    return out


def _fits(g: list, h: list, place_relation, max_km: float, gap: int) -> bool:
    """Each day of the follow-on near one of the host's, no site of another cut (a twin
    attack `merge_sites` cut stays cut), no place that contradicts the host's."""
    theirs = [x.day for x in h if x.day is not None]    # (a host may hold a follow-up's day)
    if theirs and any(min(abs(x.day - d) for d in theirs) > gap for x in g if x.day is not None):
        return False
    if len({x.site for x in g + h if x.site}) > 1:
        return False
    where = best_location([x.m for x in h])
    return all(place_relation(x.m.location, where, max_km) >= 0 for x in g)
