"""A speaker after a fronted verb whose title is two offices joined by 'and':
'"…," said chairman and chief executive Ann Roe'.

Why: the noun-phrase reader stops at 'and' (it usually joins two people or two clauses), so
the phrase ends on 'chairman' and names no one; business and civic news writes double offices
this way often ('president and CEO', 'founder and managing director'). The signal: lowercase
office words, 'and' or '&', more office words (lowercase or an abbreviation like 'CEO'), then a
capitalised name that closes the phrase. Only the name is kept.
"""
from __future__ import annotations

import re

# office words that may open a double title besides the engine's title list
_MORE = frozenset("the founder co-founder owner managing operating financial group vice".split())

_PAIR = re.compile(r"\s*((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+(?:and|&)\s+((?:[a-z][\w-]*\s+){0,3})"
                   r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5})"
                   r"(?=\s*(?:[,;:—–]|\.(?:\s|$)|$)|\s+(?:who|in|at|on|during|after|adding|saying|told|with)\b)")


def paired_title_name(text: str, titles: set, strip, looks_person) -> tuple[str, int] | None:
    """(name, offset in text) when `text` opens on 'office and office Name'; else None.
    `strip` and `looks_person` are the speaker module's title stripper and name test."""
    m = _PAIR.match(text)
    if not m or not all(w in titles or w in _MORE for w in m.group(1).lower().split()):
        return None
    second = (m.group(2) + re.sub(r"(?<=[\w'’-]{2})\.$", "", m.group(3))).split()   # the full stop ends the sentence
    if any(w.islower() and w not in titles and w not in _MORE for w in second):
        return None
    name = strip(" ".join(second))
    if name == " ".join(second) or not looks_person(name):
        return None                   # no office word before the name: two people, not one
    return name, text.rfind(name, m.start(2), m.end(3))
