"""The wrap column of a page that mixes hard-wrapped paragraphs with paragraphs left on one long
line (a wire story pasted into a blog: most paragraphs broken near 70 characters, a few quotes
and updates pasted whole).

Why a module of its own: `lines._wrap_width` reads the column at the 85th percentile of line
lengths, which on such a page falls on the long unwrapped lines, so no column was found and a
sentence broken after a comma or before a name ('the Attorney General' / 'Ann Roe said') stayed
two paragraphs: quotes lost their speakers. Only an unambiguous case is read: at least half of
the text-like lines (40+ characters) end within a 14-character band under one column of 50-100,
and most lines that end in that band without sentence punctuation are followed by a line that
opens in lowercase (a broken sentence, not a list of headlines).
"""
from __future__ import annotations

import numpy as np

TERMINAL = tuple('.!?"\u201d\u2019\')\u2026')


def ragged_width(texts: list[str], size: np.ndarray) -> int:
    """The wrap column of a mixed page, else 0."""
    text_like = size[size >= 40]
    if len(text_like) < 6:
        return 0
    for w in sorted({int(x) for x in text_like if 50 <= x <= 100}, reverse=True):
        band = (size >= w - 14) & (size <= w)
        if np.count_nonzero(band & (size >= 40)) < 0.5 * len(text_like):
            continue
        open_ends = [i for i in np.flatnonzero(band).tolist() if i + 1 < len(texts) and not texts[i].endswith(TERMINAL)]
        lower = sum(texts[i + 1][:1].islower() for i in open_ends)
        return w if len(open_ends) >= 4 and lower >= 0.6 * len(open_ends) else 0
    return 0
