"""A person taken up by nationality or occupation right after being named.

'Among those on the square was Carl Brenner. "…," the Danish visitor told a news agency.':
news style names a witness once, then attributes the quote to a description of them. The
role lookup only knows office titles written before names ('Prime Minister X'), so the
description stayed as the speaker, and the next 'he said' went elsewhere (set 29 validation:
'the Australian tourist'). Only an unambiguous case is read: one person named in the ~400
characters before, the description's head a person noun, its modifier (if any) a nationality.
"""
from __future__ import annotations

import re

from .speakers import NAME_SEQ, looks_person, strip_titles
from .title_apposed import named_in_sentence  # noqa: F401  (quotes.py takes a role's holder from here too)

_DESCRIPTION = re.compile(r"(?:the|The)\s+(?:([A-Z][a-z]+)\s+)?([a-z]+)")
_PERSON_NOUNS = frozenset("""
    tourist visitor traveller traveler holidaymaker student resident witness eyewitness survivor
    passenger shopper worker driver man woman teenager pensioner father mother businessman
    businesswoman nurse doctor teacher bystander onlooker local expat
""".split())


def described_referent(np: str, text: str, pos: int) -> str | None:
    """The full name of the one person named shortly before `pos` whom the description `np`
    ('the Danish visitor') takes up, else None."""
    m = _DESCRIPTION.fullmatch(np.strip())
    if not m or m.group(2) not in _PERSON_NOUNS:
        from .described_epithet import epithet_referent
        return epithet_referent(np, text, pos)         # 'the veteran politician', 'the cleric'
    from .role_takeup import unnamed_before
    if unnamed_before(np, text, pos):
        return None                   # 'a Danish engineer told …' since the last name: that speaker
    from .geo import demonym_country
    from .ev_names import place_kind
    if m.group(1) and not demonym_country(m.group(1)):
        return None
    names = set()
    for nm in NAME_SEQ.finditer(text, max(0, pos - 400), pos):
        name = strip_titles(nm.group().rstrip(".’'"))
        if 2 <= len(name.split()) <= 3 and looks_person(name) and place_kind(name)[0] is None:
            names.add(name)
    return names.pop() if len(names) == 1 else None
