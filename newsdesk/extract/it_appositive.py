"""The body a speaking 'it' stands for when that body was named only as an appositive:
'The state utility, Acme Power, said the plant was hit. The plant, it said, "..."'.

The name after a description headed by an organisation word ('utility company', 'agency') is
an organisation, though one unknown capitalised word reads as a person's name elsewhere, so no
institution mention is filed for it and 'it' would reach back to an older body. The latest such
'<description with an organisation head>, <Name>, said' before the pronoun, with no other body
mentioned after it, is what 'it' speaks for.
"""
from __future__ import annotations

import re

from .speakers import ORG_HEADS

_APPOS_BODY = re.compile(
    r"\b(?:[a-z][\w-]*\s+){0,3}(?P<head>" + "|".join(sorted(h for h in ORG_HEADS if h.isalpha())) + r"),\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+(?:has\s+|had\s+)?"
    r"(?:said|says|stated|told|added|announced|reported|confirmed)\b")


def appositive_body(text: str, pos: int, mentions: list, window: int = 600) -> str | None:
    """The latest appositive body name before `pos` when no body mention comes after it."""
    best = None
    for m in _APPOS_BODY.finditer(text, max(0, pos - window), pos):
        best = m
    if not best:
        return None
    later = [x for x in mentions if best.end() < x.start < pos and x.name and not x.person]
    return None if later else best.group("name")
