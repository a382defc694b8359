"""Which holders of claims speak for one side: a party and its own voice never dispute.

Why: holder names come from attribution ("Hayes' lawyer said", "Russia's foreign ministry
said"), and a detector pairing two holders must not take a man and his lawyer, or a
country and its ministry, for two parties in conflict.
"""
from __future__ import annotations

import re

_POSS = re.compile(r"['\u2019]s?\b")
_TITLES = {"the", "mr", "mrs", "ms", "dr", "president", "minister", "prime", "foreign", "state",
           "police", "army", "government", "ministry", "spokesman", "spokeswoman", "officials"}


def one_side(a: str | None, b: str | None) -> bool:
    """Two holders on one side: one names the other ("Hayes' lawyer" and "Cardell Hayes",
    "Russia's foreign ministry" and "Russia") -- a party and its own voice never dispute."""
    def names(h):
        return {w.lower() for w in re.findall(r"\b[A-Z][a-z]{2,}", _POSS.sub("", h or ""))} - _TITLES
    return bool(names(a) & names(b))


def same_voice(text_b: str, holder_a: str | None) -> bool:
    """'..., a U.S. official told CNN.' / 'However, the U.S. official ... said ...': the second
    sentence takes up the first holder again ("the" + the same words), so the two sentences are
    one voice qualifying itself, not two parties."""
    h = (holder_a or "").strip()
    return bool(h) and bool(re.search(r"\b[Tt]he\s+" + re.escape(h) + r"\b", text_b[:100]))
