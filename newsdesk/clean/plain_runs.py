"""Where is the article on the page: runs of likely-body lines, for the stage-3 smoother.

Stage 2 scores each line from its own features and a window of neighbours; it cannot see
that a promo paragraph 30 lines below the article belongs to a different run than the body
(related-story teasers, bios, comments read like prose). Here the stage-2 probabilities are
cut into runs (likely-body lines separated by at most GAP unlikely ones); the run holding
the most body words is the article, and every line learns how far it lies from that run,
whether it belongs to it, and how much of the page's body mass its own run holds. All numpy
over the page, a handful of operations per page.
"""
from __future__ import annotations

import numpy as np

GAP = 3                      # unlikely lines that may separate two parts of one run
NAMES = ("in_main", "before_main", "after_main", "words_to_main", "main_share",
         "run_share", "runs", "run_pos")


def run_features(p: np.ndarray, words: np.ndarray, cut: float = 0.5) -> np.ndarray:
    """One row of NAMES per line, from stage-2 body probabilities `p` and word counts."""
    n = len(p)
    out = np.zeros((n, len(NAMES)), dtype=np.float32)
    if not n:
        return out
    body = np.flatnonzero(p >= cut)
    if not len(body):
        out[:, 1] = np.log1p(n)
        return out
    mass_line = np.where(p >= cut, words * p, 0.0)
    brk = np.flatnonzero(np.diff(body) > GAP + 1)
    starts = body[np.concatenate([[0], brk + 1])]
    ends = body[np.concatenate([brk, [len(body) - 1]])]
    cum = np.concatenate([[0.0], np.cumsum(mass_line)])
    mass = cum[ends + 1] - cum[starts]
    total = float(mass.sum()) or 1.0
    best = int(np.argmax(mass))
    s, e = int(starts[best]), int(ends[best])
    idx = np.arange(n)
    out[:, 0] = (idx >= s) & (idx <= e)
    out[:, 1] = np.log1p(np.maximum(s - idx, 0))
    out[:, 2] = np.log1p(np.maximum(idx - e, 0))
    wcum = np.concatenate([[0.0], np.cumsum(words)])
    between = np.where(idx < s, wcum[s] - wcum[idx + 1],
                       np.where(idx > e, wcum[idx] - wcum[e + 1], 0.0))
    out[:, 3] = np.log1p(np.maximum(between, 0.0))
    out[:, 4] = mass[best] / total
    run = np.searchsorted(starts, idx, side="right") - 1        # the run starting at/before i
    inside = (run >= 0) & (idx <= ends[np.maximum(run, 0)])
    out[:, 5] = np.where(inside, mass[np.maximum(run, 0)] / (mass[best] or 1.0), 0.0)
    out[:, 6] = np.log1p(len(starts))
    span = max(e - s, 1)
    out[:, 7] = np.clip((idx - s) / span, -2.0, 3.0)
    return out
