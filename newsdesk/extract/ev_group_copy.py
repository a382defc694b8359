"""Where a page's older copy of its own report begins (ev_group_risen).

Why: updated reports are often stored with the earlier version kept below the new one: the
same sentences come back nearly word for word, under the old headline and with the old
toll ("killed at least 35" on top, "killed at least 18" below). Read as one text, the lower
copy's figure looks like a second act. Two or more sentences that repeat earlier ones of
the article (most of their words, and long enough not to be a stock phrase) mark the copy;
it begins after the last sentence they repeat. One repeated sentence is not enough (a
duplicated caption or a quote told twice is no second copy), nor is a headline restated by
the lede below it.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+")
MIN_WORDS = 8          # shorter repeats are stock phrases ("the Observatory said")
OVERLAP = 0.7          # share of the shorter sentence's words the other one holds
MIN_REPEATS = 2
MIN_GAP = 3            # a headline restated by its lede right below is no copy


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def copy_start(texts: list[str]) -> int | None:
    """Index of the first sentence of the older copy, or None when the text has none."""
    bags = [_words(t) for t in texts]
    originals = []
    for i, b in enumerate(bags):
        if len(b) < MIN_WORDS:
            continue
        j = next((j for j in range(i - MIN_GAP + 1) if len(bags[j]) >= MIN_WORDS
                  and len(b & bags[j]) >= OVERLAP * min(len(b), len(bags[j]))), None)
        if j is not None:
            originals.append((j, i))
    if len({j for j, _ in originals}) < MIN_REPEATS:
        return None
    start = max(j for j, _ in originals) + 1
    # the copy must hold its repeats: every repeat lies in it
    return start if all(i >= start for _, i in originals) else None


def older_copy(art) -> int | None:
    """`copy_start` of the article's sentences, cached on the article."""
    if "older_copy" not in art.layers:
        art.layers["older_copy"] = copy_start([s.text for s in art.sentences])
    return art.layers["older_copy"]
