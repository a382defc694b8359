"""A speech verb inside a fronted concessive or conditional clause ('Although officials have said
the road stays shut, ambulances must pass "at any hour", Vance said') reports what the sentence
argues against or builds on; the sentence's own speaker is the attribution that closes it. When a
later quote of the same sentence carries that closing attribution, the earlier quote (whose only
cue sat in the fronted clause) takes its speaker too."""
from __future__ import annotations

import re

# a fronted subordinate clause, closed by its comma; its own speech verb does not govern the rest
_FRONTED = re.compile(r"\s*(?:Although|Though|Even though|Even if|While|Whereas|Even as|Despite the fact that)\b[^,\"“”]*,")
_SENT_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“A-Z])")


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence holding `pos` starts, not before `lo` (the paragraph start)."""
    start = lo
    for m in _SENT_END.finditer(text, lo, pos):
        start = m.end()
    return start


def main_clause_sayer(found: list, text: str) -> None:
    """Give a quote whose speaker was read inside a fronted 'Although …,' clause the speaker of the
    next quote of its sentence when that one's attribution follows it (`found` in text order)."""
    for f, g in zip(found, found[1:]):
        if f.para_start != g.para_start or f.sp_start is None or g.sp_start is None or f.inherited:
            continue
        a, b = f.para_start + f.mark.start, f.para_start + f.mark.end
        ga, gb = g.para_start + g.mark.start, g.para_start + g.mark.end
        if not (f.sp_start < a and g.sp_start >= gb) or _SENT_END.search(text, b, ga):
            continue
        s0 = _sentence_start(text, f.para_start, a)
        clause = _FRONTED.match(text, s0, a)
        if clause and s0 <= f.sp_start < clause.end() <= a and not _SENT_END.search(text, gb, g.sp_start):
            f.speaker, f.person, f.sp_start, f.sp_end = g.speaker, g.person, g.sp_start, g.sp_end
