"""A quote paragraph with no attribution whose speaker the paragraph before introduces.

News copy often brings in a new voice with a paragraph about them and lets the quote follow
on its own ('Ann Roe lives on the ninth floor with her son.' then '"I heard the alarm …"').
Carrying the previous quote's speaker over would give the new voice's words to the last
one. The introduced person wins when the paragraph right before the quote opens with them
as its subject, holds no quotation itself, is their first mention in the text, and comes
after the last speaker; a passive ('Ann Roe was found …') is no introduction of a voice.
"""
from __future__ import annotations

import re

from .speakers import CAP_STOP, NAME_SEQ, looks_person, strip_titles

_MARKS = re.compile("[\"“”«»]")
_PASSIVE = re.compile(r"[^.;:]{0,60}?\b(?:was|were|had been|has been|is being)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b")


def _previous_paragraph(text: str, p0: int) -> tuple[int, int] | None:
    end = p0 - 1
    while end > 0 and text[end - 1:end].isspace():
        end -= 1
    if end <= 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    return start, end


def introduced_speaker(text: str, p0: int, at: int, after: int) -> tuple[str, int] | None:
    """(name as written, position) of the person the paragraph before `p0` introduces, for a
    quote opening its paragraph at `at`; None unless that introduction follows `after`
    (the position of the last speaker the quote could carry over)."""
    if text[p0:at].strip():
        return None
    prev = _previous_paragraph(text, p0)
    if prev is None or prev[0] <= after:
        return None
    q0, q1 = prev
    para = text[q0:q1]
    if _MARKS.search(para) or len(para.split()) < 6:
        return None
    m = NAME_SEQ.match(para)
    if not m:
        return None
    name = strip_titles(m.group().rstrip(".’'"))
    toks = name.split()
    if len(toks) < 2 or toks[0] in CAP_STOP or not looks_person(name) or _PASSIVE.match(para, m.end()) \
            or not re.search(r"[.!?]['’\"”]?\s*$", para):
        return None
    if re.search(r"\b" + re.escape(toks[-1]) + r"\b", text[:q0]):
        return None                      # named before: a known figure, not a new voice
    return name, q0 + m.group().find(name)
