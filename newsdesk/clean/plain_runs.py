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


def run_features_pages(p: np.ndarray, words: np.ndarray, segs, cut: float = 0.5) -> np.ndarray:
    """`run_features` of every page of a batch (`plain_fast.Segs`) in one pass: runs never
    cross a page edge, and each page's sums are taken over that page alone in the same
    order (float32 cumulative sums page by page), so every row equals `run_features` of
    its page."""
    n = len(p)
    out = np.zeros((n, len(NAMES)), dtype=np.float32)
    if not n:
        return out
    idx, pid = segs.idx, segs.pid
    isbody = p >= cut
    mass_line = np.where(isbody, words * p, 0.0)
    body = np.flatnonzero(isbody)
    has = np.bincount(pid[body], minlength=segs.pages) > 0
    # per-page cumulative sums (float32, as the single-page code), a zero before each page
    cum = np.zeros(n + segs.pages, dtype=np.float32)
    wcum = np.zeros(n + segs.pages, dtype=np.float32)
    for j, (a, b) in enumerate(segs.spans):
        if b > a:
            np.cumsum(mass_line[a:b], out=cum[a + j + 1:b + j + 1])
            np.cumsum(words[a:b], out=wcum[a + j + 1:b + j + 1])
    cum, wcum = cum.astype(np.float64), wcum.astype(np.float64)
    nob = ~has[pid]
    out[nob, 1] = np.log1p(segs.sizes[pid[nob]])
    if not len(body):
        return out
    bp = pid[body]
    brk = np.flatnonzero((np.diff(body) > GAP + 1) | (bp[1:] != bp[:-1]))
    starts = body[np.concatenate([[0], brk + 1])]
    ends = body[np.concatenate([brk, [len(body) - 1]])]
    rp = pid[starts]                                  # page of each run
    mass = cum[ends + 1 + rp] - cum[starts + rp]
    first_run = np.searchsorted(rp, np.arange(segs.pages))
    last_run = np.searchsorted(rp, np.arange(segs.pages), side="right")
    total = np.ones(segs.pages)
    best = np.zeros(segs.pages, dtype=np.intp)
    for j in np.flatnonzero(has).tolist():
        a, b = int(first_run[j]), int(last_run[j])
        total[j] = float(mass[a:b].sum()) or 1.0
        best[j] = a + int(np.argmax(mass[a:b]))
    sel = np.flatnonzero(~nob)                        # lines of pages with a run
    i, j = idx[sel], pid[sel]
    bj = best[j]
    s, e = starts[bj], ends[bj]
    out[sel, 0] = (i >= s) & (i <= e)
    out[sel, 1] = np.log1p(np.maximum(s - i, 0))
    out[sel, 2] = np.log1p(np.maximum(i - e, 0))
    between = np.where(i < s, wcum[s + j] - wcum[i + 1 + j],
                       np.where(i > e, wcum[i + j] - wcum[e + 1 + j], 0.0))
    out[sel, 3] = np.log1p(np.maximum(between, 0.0))
    out[sel, 4] = mass[bj] / total[j]
    run = np.searchsorted(starts, i, side="right") - 1     # the run starting at/before i
    inside = (run >= 0) & (rp[np.maximum(run, 0)] == j) & (i <= ends[np.maximum(run, 0)])
    mb = mass[bj]
    out[sel, 5] = np.where(inside, mass[np.maximum(run, 0)] / np.where(mb != 0, mb, 1.0), 0.0)
    out[sel, 6] = np.log1p(last_run[j] - first_run[j])
    span = np.maximum(e - s, 1)
    out[sel, 7] = np.clip((i - s) / span, -2.0, 3.0)
    return out
