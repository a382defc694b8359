"""Clause structure for crew counts (read by `dispute_headcount.py`).

Why syntax and not a longer verb list: a report sizes the crew whenever the counted
attackers are the ones acting in their clause, whatever the verb ("Two gunmen rushed from
the beach", "Five attackers came over the wall"); a list of attack verbs misses every verb
it does not name. So the count is read as the crew when the counted noun is the active
subject of a clause whose verb is asserted (no modal, no negation, no "if" / "whether"), or
the pivot of an existential ("there were two gunmen"). Passive subjects ("two gunmen were
seen") are things done to some attackers, and the subject of "remained" or "stayed" is the
part still holding out: neither is the crew's size.
Two more shapes of one crew count, both stated as sentence structure:
- an exclusive existential of one ("there was only one gunman"): a source saying one person
  did it;
- the attackers' own death toll ("three attackers were killed"): when sources differ on it
  they disagree on what became of the crew. Only nouns naming the perpetrators of one attack
  count here (gunmen, attackers, assailants): "militants killed" in a war is many fights.
"""
from __future__ import annotations

import re

from ..nlp import parse_one

_CONDITION = {"if", "whether", "unless"}
# "ten gunmen remained inside": those still holding out, a part of the crew (as "the remaining")
_LEFT = ("remain", "stay")
_BE = {"was", "were", "is", "are", "been", "be", "'s"}
# an exclusive existential of one: "there was only one gunman", "there had been just a single attacker"
ONLY_ONE = re.compile(r"\bthere\s+(?:was|is|had\s+been|has\s+been)\s+(?:only|just)\s+(?:one|a\s+single)\s+"
                      r"(?:gunman|attacker|assailant|shooter|bomber|knifeman|perpetrator)\b", re.I)
# the perpetrators of one attack (not "militants" or "insurgents", killed in many fights of a war)
ONE_ATTACK_CREW = re.compile(r"\b(?:gunmen|attackers|assailants|shooters|bombers|hijackers|knifemen)$", re.I)


def _token_ending(doc, end: int):
    for tok in doc:
        if tok.idx < end <= tok.idx + len(tok.text):
            return tok
    return None


def _asserted(verb) -> bool:
    """The verb states a fact: no modal ("could strike"), no negation, no condition."""
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") or \
                (c.dep_ == "mark" and c.lower_ in _CONDITION):
            return False
    return True


def crew_acts(text: str, end: int) -> bool:
    """The counted noun ending at `end` is the active subject of an asserted verb, or the
    pivot of an asserted existential: the clause sizes the crew that acted."""
    if end > len(text):
        return False
    tok = _token_ending(parse_one(text), end)
    if tok is None:
        return False
    head = tok.head
    if head.lower_.startswith(_LEFT):
        return False
    if tok.dep_ == "nsubj" and head.tag_.startswith("VB") and head.lower_ not in _BE:
        return _asserted(head)
    if tok.dep_ == "attr" and head.lower_ in _BE and any(c.dep_ == "expl" for c in head.children):
        return _asserted(head)
    return False


def only_one(text: str) -> bool:
    """A source says one person did it: "there was only one gunman"."""
    return bool(ONLY_ONE.search(text))
