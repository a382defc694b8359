"""Attackers struck in the response to their attack ("by noon two assailants had been
killed"): told with no doer, such a harm is the forces' answer, and the attackers are no
victims of the attack it sits beside (ev_actor_fix.fix_roles)."""
from __future__ import annotations

from ..nlp import lemma_in

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
