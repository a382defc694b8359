"""Who a he / she can refer to: a person named only inside the predicate is a weak antecedent.

News writing keeps its subject: 'The mayor, Ann Roe, toured the site with the fire chief, Ben
Oda. "…," she said.' The chief is named later, but as an appositive in the predicate ('with
the fire chief, Ben Oda'), and the next pronoun goes on with the subject. Taking the latest
named person gives quotes to the people the speaker mentions. A name is in the predicate when
a description ending in a comma ('the fire chief,') leads to it and a lower-case word of the
sentence comes before that description (so 'The mayor, Ann Roe, …' stays a subject) and the
appositive closes after the name (so 'At the rally on Main Street, Roe said' stays one).
"""
from __future__ import annotations

import re

from .prep_object import prep_object
from .speakers import NAME_SEQ

_DESC_COMMA = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+,\s*$", re.I)
_PARTITIVE = re.compile(r"(?:(?:But|And)\s+)?(?:One|Two|Three|Another|Some|Each|Many|Most|All|None)\s+of")
_SENT_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'])|\n")


def in_predicate(text: str, pos: int) -> bool:
    """Whether the name at `pos` is an appositive inside its sentence's predicate."""
    name = NAME_SEQ.match(text, pos)
    if prep_object(text, pos):
        return True                   # 'Roe paid tribute to Ben Oda, who …'
    if not name or not re.match(r"\s*(?:[,.;)]|and\b|$)", text[name.end():name.end() + 6]):
        return False                  # '…, Beck said': a fronted phrase, then the subject
    lo = max(0, pos - 300)
    m = _DESC_COMMA.search(text, lo, pos)
    if not m:
        return False
    starts = [e.end() for e in _SENT_END.finditer(text, lo, m.start() + 1)]
    s0 = starts[-1] if starts else (lo if lo else 0)
    lead = text[s0:m.start()].split()
    if _PARTITIVE.fullmatch(" ".join(lead)):
        return False                  # 'One of the guests, Ann Roe, thought …': the subject itself
    return any(w[:1].islower() for w in lead)
