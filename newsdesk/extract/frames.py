"""Roles two constructions place off their usual slot: "blamed the bombing on X" (the accused
follows "on"; the object is the deed) and a tie said not to exist ("insisted Y had no
connection with it": the sayer denies it). parties.py asks these."""
from __future__ import annotations

from ..nlp import lemma_in
from .actors import is_party

# verbs that lay a deed "on" the one held to account ("blamed the bombing on the network")
BLAME_ON = {"blame", "pin"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _when(tok) -> bool:
    """'blamed the rebels on Sunday for ...': an "on" phrase of time says when, not whom."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in WEEKDAYS


def pobjs(tok, preps):
    """The objects of the given prepositions hung on `tok` (parties.py uses it too)."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def blamed_on(verb):
    """'blamed the bombing on X', 'a blast which officials blamed on X': with "on", the object
    is the deed and the noun after "on" the one accused, whatever the object (or the noun a
    relative "which" stands for) is. The parser often hangs "on" on the object; a second "on"
    of the verb's own, or the last of a chain ("blamed the attack on the ship on a mine"), is
    the one blamed."""
    if not lemma_in(verb, BLAME_ON):
        return None
    own = [t for t in pobjs(verb, ("on", "upon")) if not _when(t)]
    if own:
        return _last_on(max(own, key=lambda t: t.i))
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if not is_party(obj) and any(not _when(t) for t in pobjs(obj, ("on", "upon"))):
            return _last_on(obj)
    return None


def _last_on(tok):
    """The last of the "on" phrases hung on a noun or on each other: the first says what the
    deed hit, the last whom it is blamed on."""
    for _ in range(4):
        nxt = [t for t in pobjs(tok, ("on", "upon")) if not _when(t)]
        if not nxt:
            break
        tok = max(nxt, key=lambda t: t.i)
    return tok


def link_denier(tok, subject):
    """'X had no connection with the attack', 'an official insisted Y had no links to it': a tie
    said not to exist is denied by whoever says so (the subject of the verb the clause
    reports), else by the one said to have none. `subject(verb)` -> (token, passive)."""
    have = tok.head
    if tok.dep_ != "dobj" or have.i == tok.i or not lemma_in(have, {"have"}) or \
            not any(c.lower_ == "no" for c in tok.children):
        return None
    if have.dep_ == "ccomp" and have.head.i != have.i:
        sayer, passive = subject(have.head)
        if sayer is not None and not passive:
            return sayer
    return subject(have)[0]
