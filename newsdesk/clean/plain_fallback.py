"""The last rule of the plain-text cleaner: a short text the model empties keeps its report.

Why a rule: the line model learnt on whole pages, where a lone paragraph amid furniture is
usually a teaser; a pasted excerpt (headline, date line, one paragraph) then comes out
empty and its only fact is lost.
"""
from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]*$")
FALLBACK_LINES = 10


def prose_fallback(blocks: list, keep: list[bool], title_index: int | None) -> None:
    """A short text (an excerpt, a brief) the rules emptied keeps its sentences: a lone
    paragraph reads to the model like a teaser, but an empty body loses the only fact the
    text states. Lines of 12+ words that end as a sentence are kept (not the title). Only
    for texts of 2 to FALLBACK_LINES lines: on full pages that end empty the same rule cost
    WCXB-plain 0.0024 F1 (their sentences are promos), and a lone line is a tagline more
    often than a report (one WCXB-plain service page, gold empty)."""
    for i, b in enumerate(blocks):
        if i != title_index and b.nw >= 12 and _SENTENCE_END.search(b.text.rstrip()):
            keep[i] = True
