"""'X's speech followed a joint letter by all 12 Hansa cities calling on Y to "…"': a participle
of speech right after 'a letter / statement / declaration by Z' tells what that document says,
so Z, not the sentence's subject, is the speaker. A by-phrase naming the members of a body
('all 12 Hansa cities', 'the 27 EU states') speaks for the body. Read by
attribution.left_speaker (through bare_verbs)."""
from __future__ import annotations

import re

_ISSUED = re.compile(r"\b(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:declaration|statement|letter|resolution|"
                     r"communiqu[eé]|petition|appeal|report|motion)\s+(?:by|from)\s+"
                     r"(?P<np>(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s*,?\s*$")
_MEMBERS = re.compile(r"(?:(?:all|the)\s+)?(?:\d+|[a-z]+)\s+(?P<body>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+"
                      r"(?:countries|states|members|nations|governments|allies|cities|parties)")


def issued_by(left: str, verb_at: int) -> tuple[str, int] | None:
    """(speaker, offset in left) when the speech participle at `verb_at` follows a document's
    by-phrase, else None."""
    m = _ISSUED.search(left[:verb_at])
    if not m:
        return None
    np = m.group("np")
    if not re.search(r"[A-Z]", np):
        return np, m.start("np")
    body = _MEMBERS.fullmatch(np)
    return (body.group("body"), m.start("np") + body.start("body")) if body else (np, m.start("np"))
