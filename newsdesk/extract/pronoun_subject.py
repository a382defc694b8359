"""A person named after a pronoun subject of the same sentence is that subject's object or
addressee ('He added he would meet King Faisal Rahim to hand in his letter'): the next 'he said'
goes on with the subject, whom the pronoun already stood for, not with the person met. Subjects
outrank objects as antecedents; here the subject is itself a pronoun, so the name after it is the
only named person of the sentence and the plain 'latest name' choice takes it."""
from __future__ import annotations

import re

from .gender import PRONOUN_GENDER

_SENT_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'])|\n")


def drop_objects(text: str, cands: list[tuple[int, str]], mentions: list, want: str | None) -> list[tuple[int, str]]:
    """`cands` without names that follow, in their own sentence, a resolved pronoun mention of
    gender `want` standing for someone else."""
    if want is None:
        return cands
    subs = [m for m in mentions if m.person and m.name and PRONOUN_GENDER.get(m.text.lower()) == want]
    if not subs:
        return cands
    return [(pos, name) for pos, name in cands
            if not any(m.start < pos and m.name != name and not _SENT_END.search(text, m.end, pos) for m in subs)]
