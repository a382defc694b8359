"""A quoted phrase in a sentence whose subject is a state or a body and that closes with a
person's attribution: 'The agency has called for "…" across the region, Ann Roe said.' /
'The US said it condemned "…", a statement by spokeswoman Ann Roe said.' The person who closes
the sentence is the source who gave the body's position, and the speaker a reader is given;
without this reading the fragment went to the body that opens the sentence."""
from __future__ import annotations

import re

from .speakers import looks_person, strip_titles

# ', a statement by <titled person> said.' closing the sentence (the title may run long)
_STATEMENT_BY = re.compile(r",\s+(?:a|the)\s+(?:[a-z]+\s+)?statement\s+(?:by|from|issued\s+by)\s+"
                           r"((?:[\w'’.-]+\s+){0,6}?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+(?:said|says|added|read)\s*[.!?]?\s*$")
_CLOSES = re.compile(r"\s+(?:said|says|added|told\s+[\w.-]+(?:\s+[\w.-]+)?)\s*[.!?]?\s*$")


def statement_by(right: str) -> tuple[str, int] | None:
    """(the person, offset in `right`) of a closing ', a statement by X said.' with no other
    quotation mark before it."""
    m = _STATEMENT_BY.search(right)
    if not m or re.search(r"[\"“”‘]", right[:m.start()]):
        return None
    return m.group(1), m.start(1)


def person_closes(right: str, r: tuple | None, lft: tuple | None) -> bool:
    """Whether the right-hand attribution `r` is a named person closing the sentence, and the
    left-hand subject `lft` a body or state, not a person."""
    if not r or not lft:
        return False
    name, left = strip_titles(r[0]), strip_titles(lft[0])
    if not looks_person(name) or left.lower() in {"he", "she", "they"}:
        return False
    from .ev_names import place_kind       # (the gazetteer loads on first use)
    if looks_person(left) and place_kind(left)[0] is None:
        return False                  # a person subject keeps the fragment ('Canada' is a state)
    return bool(_CLOSES.match(right, r[1] + len(r[0])))
