"""The attackers' end at the hands of police or troops is an act of its own, not a sentence
of the attack: "147 people lost their lives at the college ... all four terrorists who took
part in the attack were also killed by security forces" tells two events.

Why here: an article's grouping keeps such a sentence with the attack it points back to
("the dawn attack"), and the attack's record then takes the forces as its actor, so it no
longer meets the other outlets' records of the same attack. Before merging, such a
sentence (never the one a mention opens with) becomes a mention of its own; each part keeps
the actor only if its own sentences name it.
"""
from __future__ import annotations

import re

from ..model import EventMention
from .merge_felled_tail import tail_clause
from .merge_sites import cut

_KILLERS = (r"gunm[ae]n|attackers?|assailants?|bombers?|shooters?|perpetrators?|hijackers?|"
            r"hostage[- ]takers?|knifem[ae]n|terrorists?|militants?|jihadists?")
_FORCES = r"(?:police|policem[ae]n|officers|troops|soldiers|security forces|commandos)"
_FELL = r"(?:shot(?: dead)?|killed|gunned down|neutrali[sz]ed)"
KILLERS = re.compile(rf"\b(?:{_KILLERS})\b", re.I)
# "the gunmen ... were killed by security forces" (an attacker named before it)
BY_FORCES = re.compile(rf"\b{_FELL}\s+(?:[a-z]+\s+){{0,2}}?by\s+(?:the\s+)?(?:[a-z]+\s+)?{_FORCES}\b",
                       re.I)
# "troops shot dead the two attackers"; never "two soldiers were killed by militants"
FORCES_FELL = re.compile(rf"\b{_FORCES}\s+(?:(?!was\b|were\b|been\b)[a-z]+\s+){{0,3}}?{_FELL}\s+"
                         rf"(?:(?:the|all|two|three|four|five|six|\d+)\s+){{0,2}}(?:[a-z-]+\s+)?"
                         rf"(?:{_KILLERS})\b", re.I)


def felled_attacker(text: str) -> bool:
    """Whether a sentence tells the attackers killed or shot by police or troops."""
    m = BY_FORCES.search(text)
    if m and KILLERS.search(text[:m.start()]) and not tail_clause(text, m.start()):
        return True
    return bool(FORCES_FELL.search(text))


def split_felled(mentions: list[EventMention]) -> list[EventMention]:
    """The mentions with each attack mention's later sentences telling the attackers'
    end at the forces' hands cut out as mentions of their own (placed after it)."""
    out = []
    for m in mentions:
        spans = [m.span, *m.extra_spans]
        felled = [sp for sp in spans[1:] if m.type == "ASSAULT" and felled_attacker(sp.text)]
        if not felled:
            out.append(m)
            continue
        rest = [sp for sp in spans if sp not in felled]
        out += [cut(m, rest), cut(m, felled)]
    return out
