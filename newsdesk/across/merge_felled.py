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
from .merge_felled_assault import forces_assault
from .merge_felled_caught import killed_and_caught
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
    return bool(FORCES_FELL.search(text)) or killed_and_caught(text) or forces_assault(text, KILLERS)


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
    return _once(out)


def _once(mentions: list[EventMention]) -> list[EventMention]:
    """One mention of the attackers' end per sentence: a sentence cut from two of an
    article's mentions (a siege's counter-assault retelling the hostage-taking both hold),
    or coded twice from two verbs ("cordoned off the mall and stormed it"), is one telling."""
    seen, out = set(), []
    for m in mentions:
        if felled_mention(m):
            key = (m.article, tuple((sp.start, sp.end) for sp in [m.span, *m.extra_spans]))
            if key in seen:
                continue
            seen.add(key)
        out.append(m)
    return out


_FORCES_ACTOR = re.compile(rf"\b{_FORCES}\b", re.I)


def felled_mention(m: EventMention) -> bool:
    """A mention that only tells the attackers' end: each sentence tells it, or the mention
    is the forces' own (its actor the police or troops) and each sentence tells the attackers
    felled by them, even in a tail ("... before being shot by security forces"), which leaves
    the sentence to the attack's record too (extract/ev_group_chained.no_act_alone)."""
    spans = [m.span, *m.extra_spans]
    if m.type != "ASSAULT":
        return False
    if all(felled_attacker(sp.text) for sp in spans):
        return True
    return bool(m.actor and _FORCES_ACTOR.search(m.actor)) and \
        all(BY_FORCES.search(sp.text) and KILLERS.search(sp.text) or
            forces_assault(sp.text, KILLERS, own=True) for sp in spans)
