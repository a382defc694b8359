"""Names written family name first with a hyphenated given name ('Alan Ho Kwok-wai', 'Kim Jong-un'),
as Hong Kong, Korean and Taiwanese coverage writes them: the article then calls the person by the
family name alone ('Ho said'), which is the word before the given name, not the name's last word."""
from __future__ import annotations

import re

# a romanised two-syllable given name: 'Kwok-wai', or with both short syllables capitalised
# ('Chun-Chung'); a double-barrelled surname ('Molana-Allen') filed under the first name too does
# no harm: a bare first name of the article still means that person
_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+|[A-Z][a-z]{1,5}-[A-Z][a-z]{1,5}")
_FAMILY = re.compile(r"[A-Z][a-z]+")


def family_keys(toks: list[str]) -> list[str]:
    """The family name a full name is also filed under ('ho' for 'Alan Ho Kwok-wai'), or none."""
    if len(toks) >= 2 and _GIVEN.fullmatch(toks[-1]) and _FAMILY.fullmatch(toks[-2]):
        return [toks[-2].lower()]
    return []
