"""The issuer a document's name carries in front of its noun.

'…," the Harlow Council statement said' / 'the Vantor report said': a proper name written as
the modifier of a document noun is whoever issued the document, so the issuer speaks, not
the paper ('Harlow Council statement' is no one's name). Calendar words are no issuer
('the Monday statement'), nor is a medium ('a TV report'), the language it is written in
('the French-language statement') or a lone title word ('the Presidential statement' keeps
its reading: a title says whose office, not who)."""
from __future__ import annotations

import re

_NOUN = r"(?:statement|report|release|communiqu[eé]|letter|bulletin|announcement|memo|notice|declaration)"
_NAMED = re.compile(r"(?:[Tt]he\s+|[Aa]n?\s+)?((?:[A-Z][\w.&'’-]*\s+){0,4}[A-Z][\w.&-]*)\s+(?:[a-z-]+\s+)?"
                    + _NOUN + r"s?")
_CALENDAR = frozenset("""
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december today yesterday new latest annual final joint
""".split())
# a medium names how the document went out, not who issued it ('a TV report', 'the Web post')
# so does the language it was written in ('the French-language statement')
_LANGUAGE = re.compile(r"[a-z]+-language")
_MEDIUM = frozenset("tv radio television media press news video web online internet wire cable state".split())


def named_document(np: str) -> str | None:
    """'the Vantor report' -> 'Vantor'; None when `np` is no document with a proper-name issuer."""
    m = _NAMED.fullmatch(np.strip())
    if not m:
        return None
    issuer = m.group(1)
    from .speakers import TITLES                   # (speakers imports the quote helpers' modules)
    words = [w.lower() for w in issuer.split()]
    if words[0] in _CALENDAR or all(w in TITLES or w in _CALENDAR or w in _MEDIUM or _LANGUAGE.fullmatch(w)
                                    for w in words):
        return None
    return issuer
