"""Attackers struck in the response to their attack ("by noon two assailants had been
killed"): told with no doer, such a harm is the forces' answer, and the attackers are no
victims of the attack it sits beside (ev_actor_fix.fix_roles)."""
from __future__ import annotations

from ..nlp import lemma_in, pos

# nouns that name the doers of an attack by what they did
ATTACKER_NOUNS = {"assailant", "attacker", "gunman", "gunmen", "bomber", "hijacker", "kidnapper",
                  "hostage-taker"}


def attackers_struck(tok, recip) -> bool:
    """'By noon two assailants had been killed': a harm with no doer whose victims are named
    as the attackers is the response to the attack (by forces the clause does not name); the
    attackers are not the attack's victims, so they are no recipient to carry into it."""
    if tok is None or recip is None or recip.dep_ != "nsubjpass" or recip.head.i != tok.i:
        return False
    of = [g for c in recip.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(lemma_in(t, ATTACKER_NOUNS) for t in [recip] + of)     # "three of the attackers"


# verbs that lay an act on a party, with the preposition that introduces the act
ACCUSING = {"accuse": "of", "suspect": "of", "blame": "for", "charge": "with"}


def _prep_of(verb) -> str | None:
    """The preposition that introduces the act a verb of accusing charges, or None."""
    return next((p for k, p in ACCUSING.items() if lemma_in(verb, {k})), None)


def _accused(verb):
    """Who a verb of accusing lays the act on: its object ("accuse the rebels"), or its
    passive subject ("the rebels have been accused")."""
    deps = ("nsubjpass",) if any(c.dep_ == "auxpass" for c in verb.children) else ("dobj",)
    return next((c for c in verb.children if c.dep_ in deps), None)


def accused_doer(tok):
    """'Kiev accuses the rebels of downing the jet, killing all 298': the act charged is told
    as the accused's (the alleged attacker), never the accuser's, whose accusation is an event
    of its own. Reads the act under "of"/"for"/"with" of a verb of accusing (the parser may hang
    a trailing "killing ..." on that verb); None when the act names its own subject."""
    if tok is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    cur = tok
    for _ in range(3):
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":
            prep = cur.head
            verb = prep.head if pos(prep.head) == "VERB" else prep.head.head
            if _prep_of(verb) == prep.lower_:
                return _accused(verb)
            return None
        if cur.dep_ in ("advcl", "xcomp", "conj") and _prep_of(cur.head) and \
                any(c.dep_ == "prep" and c.lower_ == _prep_of(cur.head)
                    for t in [cur.head] + list(cur.head.children) for c in t.children):
            return _accused(cur.head)
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None
