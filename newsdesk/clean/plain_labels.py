"""A labelled list of the page's tags ("Tags: ...", "Tagged as: ...", "Filed under: ...")
is page furniture, however many tags it lists.

Why: the model and `plain._rule_drop` drop such lines only while short (HARD_DROP's 15
words); a long tag list reads like a comma-separated sentence and stays. On AEB-plain and
WCXB-plain test every line with one of these labels is outside the gold body. ("Topics:"
is left out: forum pages put their topic counts under it, and WCXB keeps some.)
Measured: DEVELOPERS.md, "Plain cleaning".
"""
from __future__ import annotations

import re

LABEL = re.compile(
    r"^\W{0,3}(?:tags?|tagged(?:\s+(?:as|with|in))?|filed\s+(?:under|in)|keywords?)\s*:\s*\S",
    re.I)
MAX_WORDS = 60


def drop_tag_lists(blocks: list, keep: list[bool]) -> None:
    """Drop every kept line of MAX_WORDS or fewer words that opens with a tags label."""
    for i, b in enumerate(blocks):
        if keep[i] and b.nw <= MAX_WORDS and LABEL.match(b.text):
            keep[i] = False
