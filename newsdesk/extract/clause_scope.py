"""The subject of a later coordinated clause that the quote belongs to.

'Mayor Ann Roe closed the port, and Governor Tom Hale issued a statement calling the blast
"a cowardly crime."': a speech verb of the first clause ('closed' here, 'declared' or 'said'
elsewhere) reaches no further than its own clause; the quoted words sit in the clause after
', and', so that clause's named subject speaks them. Without this the first clause's speaker
took the quote (set 29: a governor given a president's words).
"""
from __future__ import annotations

import re

# ', and NAME VERB…' (a title allowed before the name, then a finite verb in the past or present)
_LATER = re.compile(r",\s+(?:and|but|while)\s+((?:[A-Z][\w'’.-]+\s+){1,5}?)"
                    r"(?:also\s+|then\s+|later\s+)?([a-z]{3,}(?:ed|es)|sent|gave|wrote|spoke|made|took|told|held)\b")


def later_subject(left: str, after: int) -> tuple[str, int, str] | None:
    """(name, offset in left, verb) of the last ', and NAME verb' clause that starts after
    offset `after` of `left` (the text from the sentence start to the quote), else None."""
    from .speakers import CAP_STOP, looks_person, strip_titles
    best = None
    for m in _LATER.finditer(left, after):
        name = m.group(1).strip()
        if name.split()[0] in CAP_STOP or not looks_person(strip_titles(name)):
            continue
        best = (name, m.start(1), m.group(2))
    return best


# 'Witnesses who were in Fen Street at the time have reported …', 'A nurse from Varo who was near
# the square told …': a restrictive 'who' clause (no comma) after the sentence's opening noun
# phrase; the words read back from the verb stop inside it ('Street at the time'), but the
# phrase before 'who' is the subject
_RELATIVE = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?((?:(?:[Tt]he|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Ss]everal|[Oo]ther|"
                       r"An?|One)\s+)?[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?"
                       r"(?:\s+(?:from|of|in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)\s+who\s+[^,;:—–()\"“”]*$")


def relative_head(left: str, off: int) -> tuple[str, int] | None:
    """(head, offset) when the subject read at offset `off` of `left` lies inside a restrictive
    'who' clause that follows the sentence's opening noun phrase, else None."""
    m = _RELATIVE.match(left[:off])
    if not m or m.group(1).split()[0] in {"Those", "those", "Anyone", "anyone"}:
        return None
    return m.group(1), m.start(1)


def head_subject(left: str) -> tuple[str, int] | None:
    """speakers.subject_before of `left` (the words before a speech verb), or the head before a
    restrictive 'who' clause when that reading stopped inside the clause or found nothing
    ('... the blast in Surac' is read as no subject at all)."""
    from .speakers import subject_before
    sub = subject_before(left)
    return (relative_head(left, sub[1]) or sub) if sub else relative_head(left, len(left))
