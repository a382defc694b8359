"""A nickname in quote marks inside a name ('Maria "Mimi" Lenz') read as the name alone.

Why: the marks split the name, so the quote finder took the nickname for a quotation and the
speaker readers saw two names ('Maria', then 'Lenz' as a new clause); the person went
unrecognised as the subject of 'told' and a later 'she said' went to the next two-word name
(her employer). The quotes step reads a copy of the body in which the nickname and its marks
are blanked with spaces (same length, so every offset holds) and takes every quoted text and
span from the real body.
"""
from __future__ import annotations

import dataclasses
import re

from ..model import Article, Quote

# a first name, a one- or two-word capitalised nickname in marks, then the surname
_NICK = re.compile(r"(?<![\w'’])([A-Z][a-z]+)([ \t]+)([\"“'‘][A-Z][\w’'-]{0,20}(?:[ \t][A-Z][\w’'-]{0,20})?"
                   r"[\"”'’])[ \t]+(?=[A-Z][\w'’-]+)")


def blank_nicknames(text: str) -> str:
    """The text with each name's nickname and its marks turned into spaces."""
    def blank(m: re.Match) -> str:
        keep = len(m.group(1)) + len(m.group(2))
        return m.group()[:keep] + " " * (len(m.group()) - keep)
    from .speakers import CAP_STOP
    return _NICK.sub(lambda m: m.group() if m.group(1) in CAP_STOP else blank(m), text)


def quotes_whole_names(art: Article, extract) -> list[Quote]:
    """extract(art)'s quotes, read on the blanked copy when the body has a nickname."""
    text = art.text or ""
    blanked = blank_nicknames(text)
    if blanked == text:
        return extract(art)
    copy = dataclasses.replace(art, text=blanked, layers={})
    out = []
    for q in extract(copy):
        sp = q.speaker_span
        out.append(dataclasses.replace(q, text=text[q.span.start:q.span.end], span=art.span(q.span.start, q.span.end),
                                       speaker_span=art.span(sp.start, sp.end) if sp else None))
    return out
