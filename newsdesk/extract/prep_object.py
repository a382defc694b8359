"""A person named after a preposition in a sentence whose subject is another named person
('Roe paid tribute to Ben Oda, who …', 'Roe reserved praise for her striker Oda') is what the
subject acts on, not who speaks next: news style quotes the subject ('"…," she said') after
such a sentence. Read by salience.in_predicate, so the resolver prefers the subject for a
following he / she when one is near."""
from __future__ import annotations

import re

from .speakers import looks_person, strip_titles

_SENT_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'])|\n")
# the sentence opens with a capitalised name (a title allowed, 'The coach Ann Roe') and its finite verb
_OPENER = re.compile(r"(?:(?:But|And|Later|Then|Meanwhile|Afterwards),?\s+)?(?:The\s+(?:[a-z]+\s+){1,2})?"
                     r"((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)\s+(?:also\s+|later\s+|then\s+|again\s+)?(?:[a-z]{3,}ed|paid|gave|spoke|met|thanked|hailed)\b")
# a preposition, then at most three words of description ('for Irish winger', 'to the late')
_GOVERNED = re.compile(r"\b(?:for|to|on|with|about|towards?)\s+(?:[\w'’-]+\s+){0,3}$")


def prep_object(text: str, pos: int) -> bool:
    """Whether the name at `pos` follows a preposition in the predicate of a sentence that a
    different capitalised subject opens (no other clause or quotation between them)."""
    lo = max(0, pos - 300)
    starts = [m.end() for m in _SENT_END.finditer(text, lo, pos)]
    s0 = starts[-1] if starts else lo
    lead = text[s0:pos]
    opener = _OPENER.match(lead)
    if not opener or re.search(r"[\"“”,;:]", lead) or not looks_person(strip_titles(opener.group(1))):
        return False                  # ('The BBC spoke to …': no person acts)
    one = opener.group(1)
    if " " not in one and re.search(r"\b" + re.escape(one.lower()) + r"\b", text):
        return False                  # 'Reporters spoke to …': a common noun the text also writes in lower case
    return bool(_GOVERNED.search(lead, opener.end()))
