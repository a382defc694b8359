"""A body named by a common noun as a speaker ('the military said', 'police told reporters').

A quote paragraph with no attribution of its own continues the latest speaker before it. A
capitalised mention is a name; a lower-case one is often a stray noun phrase read as a
subject ('vowed to respond to the massacre'), so it starts no run, except when its head is an
institution that speaks as a body: then it is the latest voice, not a person named earlier."""
from __future__ import annotations


# services that speak as one body, beyond the institution heads speakers.py lists
_FORCES = frozenset("navy coastguard gendarmerie militia ministry".split())


def speaking_body(np: str) -> bool:
    """'the military' / 'the interior ministry' / 'police': a short phrase headed by an
    institution noun; 'the massacre' or 'the victims' are not."""
    from .speakers import ORG_HEADS                 # (speakers imports the quote modules' helpers)
    words = np.strip().split()
    if not 1 <= len(words) <= 4 or not words[0].islower():
        return False
    head = words[-1].lower() in ORG_HEADS or words[-1] in _FORCES
    return head and (words[0] == "the" or len(words) == 1)
