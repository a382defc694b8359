"""Bullet points above the article are its standfirst, not body.

Why: news pages often open with a list of summary bullets (a standfirst) between the
headline and the first paragraph; the scraped text keeps the list marker ("•"). Each item
is a headline-style clause of 8-20 words with no final full stop, so neither the model nor
`plain._header_and_tail` (which only drops lines of up to 15 words above the first 20-word
line) drops them, and they restate the body. Bullets inside the article (a list after a
lead-in line, a one-item lede that ends like a sentence) are body and stay: only a run of
MIN_RUN+ marked lines that none ends like a sentence goes, and only above the first prose
paragraph (PROSE_WORDS+ words ending like a sentence, not itself a bullet).
Measured: DEVELOPERS.md, "Plain cleaning".
"""
from __future__ import annotations

import re

from .lines import sentence_end

BULLET = re.compile(r"^\s*[\u2022\u25aa\u25cf\u25e6\u2023\u00b7]\s")
MIN_RUN = 2         # one marked line is as often the lede itself
PROSE_WORDS = 20


def standfirst_bullets(blocks: list, keep: list[bool]) -> None:
    """Drop each run of MIN_RUN+ adjacent bullet lines above the first prose paragraph
    when no line of the run ends like a sentence."""
    run: list[int] = []
    for i, b in enumerate(blocks):
        if BULLET.match(b.text):
            run.append(i)
            continue
        _flush(blocks, keep, run)
        run = []
        if keep[i] and b.nw >= PROSE_WORDS and sentence_end(b.text):
            return
    _flush(blocks, keep, run)


def _flush(blocks: list, keep: list[bool], run: list[int]) -> None:
    """Drop the run if it is a standfirst."""
    if len(run) >= MIN_RUN and not any(sentence_end(blocks[i].text) for i in run):
        for i in run:
            keep[i] = False
