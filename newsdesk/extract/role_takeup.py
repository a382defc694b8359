"""A definite role description that takes up the one holder introduced before it.

'Army spokesman Col. Ann Roe briefed reporters … Later the army official said "…"': an
official described by an office word and a modifier the introduction also used ('army',
'military') is the one person the text introduced with such an office and that modifier.
'A Danish engineer told Reuters … "…," said the woman': a bare person noun after an
unnamed speaker introduced indefinitely is that speaker, when no one was named since.
The role lookup (role_holders) only knows a title written before a name in the same words;
these are the cases it left as the description.
"""
from __future__ import annotations

import re

from .speakers import NAME_SEQ, looks_person, strip_titles

# offices a later 'the … official' may stand for
_OFFICES = frozenset("""
    official spokesman spokeswoman spokesperson minister secretary officer commander general
    colonel director chief ambassador envoy governor mayor representative
""".split())
_OFFICIAL = re.compile(r"(?:the|The)\s+((?:[a-z][\w-]*\s+){1,2})official")
_TITLE_RUN = re.compile(r"((?:[A-Za-z][\w.'’-]*\s+){1,5})$")


def official_holder(np: str, text: str, pos: int, full) -> str | None:
    """'the military official' -> the one person named before `pos` right after a title run
    holding an office word and every modifier of the description ('military spokesman Ann
    Roe'); None when nobody or several people were introduced so. `full` gives a name's
    fullest form."""
    m = _OFFICIAL.fullmatch(np.strip())
    if not m:
        return None
    mods = m.group(1).split()
    found = set()
    for nm in NAME_SEQ.finditer(text, 0, pos):
        name = strip_titles(nm.group().rstrip(".’'"))
        if len(name.split()) < 2 or not looks_person(name):
            continue
        lead = _TITLE_RUN.search(text, max(0, nm.start() - 60), nm.start())
        words = {w.lower().strip(".,") for w in (lead.group(1).split() if lead else [])}
        words |= {w.lower() for w in nm.group().split()[:-len(name.split())]}   # 'Army Spokesman Ann Roe'
        if words & _OFFICES and all(w in words for w in mods):
            found.add(full(name))
    return found.pop() if len(found) == 1 else None


_PERSON_NOUN = re.compile(r"(?:the|The)\s+(woman|man|girl|boy|witness|survivor|resident|source)")
# an unnamed speaker introduced indefinitely: 'a Danish structural engineer told Reuters'
_INDEFINITE = re.compile(r"\b[Aa]n?\s+((?:[\w'’-]+\s+){0,3}[a-z]+)\s+(?:told|said|says|recalled|explained)\b")
_MALE = frozenset("man boy father husband son brother".split())
_FEMALE = frozenset("woman girl mother wife daughter sister".split())


def unnamed_before(np: str, text: str, pos: int) -> str | None:
    """'the woman' -> 'Danish structural engineer' when the latest speaker introduced before
    `pos` (within 700 characters) is an indefinite description and no person is named after
    it; None otherwise, or when the two nouns give different genders."""
    m = _PERSON_NOUN.fullmatch(np.strip())
    if not m:
        return None
    lo = max(0, pos - 700)
    intro = None
    for i in _INDEFINITE.finditer(text, lo, pos):
        intro = i
    if intro is None:
        return None
    head = intro.group(1).split()[-1]
    noun = m.group(1)
    if (noun in _MALE and head in _FEMALE) or (noun in _FEMALE and head in _MALE):
        return None
    from .antecedents import unnamed_speaker
    if not unnamed_speaker("a " + intro.group(1).lower()):     # (a nationality may open it)
        return None
    for nm in NAME_SEQ.finditer(text, intro.end(), pos):
        name = strip_titles(nm.group().rstrip(".’'"))
        if len(name.split()) >= 2 and looks_person(name):
            return None                    # someone named since: the description may be them
    phrase = intro.group(1)
    return phrase if phrase[:1].isupper() else intro.group()[:intro.end(1) - intro.start()]
