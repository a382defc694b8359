"""The last rule of the plain-text cleaner: a short text the model empties keeps its report.

Why a rule: the line model learnt on whole pages, where a lone paragraph amid furniture is
usually a teaser; a pasted excerpt (headline, date line, one paragraph) then comes out
empty and its only fact is lost.
"""
from __future__ import annotations

import re

from .plain_notices import notice

_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]*$")
_INNER_END = re.compile(r"[a-z0-9][.!?][\"\u201d\u2019)]*(?:\s|(?=[A-Z\"\u201c]))")
FALLBACK_LINES = 10
LONG_WORDS, LONG_ENDS = 60, 3     # a body paragraph cut off mid-sentence: long, with sentences


def prose_fallback(blocks: list, keep: list[bool], title_index: int | None) -> None:
    """A short text (an excerpt, a brief) the rules emptied keeps its sentences: a lone
    paragraph reads to the model like a teaser, but an empty body loses the only fact the
    text states. Lines of 12+ words that end as a sentence are kept (not the title). Only
    for texts of 2 to FALLBACK_LINES lines: on full pages that end empty the same rule cost
    WCXB-plain 0.0024 F1 (their sentences are promos), and a lone line is a tagline more
    often than a report (one WCXB-plain service page, gold empty). A line of LONG_WORDS+
    words holding LONG_ENDS+ sentence ends is a report whose last sentence was cut off (a
    scrape that stops mid-sentence). Site notices (`plain_notices`) stay out: they end as
    sentences too, and on a page of a sign-up box above a cut-off report the box was kept
    and the report lost."""
    for i, b in enumerate(blocks):
        if i == title_index or b.nw < 12:
            continue
        text = b.text.rstrip()
        if ((_SENTENCE_END.search(text) or (b.nw >= LONG_WORDS
                                             and len(_INNER_END.findall(text)) >= LONG_ENDS))
                and not notice(text, b.nw)):
            keep[i] = True
