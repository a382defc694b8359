"""Near-copies among a story's articles, found inside the summary itself.

Why: the summary's best features count how many outlets state a sentence (cross-document
support, the centroid, the word spread over outlets). A syndicated story carried twice, or a
page that only repeats another one, counts its own sentences twice and pushes them ahead of
what several independent outlets report. The corpus steps mark exact duplicates upstream
(`Article.duplicate_of`); this catches the near-copies that arrive unmarked (a story built
by the API from any article list, the Multi-News clusters). A near-copy is still cited for
every sentence it shares verbatim, like a marked duplicate.
On Multi-News validation (5-fold, the shipped models) it gained +0.08 R-1 / +0.08 R-2 (8
clusters change, 6 gain); on test it is neutral (-0.04 / -0.02, 7 clusters). Training
(scripts/train_summary.py) keeps the clusters as given: deduping them too was neutral.
"""
from __future__ import annotations

import re

from ..model import Article

SHINGLE = 5          # words per shingle: long enough that shared phrases are not shared text
CONTAINED = 0.8      # share of the shorter article's shingles found in an earlier article
_WORD = re.compile(r"\w+")


def _shingles(text: str) -> set[int]:
    w = _WORD.findall(text.lower())
    return {hash(tuple(w[i:i + SHINGLE])) for i in range(len(w) - SHINGLE + 1)}


def split_copies(arts: list[Article]) -> tuple[list[Article], list[Article]]:
    """(distinct articles, near-copies of an earlier one), both in the given order."""
    kept: list[Article] = []
    seen: list[set[int]] = []
    copies: list[Article] = []
    for art in arts:
        sh = _shingles(art.text)
        if sh and any(s and len(sh & s) / min(len(sh), len(s)) > CONTAINED for s in seen):
            copies.append(art)
            continue
        kept.append(art)
        seen.append(sh)
    return kept, copies
