"""The sayer's office is not the act's place.

A toll or an act is often reported by a body described with its seat: "the head of the
health ministry's crisis committee in the capital said 40 people had died", "a spokesman
for the commission in Geneva said ...". The place there tells where the office sits, not
where the people died; taking it made a bombing in a provincial town a second record in the
capital. Read off the parse: the name hangs (by "in"/"at") on an office noun inside the
subject of a verb of saying, and the trigger lies in what is said, not in the subject.
Local bodies (police, a governor, a hospital) are not office nouns: they sit where the
news is and their place usually is the act's.
"""
from __future__ import annotations

from newsdesk.nlp import lemma_in

from .named_roles import REPORTING

# bodies that speak from a seat away from the scene (a capital, a headquarters abroad)
OFFICE_NOUNS = {"ministry", "committee", "commission", "office", "headquarters", "secretariat",
                "spokesman", "spokeswoman", "spokesperson", "embassy", "consulate", "directorate",
                "department", "agency", "mission"}
_SUBJECTS = ("nsubj", "nsubjpass")


def sayer_office(head, trigger) -> bool:
    """True when the place token `head` is the seat of the office whose spokesperson or
    head reports the trigger's act ("the ministry in X said 12 died": X is the office's)."""
    if trigger is None or head.dep_ != "pobj" or head.head.lower_ not in ("in", "at"):
        return False
    noun = head.head.head
    if noun.lower_ not in OFFICE_NOUNS:
        return False
    t, steps = noun, 0
    while t.dep_ not in _SUBJECTS and t.head is not t and steps < 10:
        if t.i == trigger.i or t.pos_ == "VERB" or t.tag_.startswith("VB"):
            return False           # the office is part of the act's own clause
        t, steps = t.head, steps + 1
    verb = t.head
    if t.dep_ not in _SUBJECTS or verb.i == trigger.i or not lemma_in(verb, REPORTING):
        return False
    return any(a.i == verb.i for a in trigger.ancestors)
