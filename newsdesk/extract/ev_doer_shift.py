"""Parties that the parse puts in the doer's slot of an act but who did not do it.

A describer: "the blast, which left 12 dead, was labelled a terror act by the foreign
ministry" hangs the ministry on the verb of labelling, and the act's role finder
climbs to it; the ministry judged the act, it did not commit it (left unnamed here, so the
linker does not keep reports of one bombing apart on a ministry against a group).

A mouthpiece: "a spokesman for the Northern Front claimed the bombing" names the group
through its spokesman; the group is the doer (reports naming the group and reports naming its
spokesman then agree). Only for material acts: a spokesman who accuses or denies acts himself.

A bare group noun: "the Northern Front (NF) militant group" loses its name to the bracket,
and "attacks on Arlo by the militant group" points back at a group named earlier in the sentence;
both take that name, so the report says which group.
"""
from __future__ import annotations

from ..nlp import lemma_in, pos

# verbs by which a third party labels an act already told ("was called a massacre by X")
_LABELS = {"describe", "call", "label", "term", "brand", "characterize", "characterise",
           "condemn", "denounce", "classify", "qualify", "deem", "consider", "dub"}
# bodies that speak about acts rather than commit them
_OFFICES = {"ministry", "ministries", "minister", "government", "president", "presidency", "office",
            "official", "officials", "authorities", "prosecutor", "prosecutors", "agency", "media",
            "spokesman", "spokeswoman", "spokesperson", "department", "chancellor", "premier"}
_MOUTHS = {"spokesman", "spokeswoman", "spokesperson", "mouthpiece"}
_MATERIAL = {"ASSAULT", "COERCE", "MOBILIZE", "SEIZE"}


def _labeller(tok, actor) -> bool:
    """The actor is the agent of a labelling verb (not the trigger itself), or of the label
    it gives ("described as an attack by X", where the parse hangs "by X" on the label)."""
    by = actor.head
    if by is None or by.lower_ != "by" or by.dep_ not in ("agent", "prep"):
        return False
    verb = by.head
    label = verb.head.head if verb.dep_ == "pobj" and verb.head.lower_ == "as" else \
        verb.head if verb.dep_ in ("oprd", "attr", "dobj", "xcomp") else None
    if label is not None and not lemma_in(verb, _LABELS):
        if not lemma_in(actor, _OFFICES):
            return False            # "described as an attack by rebels": the rebels may be the doers
        verb = label                # "described as (labelled) a terrorist attack by the ministry"
    return lemma_in(verb, _LABELS) and verb.tag_ == "VBN" and (tok is None or verb.i != tok.i)


def _principal(actor):
    """The body a spokesman speaks for ("a spokesman for the Front"): its head token."""
    if not lemma_in(actor, _MOUTHS):
        return None
    for c in actor.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "of"):
            body = next((g for g in c.children if g.dep_ == "pobj"), None)
            if body is not None and pos(body) in ("PROPN", "NOUN"):
                return body
    return None


_GROUP_NOUNS = {"group", "organisation", "organization", "movement", "outfit", "faction", "network",
                "militia"}
_ARMED = ("rebels/militants", "militia")
_FAITH = {"islamist", "islamic", "jihadist", "sunni", "shia", "shiite"}


def _bracketed_name(actor):
    """"The Northern Front (NF) militant group": the named modifier before the bracket."""
    for c in actor.lefts:
        if c.dep_ in ("nmod", "compound") and c.text[:1].isupper() and \
                c.right_edge.i + 1 < actor.i and actor.doc[c.right_edge.i + 1].text == "(":
            return c
    return None


def _named_before(actor):
    """"... to fight al-Nadra, Borduria has been hit by the militant group": the nearest armed
    group named earlier in the sentence (by its name's class), for a definite group noun."""
    from .actors import actor_class, phrase
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in actor.lefts):
        return None
    if any(c.text[:1].isupper() and c.lower_ not in _FAITH for c in actor.lefts if c.dep_ != "det"):
        return None     # "the Kurdish group": a group of its own, not the one named before
    for t in reversed(actor.doc[:actor.left_edge.i]):
        if t.dep_ == "compound" or not t.text[:1].isupper():
            continue
        if actor_class(phrase(t)) in _ARMED:
            return t
    return None


def shift(tok, typ: str, actor):
    """The actor token after these checks (None when a describer was taken for the doer)."""
    if actor is None:
        return None
    if _labeller(tok, actor):
        return None
    if typ in _MATERIAL:
        body = _principal(actor)
        if body is not None:
            return body
    if lemma_in(actor, _GROUP_NOUNS) and actor.text.islower():
        return _bracketed_name(actor) or _named_before(actor) or actor
    return actor
