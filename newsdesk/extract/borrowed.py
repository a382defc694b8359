"""Doers a clause borrows from another clause: a gerund after "by" / "in" has its host verb's
subject ("reacted by promising"), a bare participle joined to a passive shares its voice, and
a harm told in the passive names its doer in a when-clause ("were killed when radicals set
fire to ..."). parties.py asks these when a trigger has no subject or agent of its own."""
from __future__ import annotations

from ..nlp import lemma_in, pos
from .actors import is_party

# prepositions whose gerund the subject does; after "of", "for", "from" the object does it
# ("accused Russia of shooting down a jet", "blamed the rebels for attacking")
SUBJECT_PREPS = {"by", "in", "after", "before", "while", "upon", "without", "through"}


def gerund_host(t):
    """'Biden reacted by promising ...', 'Raab joined others in condemning the coup': a gerund
    after a preposition has the subject of the verb the preposition hangs on; that verb."""
    prep = t.head
    if t.dep_ == "pcomp" and t.tag_ == "VBG" and prep.dep_ == "prep" and prep.lower_ in SUBJECT_PREPS \
            and prep.head.i != prep.i and pos(prep.head) in ("VERB", "AUX"):
        return prep.head
    return None


def shared_passive(verb) -> bool:
    """'appeared to have been killed or captured': a bare participle joined to a passive one
    shares its passive voice (the gunmen were captured; they captured no one)."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i and \
        not any(c.dep_ in ("aux", "nsubj", "dobj") for c in verb.children) and \
        any(c.dep_ == "auxpass" for c in verb.head.children)


SAY = {"say", "tell", "report", "add", "state", "claim", "announce", "confirm", "write"}
# "... were killed, after the doctors' committee reported 108 deaths": who tells a toll
_TELL = SAY | {"estimate", "put", "count", "record", "tally", "publish", "release", "revise"}


# passives whose subject was harmed by whoever the when-clause names
HARMED = {"kill", "wound", "injure", "hurt", "die", "destroy", "damage", "burn", "detain", "arrest",
          "capture", "abduct", "kidnap", "shoot", "hit", "strike", "trap", "crush", "bury", "attack",
          "seize", "take", "hold", "beat", "stab", "execute", "behead", "murder", "massacre", "slaughter",
          "target", "bomb", "shell", "raid", "storm", "occupy", "overrun", "loot", "torch", "evacuate",
          "rescue", "free", "release"}


def when_actor(verb):
    """'38 people were killed when radicals set fire to a building': with no agent, the
    party of the clause that says how the victims died. Only a harm tells its doer this way:
    "the guard was put on alert after rioters took the depot" names who provoked the alert."""
    if not lemma_in(verb, HARMED):
        return None
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.lower_ in ("when", "after", "as") for m in c.children
                                     if m.dep_ in ("advmod", "mark")):
            s = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if s is not None and is_party(s) and s.tag_ != "PRP" and not lemma_in(c, _TELL):
                return s
    return weapon_user(verb)


# participles by which a party sets off, plants or fires the weapon the noun names
DELIVERED = {"set", "detonate", "plant", "trigger", "fire", "drop", "throw", "hurl", "lob", "lay",
             "place", "launch", "carry", "strap", "explode", "leave"}
# what is set off, planted or fired (the noun the participle describes)
WEAPONS = {"bomb", "explosive", "device", "rocket", "missile", "shell", "grenade", "mine", "ied",
           "charge", "vest", "belt", "mortar", "projectile"}


def _by_agent(verb):
    a = next((c for c in verb.children if c.dep_ == "agent"), None)
    g = next((x for x in a.children if x.dep_ == "pobj"), None) if a is not None else None
    return g if g is not None and is_party(g) else None


def deliverer(weapon):
    """'bombs set off by two suicide attackers', 'a device planted by militants', 'rockets
    fired by the rebels': the agent of a participle on the weapon noun is who used it. A
    weapon does nothing by itself, so the harm its clause tells is that agent's."""
    if not lemma_in(weapon, WEAPONS):
        return None
    return next((g for c in weapon.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and lemma_in(c, DELIVERED) for g in [_by_agent(c)] if g is not None), None)


def weapon_user(verb):
    """A harm told in the passive whose clauses name a weapon and who used it ("95 were
    killed when bombs set off by two attackers ripped through a crowd"): that user. The
    parser hangs the participle on the weapon (acl) or makes the weapon its subject."""
    if not lemma_in(verb, HARMED):
        return None
    while verb.dep_ == "conj" and verb.head.i != verb.i:    # "fired by X ... and struck"
        verb = verb.head
    for t in verb.subtree:
        if t.tag_ != "VBN" or not lemma_in(t, DELIVERED):
            continue
        weapon = t.head if t.dep_ == "acl" else \
            next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        g = _by_agent(t)
        if weapon is not None and g is not None and lemma_in(weapon, WEAPONS):
            return g
    return None
