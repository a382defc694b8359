"""Whether a sentence tells a figure that grew from its first report.

Why: "the count went on climbing from the first reported 40" names an earlier report, yet it
corrects nothing: the count moved on as the day went, which is an update, not two accounts
at odds. The correction detector asks this before it sets the early report against the
article's later account. The signal is the clause's structure: a verb of growth whose
"from" phrase holds the earlier figure.
"""
from __future__ import annotations

import re

GREW_FROM = re.compile(r"\b(?:ris(?:e|es|en|ing)|rose|climb\w*|gr(?:ew|ow|ows|owing|own)|increas\w*|jump\w*|"
                       r"swell\w*|swollen|mount\w*)\s+(?:\w+\s+){0,2}?from\b", re.I)


def grew_from(text: str) -> bool:
    """The sentence tells a count that grew from an earlier figure."""
    return bool(GREW_FROM.search(text))
