"""'The Emir, Ann Roe, was not present. … Earlier the Emir said …': an office or rank the text
once set in apposition to a person's name ('The <office>, <Name>,') stands for that person
when a later quote is attributed to it by the office alone. The word may be capitalised
(Emir, Bishop, Governor) or not; a reading of speaker_named.named_form."""
from __future__ import annotations

import re

from .speakers import looks_person, strip_titles

_OFFICE = re.compile(r"(?:[Tt]he\s+)?([A-Za-z][a-z-]+(?:\s+[A-Za-z][a-z-]+)?)")
_NAME = r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)"


def apposed_office(np: str, text: str, pos: int) -> str | None:
    """The person of the latest 'The <office>, <Name>,' before `pos` whose office is `np`
    ('the Emir', 'Bishop'); None when the text sets no name beside that office."""
    m = _OFFICE.fullmatch(np.strip())
    if not m or looks_person(m.group(1)) and not np.strip().lower().startswith("the "):
        return None
    rx = re.compile(r"\b[Tt]he\s+" + re.escape(m.group(1)) + r",\s+" + _NAME + r"\s*,", re.I if
                    m.group(1).islower() else 0)
    best = None
    for hit in rx.finditer(text, 0, pos):
        name = strip_titles(hit.group(1))
        if len(name.split()) >= 2 and looks_person(name):
            best = name
    return best
