"""A capitalised office set after a name as its appositive: 'Ann Roe, Harbour Police Chief stated
"…"' names Ann Roe, not the office.

Why a module of its own: the left-side reader takes the noun phrase nearest the verb, which in
'<Name>, <Office> said' is the office; `named_in_sentence` only takes up lower-case roles ('the
official'). News pages, blogs above all, often drop the second comma of the appositive, so the
office runs straight into the verb. Only an unambiguous case is read: the office's last word is
an office head, and what stands right before it is '<two to four capitalised words>, ' naming a
person.
"""
from __future__ import annotations

import re

from .speakers import CAP_STOP, looks_person, named_in_sentence as _named_in_sentence, strip_titles

_OFFICE_HEADS = frozenset("""
    secretary minister chief spokesman spokeswoman spokesperson director commissioner officer
    commander president governor mayor ambassador envoy adviser advisor chairman chairwoman head
    superintendent inspector prosecutor attorney general
""".split())
_OFFICE = re.compile(r"(?:[A-Z][\w'\u2019.-]*\s+){0,4}([A-Z][a-z]+)")
# a fronted adjunct is no name ('On Tuesday, Fire Chief ...')
_NOT_NAME = CAP_STOP | set("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December""".split())
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'\u2019.-]*[ \t]+){1,3}[A-Z][\w'\u2019-]+),\s*$")


def apposed_name(np: str, left: str) -> str | None:
    """The person named right before the office `np` in `left` (the sentence up to `np`), else None."""
    m = _OFFICE.fullmatch(np.strip())
    if not m or m.group(1).lower() not in _OFFICE_HEADS:
        return None
    end = left.rstrip().rfind(np.strip())
    before = left[:end] if end >= 0 else left
    n = _NAME_BEFORE.search(before)
    if not n:
        return None
    if _NOT_NAME & set(n.group(1).split()):
        return None
    name = strip_titles(n.group(1))
    return name if len(name.split()) >= 2 and looks_person(name) else None


def named_in_sentence(np: str, left: str) -> str | None:
    """`speakers.named_in_sentence` ('the official' -> the one person named before it), else the
    person an office stands in apposition to ('Ann Roe, Police Chief stated')."""
    return _named_in_sentence(np, left) or apposed_name(np, left)
