"""Two people joined as one subject ('Mayor Ann Roe and party leader Ben Oda condemned the
vote, calling it "…"'): the words are theirs jointly, and the speaker filed is the first
named, the one the clause opens with, not the one the scan back from the verb meets first."""
from __future__ import annotations

import re

# the first person's name, 'and', then up to four lower-case words describing the second
_FIRST = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s+and\s+(?:[a-z][\w-]*\s+){0,4}$")
# what may stand before the first name in its sentence: nothing, or a capitalised title with
# its comma ('The Governor of Uplandia, Ann Roe and …')
_OPENING = re.compile(r"\W*(?:(?:The\s+)?[A-Z][^,.;:\"“”]{0,60},\s*)?")


def first_conjunct(left: str, found: tuple | None) -> tuple | None:
    """(np, offset, verb) of the first of two named people `found`'s subject is coordinated
    with, when they open the sentence together; else `found` unchanged."""
    if not found:
        return found
    from .speakers import looks_person, strip_titles   # (speakers imports the quote helpers)
    np, off, verb = found
    m = _FIRST.search(left, 0, off)
    if not m or not looks_person(strip_titles(np)) or not _OPENING.fullmatch(left, 0, m.start(1)):
        return found
    name = strip_titles(m.group(1))
    if len(name.split()) < 2 or not looks_person(name):
        return found
    return name, m.start(1) + m.group(1).rfind(name), verb
