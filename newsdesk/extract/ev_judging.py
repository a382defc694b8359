"""Reactions that name no party, and attributes told in a relative clause: sentences a
reporter writes around an attack that carry no act between parties of their own.

Why: "X denounced the 'heinous attack'" and "X described the assault as a terrorist attack"
judge the attack without saying whom they blame; the dev gold keeps them as quotes only,
while "called the blasts an act of terror by hardline zealots" or "denounced
Kiev's irresponsibility" name a culprit and stay ACCUSE. "Blamed an aerial attack for the
destruction" blames a thing (it reports the attack's effect), and "a group that has declared
allegiance to al-Qaeda" describes the group; neither is a new event.
"""
from __future__ import annotations

import re

from ..nlp import lemma_in, pos
from .ev_shapes import INSTRUMENTS

JUDGING = {"condemn", "denounce", "describe", "call", "brand", "label", "term", "decry", "deplore"}
ACT_NOUNS = INSTRUMENTS | {"killing", "massacre", "atrocity", "bloodshed", "incident", "tragedy",
                           "airstrike", "bombardment", "siege", "ambush", "act", "murder", "assassination"}
# a word that names the one judged: a name, a possessive party ("their attack"), an agent ("by X")
_NOT_PARTY = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "today", "yesterday"}
_OWN = {"our", "my"}
# acts whose possessor is the one who suffered them
_SUFFERED = {"murder", "killing", "assassination", "death", "kidnapping", "abduction", "beheading", "execution"}


def _victim(t) -> bool:
    """'Karim's murder': the possessor of a killing with no 'of' object is the one killed."""
    return t.dep_ == "poss" and lemma_in(t.head, _SUFFERED) and \
        not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.head.children)


def _names_party(tok) -> bool:
    victims = {v.i for t in tok.subtree if _victim(t) for v in t.subtree}
    for t in tok.subtree:
        low = t.text.lower()
        if t.i in victims:
            continue
        if pos(t) == "PROPN" and low not in _NOT_PARTY:
            return True
        if t.dep_ == "poss" and low not in _OWN and low not in _NOT_PARTY:
            return True     # "their attack" names its doer
        if t.dep_ == "agent" or (low == "by" and t.dep_ == "prep"):
            return True
    return False


# a prep that only times the judgement ("condemned the killings after tweeting ...") holds no label
_TIMING = {"after", "before", "since", "during", "following", "amid", "until", "upon", "while"}


def _objects(verb) -> list:
    """The judged object and the 'as ...' label of a judging verb (not a timing phrase, whose
    names belong to another act)."""
    return [c for c in verb.children if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp", "prep", "attr")
            and not (c.dep_ == "prep" and c.lower_ in _TIMING)]


def empty_judgement(tok, tr) -> bool:
    """An ACCUSE told by a judging verb whose object is only an act and which names no one:
    "denounced the heinous attack", "described the assault as a terrorist attack"."""
    if tr.type != "ACCUSE" or tok is None or pos(tok) != "VERB" or not lemma_in(tok, JUDGING):
        return False
    dobj = [c for c in tok.children if c.dep_ == "dobj"]
    if len(dobj) != 1 or not lemma_in(dobj[0], ACT_NOUNS):
        return False
    return not any(_names_party(c) for c in _objects(tok))


def blamed_thing(tok, tr) -> bool:
    """'Blamed an aerial attack for the destruction', 'blamed a barrel bomb dropped by a
    helicopter': the thing blamed is an act or a weapon, not a party, so the sentence reports
    the act (unless a party follows 'on': 'blamed the attack on the rebels')."""
    if tr.type != "ACCUSE" or tok is None or not lemma_in(tok, {"blame"}):
        return False
    dobj = [c for c in tok.children if c.dep_ == "dobj"]
    if len(dobj) != 1 or not lemma_in(dobj[0], ACT_NOUNS):
        return False
    preps = [c for c in (*tok.children, *dobj[0].children) if c.dep_ == "prep"]
    if any(c.text.lower() == "on" for c in preps):
        return False        # "blamed the attack on the rebels": the party follows "on"
    head = dobj[0]
    named = [t for t in head.subtree if t.i <= head.i] + \
        [t for t in head.subtree if t.text.lower() == "by" and t.head.head.i in (head.i, head.head.i)]
    return not any(pos(t) == "PROPN" or (t.dep_ == "poss" and t.text.lower() not in _OWN) or
                   (t.text.lower() == "by" and any(pos(c) == "PROPN" for o in t.children for c in o.subtree
                                                   if c.i <= o.i)) for t in named)


PROTEST_NOUNS = {"protest", "rally", "march", "demonstration", "vigil", "sit-in"}


def rally_slogan(tok, tr) -> bool:
    """A demand whose subject is a protest ("the peace protest was demanding an end to the
    violence"): the rally's slogan, told with the protest, not a request of its own."""
    if tr.type != "REQUEST" or tok is None:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and lemma_in(c, PROTEST_NOUNS) for c in tok.children)


def standing_attribute(tok, tr) -> bool:
    """A support told in a perfect relative clause on a noun ("a militant group that has
    declared allegiance to al-Qaeda"): it describes the group, it happened long before."""
    if tr.type != "SUPPORT" or tok is None or tok.dep_ != "relcl":
        return False
    return any(c.dep_ == "aux" and lemma_in(c, {"have"}) for c in tok.children)


# "opened an official probe into his disappearance": in news coverage an inquiry into what
# happened names no one it charges (the gold sets code no event for it; a probe into a party's
# conduct still counts); single sentences coded as the manual does keep it (events.py `intent`)
_PROBED = re.compile(r"^[\w'’-]+\s+(?:[\w'’$€£.,-]+\s+){0,3}?(?:investigations?|inquir(?:y|ies)|probes?)\s+"
                     r"(?:in)?to\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|this\s+|that\s+|\w+['’]s\s+)?"
                     r"(?:[\w'’-]+\s+){0,2}?(?:deaths?|disappearances?|attacks?|crash(?:es)?|incidents?|fires?|blaze|"
                     r"explosions?|blasts?|bombings?|shootings?|killings?|collapse|causes?|circumstances|accidents?|"
                     r"violence|clashes|leak|sinking)\b", re.I)


def probed_occurrence(tok, tr) -> bool:
    """An ACCUSE "opened an investigation" whose object is an occurrence, not a party."""
    if tr.type != "ACCUSE" or tok is None or not lemma_in(tok, {"open", "launch"}):
        return False
    return bool(_PROBED.match(tok.doc.text[tok.idx:]))
