"""User text -> a safe FTS5 query. Analysts type names with hyphens ("al-Maliki"), quotes,
colons and stars; raw FTS5 syntax would raise on many of those or silently mean something
else (`a-b` is a column filter, `NEAR` an operator). We keep what users expect: "quoted
phrases", a trailing `*` for a prefix, OR between words, and every other word required."""
from __future__ import annotations

import re

_CHUNK = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+", re.U)


def fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for `text`, or None when it holds no searchable word."""
    terms: list[str] = []
    pending_or = False
    for m in _CHUNK.finditer(text or ""):
        phrase, word = m.group(1), m.group(2)
        if word is not None and word == "OR":
            pending_or = bool(terms)
            continue
        raw = phrase if phrase is not None else word
        words = _WORD.findall(raw)
        if not words:
            continue
        term = '"' + " ".join(words) + '"'
        if word is not None and word.endswith("*"):
            term += "*"
        if pending_or:
            terms[-1] = f"{terms[-1]} OR {term}"
            pending_or = False
        else:
            terms.append(term)
    if not terms:
        return None
    return " AND ".join(f"({t})" if " OR " in t else t for t in terms)
