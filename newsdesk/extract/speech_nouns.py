"""A speech word used as a plural noun: 'Quarterly reports are read closely', 'Early claims
were wrong', 'Police reports show …'. The finite verb right after it shows the word heads a
noun phrase, so the capitalised word before it ('Quarterly', 'Police') is no sayer and must not
become an antecedent for a later 'he said' (it was taken for a person who 'reports').
A speech participle raising an infinitive is no speech either: 'the 40 pilgrims believed to
be among the dead' / 'a man said to have fired first' names no sayer (the phrase before it
had become a 'they' for the next quote)."""
from __future__ import annotations

import re

_NEXT_VERB = re.compile(r"\s+(?:are|were|have|had|can|could|will|would|may|might|must|should|do|did|"
                        r"show(?:ed)?|suggest(?:ed)?|indicate[d]?|say|said)\b")


_RAISED = frozenset("believed thought said reported alleged claimed known understood rumoured rumored".split())
_TO_BE = re.compile(r"\s+to\s+(?:be|have)\b")


def noun_use(text: str, verb: "re.Match") -> bool:
    """True when the speech word matched by `verb` in `text` is a plural noun ('reports are')
    or a participle raising an infinitive ('believed to be'): no one says anything there."""
    if verb.group() in _RAISED and _TO_BE.match(text, verb.end()):
        return True
    return verb.group().endswith("s") and bool(_NEXT_VERB.match(text, verb.end()))
