"""The body an unresolved 'it' speaks for: '… Foreign Office, after a silence of hours, issued
a statement. "…," it said.'

'It' is resolved to the last body that spoke (resolver.last_institution); when no speech verb
gave one, the body is often only the subject of the sentence before ('X's Foreign Office …
issued a statement', 'The Guard Corps confirmed …'). A capitalised name headed by an
organisation word that opens one of the sentences just before is that body; 'it' itself is
never a speaker a reader can use.
"""
from __future__ import annotations

import re

from .speakers import ORG_HEADS

_OPENING = re.compile(r"(?:^|\n|[.!?][\"”’']?\s+)((?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,4}([A-Z][\w'’-]*))(?=[\s,])")


def body_before(text: str, pos: int, window: int = 700) -> str | None:
    """The latest organisation name opening a sentence in the `window` characters before `pos`."""
    lo = max(0, pos - window)
    best = None
    for m in _OPENING.finditer(text, lo, pos):
        if m.group(2).lower() in ORG_HEADS and len(m.group(1).split()) >= 2:
            best = m.group(1)
    return re.sub(r"^[Tt]he\s+", "", best) if best else None


# 'It said the count "…" by noon, the Velt Nurses Union said in a post': the body the sentence
# names after the quote is who 'it' is
_NAMED_AFTER = re.compile(r",\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+(?:(?:of|for|on)\s+(?:the\s+)?)?){0,6}[A-Z][\w'’-]*)\s+"
                          r"(?:said|says|added|stated|reported|wrote|announced)\b")


def named_after(rest: str) -> str | None:
    """An organisation named as the sayer later in the quote's own sentence (`rest`: the text after
    the quote), for an 'it' no earlier sentence resolved."""
    rest = re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]
    for m in _NAMED_AFTER.finditer(rest):
        if any(w.lower() in ORG_HEADS for w in m.group(1).split()):
            return m.group(1)
    return None
