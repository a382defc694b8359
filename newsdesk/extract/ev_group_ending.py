"""Which attack group a statement joins when the article tells more than one act.

The forces' ending of an attack is not the attack: "troops have killed all three gunmen who
stormed the depot" tells two acts in one sentence, and the group the troops open (their
victims the attackers, their toll the attackers' dead) is the first with a toll. Left to "the
first attack with a toll", "the attack began at noon with a blast" joins the troops' act and
the article's telling of the attack is split between the two groups.

A bare death word naming its victim ("the judge had protested Vale's murder") is the act a
group already tells of that person ("Mara Vale was shot dead on 2 May"), not the article's
main attack, which "the last toll told" would give it.
"""
from __future__ import annotations

import re

from .ev_group_apart import _named
from .grp_link import ends_attack

_FORCES = re.compile(r"\b(?:police|policem[ae]n|officers|troops|soldiers|army|security forces|"
                     r"security personnel|commandos|special forces)\b", re.I)
_ATTACKERS = re.compile(r"\b(?:gunm[ae]n|attackers?|assailants?|bombers?|shooters?|perpetrators?|"
                        r"hijackers?|hostage[- ]takers?|knifem[ae]n|terrorists?|militants?|"
                        r"jihadists?|insurgents?)\b", re.I)


def forces_end(g) -> bool:
    """An attack group whose actor is the police or troops and whose victims are the
    attackers."""
    return g.type == "ASSAULT" and bool(g.actor and _FORCES.search(g.actor) and
                                        g.recipient and _ATTACKERS.search(g.recipient))


def attack_hosts(art, groups: list) -> list:
    """The groups "the attack" may point at: not one ending the attack (the forces' act by
    its roles, else by its opening sentence, which the attack's own group may share), while
    another with a toll is left (all of them otherwise)."""
    for cut in (lambda g: forces_end(g) or ends_attack(art, g), forces_end):
        rest = [g for g in groups if not cut(g)]
        if any(g.dead for g in rest):
            return rest
    return groups


def named_victim(groups: list, c):
    """The one group (of the candidates `groups`) whose statements name the candidate's
    named victim as theirs; None when it names none or several groups do."""
    if c.type != "ASSAULT" or not _named(c.recipient):
        return None
    hits = [g for g in groups if any(o.recipient == c.recipient for o in g.cands)]
    return hits[0] if len(hits) == 1 else None
