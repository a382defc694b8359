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


def drop_reported(text: str, cands: list[tuple[int, str]], mentions: list, want: str | None,
                  gender) -> list[tuple[int, str]]:
    """`cands` without names that follow, in their own sentence, a named speaker of gender
    `want` or of none known ('Her brother, Carl Roe, said he left as soon as he heard that
    Dan Poe had been hurt'): the name sits inside what the speaker said, and the next 'he
    said' goes on with the speaker, the sentence's subject, not with the man he spoke about.
    Only a name after the speaker's speech verb is dropped: one in apposition to the speaker
    phrase ('The minister of Ann Roe, Carl Roe, said') is the speaker."""
    if want is None:
        return cands
    from .speakers import SPEECH_VERB, fronted_phrase     # (speakers reads the resolver's helpers)
    subs = [m for m in mentions if m.person and m.name and m.text[:1].isupper()
            and m.text.lower() not in PRONOUN_GENDER and gender(m.name, 2) in (want, None)
            and not fronted_phrase(_sentence_left(text, m.start))]   # 'In a call with X, he …': no subject
    if not subs:
        return cands
    pronouns = {m.start for m in mentions if m.text.lower() in PRONOUN_GENDER}   # resolved on their own
    return [(pos, name) for pos, name in cands
            if pos in pronouns
            or not any(m.end <= pos and m.name != name and not _SENT_END.search(text, m.end, pos)
                       and SPEECH_VERB.search(text, m.end, pos) for m in subs)]   # (not 'X's aide, Y,')


def _sentence_left(text: str, pos: int) -> str:
    """The words of `pos`'s sentence before it."""
    starts = [m.end() for m in _SENT_END.finditer(text, max(0, pos - 400), pos)]
    return text[starts[-1] if starts else max(0, pos - 400):pos]
