"""A written message that names its writer: 'A note written by a nurse on the ward reads, "…"',
'The letter, signed by Ann Roe, said: "…"'. The words are the writer's, a person or a body named
after 'by' (often without a name: 'a diver', 'the team'). Without this the quote fell to the last
speaker quoted before it, since 'reads' is no verb of saying and the noun after 'by' may be
lower case (doc_issuer only takes capitalised issuers of statements and releases)."""
from __future__ import annotations

import re

_STOP = r"(?:during|at|in|on|from|to|after|before|while|when|who|which|inside|outside|near|for|and)"
_WRITTEN = re.compile(
    r"\W*(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}?(?:note|message|letter|card|email|e-mail|text)\s*,?\s+"
    r"(?:hand-?written\s+|handwritten\s+)?(?:written|signed|sent|penned|left|posted|scrawled)\s+by\s+"
    r"(?P<np>(?:(?:the|a|an|one|his|her|their)\s+)?(?:(?!" + _STOP + r"\b)[\w'’.-]+\s+){0,3}?(?!" + _STOP +
    r"\b)[\w'’.-]+)(?=\s*,|\s+" + _STOP + r"\b|\s+(?:reads?|said|says|states|stated)\b)"
    r"[^\"“”;]{0,90}?\s(?:reads?|said|says|states|stated)\s*[,:]?\s*$")


def written_message(left: str) -> tuple[str, int] | None:
    """(writer, offset in `left`) when the sentence before the quote is 'a note written by
    <writer> … reads,'; else None."""
    m = _WRITTEN.match(left)
    return (m.group("np"), m.start("np")) if m else None
