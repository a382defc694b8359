"""A crowd that kills the attackers after an attack does an act of its own.

Why: attack coverage often ends on the crowd's revenge ("an enraged crowd beat one of the
gunmen to death", "villagers killed two of the raiders as they fled"). The sentence sits in
the attack's paragraph and its toll words link it to the attack, so it joined the attack's
group: the record took the crowd as its actor and the lynching was lost as an event, though
every gold keeps it apart (another doer, other victims, after the act). A killing whose doer
is an unorganised crowd (mob, residents, bystanders) and whose victims are the attackers, or
a part of some group ("at least one of ...", "four of the ..."), is marked as a lynching and
joins no group that holds none (ev_group_apart.py). An article about a lynching itself
starts with one, so its group keeps the later sentences.
"""
from __future__ import annotations

import re

# the doer: a crowd nobody leads ("an angry mob", "furious residents", "bystanders")
_CROWD = re.compile(r"\b(?:mobs?|crowds?|residents|villagers|locals|bystanders|onlookers|"
                    r"passers-?by|vigilantes|youths)\b", re.I)
# a killing by hand: "killed", "beat ... to death", "lynched", "stoned", "set ablaze"
_KILL = re.compile(r"\b(?:kill(?:ed|ing)|lynch(?:ed|ing)|beat(?:en|ing)?|stoned|burn(?:ed|t)|"
                   r"hacked|set\s+(?:ablaze|on\s+fire)|torched)\b", re.I)
# its victims: the attackers, or a part of a group ("one of the ...", "four of")
_VICTIMS = re.compile(r"\b(?:attackers?|assailants?|gunm[ae]n|shooters?|bombers?|militants?|"
                      r"hostage-?takers?|raiders|suspects?|kidnappers|abductors|terrorists?|"
                      r"(?:one|two|three|four|five|six|seven|eight|nine|ten|some|\d+)\s+of\b)",
                      re.I)


def is_lynching(text: str, c) -> bool:
    """A crowd's killing of the attackers: the statement's actor is a crowd and its verb of
    killing is followed by the attackers or a part of a group."""
    if c.type != "ASSAULT" or not c.actor or not _CROWD.search(c.actor):
        return False
    at = text.find(c.actor)
    kill = _KILL.search(text, at + len(c.actor) if at >= 0 else 0)
    return kill is not None and _VICTIMS.search(text, kill.end()) is not None


def mark_lynchings(art, cands: list) -> None:
    """Mark the crowd's killings of the attackers: an act of their own, never a reference
    back to the attack."""
    for c in cands:
        if is_lynching(art.sentences[c.sent].text, c):
            c.lynching, c.anaphoric, c.weak = True, False, False


def lynching(c, g) -> bool:
    """A crowd's killing of the attackers joins only a group holding another one."""
    return getattr(c, "lynching", False) and not any(getattr(o, "lynching", False) for o in g.cands)
