"""The party a demand is aimed at when the demand names an act, not a person: "called for
the resignation of the minister" asks the minister; "demanded an end to the army's raids" asks
the army. The role finder sees only the act noun as the object; naming the addressee lets two
demands of one sentence aimed at different parties stay two (ev_group_parties.aimed_apart)."""
from __future__ import annotations

from ..nlp import lemma_in
from .actors import is_party

# acts done by the party named with them: asking for one asks that party to do it
# (not "release" or "arrest": "the release of the hostages" names who is freed, not the holder)
OWN_ACTS = frozenset({"resignation", "withdrawal", "departure", "surrender", "pullout", "exit",
                      "apology", "disarmament", "retreat"})
# "an end to X", "a halt to X": whoever does X is asked to stop
STOPS = frozenset({"end", "halt", "stop", "cessation", "suspension"})
# conduct whose doer is named as its owner or modifier ("police raids", "the army's shelling")
CONDUCT = frozenset({"action", "raid", "charge", "attack", "crackdown", "violence", "bombing",
                     "shelling", "operation", "offensive", "campaign", "airstrike", "strike",
                     "killing", "blockade", "occupation", "siege", "repression"})


def _asked_for(tok):
    """The act nouns a demand verb asks for: its object, or the object of its "for"."""
    for c in tok.children:
        if c.dep_ == "dobj":
            yield c
        elif c.dep_ == "prep" and c.lower_ == "for":
            yield from (g for g in c.children if g.dep_ == "pobj")


def _named(tok):
    """A title's name given beside it ("the prime minister, John Smith"): the name."""
    return next((c for c in tok.children if c.dep_ == "appos" and c.text[:1].isupper()), tok)


def _owner(noun):
    """The party a noun's act belongs to: "the minister's resignation", "resignation of the
    minister", "police raids"."""
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ == "compound" and c.i < noun.i):
            return _named(c)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "by"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return _named(pobj)
    return None


def _told_to(tok):
    """The subject of the clause a demand asks for: "demanded (that) the minister resign"."""
    for c in tok.children:
        if c.dep_ == "ccomp":
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            # "demanded Jane Doe resign" read as one noun: a clause head has no noun modifier,
            # so its capitalised "compound" is the subject the parser folded in
            subj = subj or next((g for g in c.children if g.dep_ == "compound" and g.i < c.i
                                 and g.text[:1].isupper()), None)
            if subj is not None and subj.lower_ not in ("it", "this", "that", "there"):
                return _named(subj)
    return None


def demanded_party(tok, tr):
    """The addressee of a demand told through the act it asks for, or None ("demanded that
    the killings stop" names no party: only a party is an addressee)."""
    if tok is None or tr.type != "REQUEST":
        return None
    party = _addressee(tok)
    return party if is_party(party) else None


def _addressee(tok):
    """The party named by the act asked for, else by the clause asked for."""
    for noun in _asked_for(tok):
        if lemma_in(noun, OWN_ACTS):
            return _owner(noun)
        if lemma_in(noun, STOPS):
            for p in noun.children:
                if p.dep_ == "prep" and p.lower_ in ("to", "of"):
                    conduct = next((g for g in p.children if g.dep_ == "pobj"), None)
                    if conduct is not None and lemma_in(conduct, CONDUCT):
                        return _owner(conduct)
    return _told_to(tok)
