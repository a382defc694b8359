"""A speech word used as a plural noun: 'Quarterly reports are read closely', 'Early claims
were wrong', 'Police reports show …'. The finite verb right after it shows the word heads a
noun phrase, so the capitalised word before it ('Quarterly', 'Police') is no sayer and must not
become an antecedent for a later 'he said' (it was taken for a person who 'reports')."""
from __future__ import annotations

import re

_NEXT_VERB = re.compile(r"\s+(?:are|were|have|had|can|could|will|would|may|might|must|should|do|did|"
                        r"show(?:ed)?|suggest(?:ed)?|indicate[d]?|say|said)\b")


def noun_use(text: str, verb: "re.Match") -> bool:
    """True when the speech word matched by `verb` in `text` is a plural noun ('reports are')."""
    return verb.group().endswith("s") and bool(_NEXT_VERB.match(text, verb.end()))
