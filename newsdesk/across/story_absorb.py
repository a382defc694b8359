"""Headline feeds, last step: a small story left beside a big one it clearly belongs to
joins it.

Why: after the merges, splits and the neighbour vote, a headline feed keeps fragments of
a few headlines that tell a big story in other words (a bill's committee hearing beside
the story of the bill; a later angle of a merger). The centroid merge passed them over
because the one word they share most is discounted, or because the single pass grouped
them after the merge had run. A fragment is judged as a whole: its centroid against
each big story's, terms mixed with the dense (WordLlama) centroid, which hears paraphrase
that shared words miss. Only stories several times its size may take it in, so two
mid-sized stories never fuse this way (that is the merge's job, with its guards).
Measured (UCI, session 13): tuning half 0.911 -> 0.913, held-out half 0.862 -> 0.865,
all 0.840 -> 0.843, precision flat.
"""
from __future__ import annotations

import numpy as np
from scipy import sparse

from .story_consolidate import centroids, spans


def _unit_rows(M) -> np.ndarray | sparse.csr_matrix:
    """Rows scaled to unit length (zero rows stay zero)."""
    if sparse.issparse(M):
        n = np.sqrt(np.asarray(M.multiply(M).sum(axis=1)).ravel())
        return (sparse.diags(1.0 / np.maximum(n, 1e-12)) @ M).tocsr()
    n = np.linalg.norm(M, axis=1, keepdims=True)
    return M / np.maximum(n, 1e-12)


def story_similarity(X, dense: np.ndarray | None, labels: np.ndarray, rows: np.ndarray,
                     share: float) -> np.ndarray:
    """Cosine of the stories `rows` to every story: (1 - share) x term centroids +
    share x dense centroids (no dense rows: terms alone)."""
    C = _unit_rows(centroids(X, labels))
    S = (C[rows] @ C.T).toarray()
    if dense is not None and share > 0:
        k = int(labels.max()) + 1
        M = np.zeros((k, dense.shape[1]))
        np.add.at(M, labels, dense)
        U = _unit_rows(M)
        S = (1 - share) * S + share * (U[rows] @ U.T)
    return S


def absorb(X, dense: np.ndarray | None, labels: np.ndarray, ts: np.ndarray, window: float,
           thr: float, small: int = 10, big: int = 10, ratio: float = 3.0,
           share: float = 0.3) -> np.ndarray:
    """Each story of at most `small` articles joins the story of at least `big` (and
    `ratio` times its own size) whose mixed centroid cosine is highest, when that reaches
    `thr` and the two are within `window` in time. Big stories never move, so the order
    of the small ones does not matter."""
    size = np.bincount(labels)
    rows = np.flatnonzero(size <= small)
    if not len(rows) or not (size >= big).any():
        return labels
    S = story_similarity(X, dense, labels, rows, share)
    S[np.arange(len(rows)), rows] = -1.0
    host = size[None, :] >= np.maximum(big, ratio * size[rows][:, None])
    S[~host] = -1.0
    if not np.isnan(ts).all():
        lo, hi = spans(labels, ts)
        gap = np.nan_to_num(np.maximum(lo[None, :] - hi[rows][:, None],
                                       lo[rows][:, None] - hi[None, :]),
                            nan=0.0, posinf=0.0, neginf=0.0)
        S[gap > window] = -1.0
    best = S.argmax(axis=1)
    target = np.arange(len(size))
    ok = S[np.arange(len(rows)), best] >= thr
    target[rows[ok]] = best[ok]
    return target[labels]
