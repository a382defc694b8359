"""A learned article-pair similarity for story consolidation.

Why: a hand-weighted cosine treats every shared term alike and one threshold must serve
headlines and long bodies; different clusterings over that one similarity all plateau. A
small gradient-boosted model instead reads a pair's *evidence*: the cosine, how much of it
is names or the title, how many terms are shared and whether one term carries it all, the
texts' lengths, and how the pair stands among each article's own neighbours (relative
evidence: a cosine of 0.2 means much for an article whose best match is 0.2, little for
one on a busy subject). Its probability that the two articles tell one story replaces the
hub-corrected cosine in the average-linkage merge.

Only each article's `k` nearest neighbours (cosine) are scored; other pairs count 0. The
model (`newsdesk/data/story_pairs.npz`) is rebuilt by `scripts/train_story_pairs.py` from
Multi-News validation and UCI half 0 only; it is a list of trees evaluated with numpy.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

import numpy as np
from scipy import sparse

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "story_pairs.npz"
MIN_COS = 0.05


@dataclass
class Context:
    """Per-corpus matrices the pair features read (rows: articles, unit-length terms)."""
    X: sparse.csr_matrix        # term vectors
    N: sparse.csr_matrix        # the name ('n:') part of X
    T: sparse.csr_matrix        # title-only term vectors, same columns
    B: sparse.csr_matrix        # X binarised (term presence)
    words: np.ndarray           # words of title + body
    top1: np.ndarray            # best cosine to any other article
    top5: np.ndarray            # 5th best
    hub: np.ndarray             # mean of the 10 best


def context(vecs: list[dict[str, float]], titles: list[dict[str, float]],
            words: list[int], chunk: int = 1000) -> Context:
    from .story_consolidate import matrix
    vocab: dict[str, int] = {}
    X = matrix(vecs, vocab)
    T = matrix(titles, vocab)
    X = sparse.csr_matrix((X.data, X.indices, X.indptr), shape=(X.shape[0], len(vocab) or 1))
    T = sparse.csr_matrix((T.data, T.indices, T.indptr), shape=X.shape)
    is_name = np.zeros(X.shape[1], dtype=bool)
    for t, j in vocab.items():
        is_name[j] = t.startswith("n:")
    N = (X @ sparse.diags(is_name.astype(float))).tocsr()
    B = X.copy()
    B.data = np.ones_like(B.data)
    n = X.shape[0]
    top1, top5, hub = np.zeros(n), np.zeros(n), np.zeros(n)
    for a in range(0, n, chunk):
        S = (X[a:a + chunk] @ X.T).toarray()
        S[np.arange(S.shape[0]), np.arange(a, a + S.shape[0])] = 0.0
        kk = min(10, n - 1)
        if kk < 1:
            break
        part = -np.sort(-np.partition(S, -kk, axis=1)[:, -kk:], axis=1)
        top1[a:a + chunk] = part[:, 0]
        top5[a:a + chunk] = part[:, min(4, kk - 1)]
        hub[a:a + chunk] = part.sum(axis=1) / 10
    return Context(X, N, T, B, np.asarray(words, dtype=float), top1, top5, hub)


def candidates(ctx: Context, k: int = 20, min_cos: float = MIN_COS,
               chunk: int = 1000) -> tuple[np.ndarray, np.ndarray]:
    """Undirected pairs (i < j): each article with its `k` nearest others, at cosine
    `min_cos` or more. Below that a pair shares a word or two; relative features would
    call two unrelated loners (each other's best match at 0.02) a story."""
    n = ctx.X.shape[0]
    I, J = [], []
    for a in range(0, n, chunk):
        S = (ctx.X[a:a + chunk] @ ctx.X.T).toarray()
        rows = np.arange(S.shape[0])
        S[rows, rows + a] = 0.0
        kk = min(k, n - 1)
        if kk < 1:
            break
        top = np.argpartition(-S, kk - 1, axis=1)[:, :kk]
        ok = S[rows[:, None], top] >= max(min_cos, 1e-9)
        I.append(np.repeat(rows + a, kk)[ok.ravel()])
        J.append(top.ravel()[ok.ravel()])
    if not I:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    I, J = np.concatenate(I), np.concatenate(J)
    lo, hi = np.minimum(I, J), np.maximum(I, J)
    key = np.unique(lo.astype(np.int64) * n + hi)
    return key // n, key % n


def _dot(A: sparse.csr_matrix, I: np.ndarray, J: np.ndarray) -> np.ndarray:
    return np.asarray(A[I].multiply(A[J]).sum(axis=1)).ravel()


def _pair_base(ctx: Context, I, J) -> dict[str, np.ndarray]:
    prod = ctx.X[I].multiply(ctx.X[J]).tocsr()
    cos = np.asarray(prod.sum(axis=1)).ravel()
    top_term = np.asarray(prod.max(axis=1).todense()).ravel()
    return {"cos": cos, "top_term": top_term}


# Each feature is symmetric in the pair, so the score matrix is too.
FEATURES: dict[str, Callable[[Context, dict, np.ndarray, np.ndarray], np.ndarray]] = {
    "cos": lambda c, b, I, J: b["cos"],
    "name_dot": lambda c, b, I, J: _dot(c.N, I, J),
    "title_cos": lambda c, b, I, J: _dot(c.T, I, J),
    "shared_terms": lambda c, b, I, J: np.log1p(_dot(c.B, I, J)),
    "top_term_share": lambda c, b, I, J: b["top_term"] / np.maximum(b["cos"], 1e-9),
    "cos_less_top": lambda c, b, I, J: b["cos"] - b["top_term"],
    "rel_lo": lambda c, b, I, J: b["cos"] / np.maximum(np.maximum(c.top1[I], c.top1[J]), 1e-9),
    "rel_hi": lambda c, b, I, J: b["cos"] / np.maximum(np.minimum(c.top1[I], c.top1[J]), 1e-9),
    "over_top5": lambda c, b, I, J: b["cos"] - np.maximum(c.top5[I], c.top5[J]),
    "less_hub": lambda c, b, I, J: b["cos"] - 0.5 * (c.hub[I] + c.hub[J]),
    "words_lo": lambda c, b, I, J: np.log1p(np.minimum(c.words[I], c.words[J])),
    "words_hi": lambda c, b, I, J: np.log1p(np.maximum(c.words[I], c.words[J])),
}


def features(ctx: Context, I: np.ndarray, J: np.ndarray, chunk: int = 50_000) -> np.ndarray:
    """Pair x feature matrix (columns in FEATURES order)."""
    out = np.zeros((len(I), len(FEATURES)), dtype=np.float32)
    for a in range(0, len(I), chunk):
        i, j = I[a:a + chunk], J[a:a + chunk]
        base = _pair_base(ctx, i, j)
        for c, fn in enumerate(FEATURES.values()):
            out[a:a + chunk, c] = fn(ctx, base, i, j)
    return out


class Trees:
    """Gradient-boosted trees as flat arrays: prediction walks every tree level by level."""

    def __init__(self, feature, threshold, left, right, value, roots, init: float,
                 names: list[str]):
        self.feature, self.threshold = feature, threshold
        self.left, self.right, self.value = left, right, value
        self.roots, self.init, self.names = roots, init, names

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "Trees | None":
        if not path.exists():
            return None
        z = np.load(path, allow_pickle=False)
        return cls(z["feature"], z["threshold"], z["left"], z["right"], z["value"],
                   z["roots"], float(z["init"]), z["names"].tolist())

    def save(self, path: Path = MODEL_PATH) -> None:
        np.savez_compressed(path, feature=self.feature, threshold=self.threshold,
                            left=self.left, right=self.right, value=self.value,
                            roots=self.roots, init=np.float64(self.init),
                            names=np.array(self.names))

    def logit(self, F: np.ndarray) -> np.ndarray:
        node = np.repeat(self.roots[None, :], len(F), axis=0)      # pairs x trees
        rows = np.arange(len(F))[:, None]
        while True:
            leaf = self.left[node] < 0
            if leaf.all():
                break
            go_left = F[rows, np.maximum(self.feature[node], 0)] <= self.threshold[node]
            nxt = np.where(go_left, self.left[node], self.right[node])
            node = np.where(leaf, node, nxt)
        return self.init + self.value[node].sum(axis=1)

    def proba(self, F: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.logit(F)))


@lru_cache(maxsize=1)
def model() -> Trees | None:
    m = Trees.load()
    if m is not None and m.names != list(FEATURES):
        return None          # a table built for other features: fall back to cosines
    return m


def scores(ctx: Context, trees: Trees, k: int = 20) -> sparse.csr_matrix:
    """Symmetric sparse matrix of pair probabilities over each article's candidates."""
    n = ctx.X.shape[0]
    I, J = candidates(ctx, k)
    p = trees.proba(features(ctx, I, J)) if len(I) else np.zeros(0)
    P = sparse.coo_matrix((p, (I, J)), shape=(n, n)).tocsr()
    return (P + P.T).tocsr()


def merge_scores(P: sparse.csr_matrix, labels: np.ndarray, thr: float, ts: np.ndarray,
                 window: float) -> np.ndarray:
    """Greedy average linkage over stories on pair probabilities: merge the pair of stories
    whose mean article-pair probability is highest while it reaches `thr`. Unscored pairs
    count 0, so a story is joined by evidence spread over its articles, not one link.
    (A mean over scored pairs only chains headline feeds, whose neighbours are mostly one
    big story, into a single cluster.)"""
    from .story_consolidate import fold, masked, spans
    k = int(labels.max()) + 1
    if k < 2:
        return labels
    M = sparse.csr_matrix((np.ones(len(labels)), (labels, np.arange(len(labels)))),
                          shape=(k, len(labels)))
    G = (M @ P @ M.T).toarray()
    size = np.bincount(labels, minlength=k).astype(float)
    lo, hi = spans(labels, ts)
    alive = np.ones(k, dtype=bool)

    def row(i):
        return masked(G[i] / (size * size[i]), i, lo, hi, alive, window)

    Sim = np.vstack([row(i) for i in range(k)])
    parent = np.arange(k)
    while True:
        i, j = divmod(int(Sim.argmax()), k)
        if Sim[i, j] < thr:
            break
        fold(i, j, G, size, lo, hi, alive, parent, Sim)
        r = row(i)
        Sim[i, :] = r
        Sim[:, i] = r
    return parent[labels]
