"""A person taken up by an epithet after being named: 'The mayor, Petra Lund, thanked the crews.
"…," the veteran politician said.'

Why a module of its own: `described_referent` reads a nationality or a bare person noun ('the
Danish visitor'), and the office lookups read office titles; news style also takes a named
speaker up by a calling or a standing ('the cleric', 'the veteran politician', 'the former
diplomat'), which stayed as the speaker. Only an unambiguous case is read: the head is a
person's calling, any modifier is a lower-case word, and exactly one person (two or three name
words) is named earlier in the same paragraph.
"""
from __future__ import annotations

import re

from .speakers import NAME_SEQ, looks_person, strip_titles

_EPITHET = re.compile(r"(?:the|The)\s+(?:[a-z][\w-]*\s+){0,2}([a-z]+)")
_CALLINGS = frozenset("""
    cleric politician lawmaker legislator diplomat activist campaigner veteran economist analyst
    scholar academic author novelist actor actress singer musician artist director coach
    striker midfielder defender goalkeeper billionaire tycoon entrepreneur banker lawyer
    businessman businesswoman preacher imam priest bishop rabbi
""".split())


def epithet_referent(np: str, text: str, pos: int) -> str | None:
    """The one person named earlier in the paragraph of `pos` whom the epithet `np` takes up."""
    m = _EPITHET.fullmatch(np.strip())
    if not m or m.group(1) not in _CALLINGS:
        return None
    from .ev_names import place_kind
    start = text.rfind("\n", 0, pos) + 1
    names = set()
    for nm in NAME_SEQ.finditer(text, start, pos):
        name = strip_titles(nm.group().rstrip(".\u2019'"))
        if 2 <= len(name.split()) <= 3 and looks_person(name) and place_kind(name)[0] is None:
            names.add(name)
    return names.pop() if len(names) == 1 else None
