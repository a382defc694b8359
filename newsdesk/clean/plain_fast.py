"""The plain-text model's fast paths: tree ensembles walked level by level, and pages
cleaned in batches.

Trees: each is laid out as a perfect binary tree of the ensemble's depth, level by level (a
leaf above the last level is repeated below itself with an always-false test), so a row's
position at level d in tree t is one index, t * 2**d + h, and its child at level d + 1 is
2 * index + went_right: no child table, no leaf checks. A level is three gathers, a
comparison and two in-place integer ops over all (row, tree) pairs at once, ROWS rows at a
time. The leaf reached, its value and the float32 sum over trees are exactly those of
walking the original trees, so outputs do not change. The model file format is unchanged:
the layout is derived (once per loaded ensemble) from the flat arrays of `export_trees`.
When numba is installed the same walk runs compiled (`plain_fast_jit.walk_trees`, ~3x
faster), reaching the same leaves; their values are then summed by numpy as before.

Batches: `Segs` describes the pages of a batch of lines, with the page-bounded shifts,
windows and running maxima the page-level features need (`lines.line_features`,
`plain.context_scores`, `plain.smooth_features`), bit-identical to the one-page code;
`no_cycle_collection` pauses the cycle collector while `plain.clean_texts` runs.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager

import numpy as np

from .plain_fast_jit import kernel

_CACHE: dict[int, tuple] = {}       # id(tree dict) -> (tree dict, Layout)
_ONE_BOUNDS: dict[tuple[int, int], tuple] = {}      # (lines, k) -> one page's windows


class Layout:
    """Per-level feature / threshold tables and the leaf values of the perfect trees."""

    def __init__(self, t: dict):
        feature = np.asarray(t["feature"]).astype(np.intp)
        threshold = np.asarray(t["threshold"], dtype=np.float32)
        leaf = np.asarray(t["leaf"]).astype(bool)
        idx = np.arange(len(leaf), dtype=np.intp)
        left = np.where(leaf, idx, t["left"]).astype(np.intp)
        right = np.where(leaf, idx, t["right"]).astype(np.intp)
        feature = np.where(leaf, 0, feature)
        threshold = np.where(leaf, np.float32(np.inf), threshold).astype(np.float32)
        level = np.asarray(t["roots"]).astype(np.intp)[:, None]      # (trees, 1) node ids
        self.feat: list[np.ndarray] = []
        self.thr: list[np.ndarray] = []
        while not leaf[level].all():
            self.feat.append(feature[level].ravel())
            self.thr.append(threshold[level].ravel())
            level = np.stack([left[level], right[level]], axis=2).reshape(len(level), -1)
        self.trees = len(level)
        self.value = np.asarray(t["value"], dtype=np.float32)[level].ravel()
        self.base = np.float32(t["base"])
        # all levels in one table each (level d starts at trees * (2**d - 1)), for the
        # compiled walk; feature indices in one byte when they fit (the tables then stay in
        # the L1 cache: a third faster)
        af = np.concatenate(self.feat) if self.feat else np.zeros(0, dtype=np.intp)
        self.all_feat = af.astype(np.uint8 if af.size and af.max() < 256 else np.intp)
        self.all_thr = (np.concatenate(self.thr) if self.thr else np.zeros(0)).astype(np.float32)


def layout(t: dict) -> Layout:
    """The layout of an ensemble dict, built once per dict (cached by identity)."""
    hit = _CACHE.get(id(t))
    if hit is None or hit[0] is not t:
        if len(_CACHE) > 8:
            _CACHE.clear()
        hit = _CACHE[id(t)] = (t, Layout(t))
    return hit[1]


def export_trees(m) -> dict:
    """A fitted sklearn HistGradientBoostingClassifier -> flat numpy arrays (portable)."""
    feats, thr, left, right, leaf, value, roots = [], [], [], [], [], [], []
    off = 0
    for it in m._predictors:
        nodes = it[0].nodes
        roots.append(off)
        feats.append(nodes["feature_idx"].astype(np.int16))
        thr.append(nodes["num_threshold"].astype(np.float32))
        left.append((nodes["left"] + off).astype(np.int32))
        right.append((nodes["right"] + off).astype(np.int32))
        leaf.append(nodes["is_leaf"].astype(bool))
        value.append(nodes["value"].astype(np.float32))
        off += len(nodes)
    return {"feature": np.concatenate(feats), "threshold": np.concatenate(thr),
            "left": np.concatenate(left), "right": np.concatenate(right),
            "leaf": np.concatenate(leaf), "value": np.concatenate(value),
            "roots": np.array(roots, dtype=np.int32),
            "base": np.float32(np.ravel(m._baseline_prediction)[0])}


ROWS = 1024      # rows per pass: the (rows x trees) index arrays stay in the CPU cache


def raw_scores(t: dict, X: np.ndarray) -> np.ndarray:
    """The ensemble's raw score (base + sum of leaf values, float32) for each row of X."""
    X = np.ascontiguousarray(X, dtype=np.float32)
    walk = kernel("walk_trees")
    if walk is not None:
        L = layout(t)
        node = np.empty((len(X), L.trees), dtype=np.intp)
        walk(X, L.all_feat, L.all_thr, len(L.feat), L.trees, node)
        return L.base + L.value.take(node).sum(axis=1)
    if len(X) <= ROWS:
        return _raw_scores(layout(t), X)
    return np.concatenate([_raw_scores(layout(t), X[a:a + ROWS])
                           for a in range(0, len(X), ROWS)])


def _raw_scores(L: Layout, X: np.ndarray) -> np.ndarray:
    n, nf = X.shape
    if not L.feat:                       # stumps only: every tree a single leaf
        node = np.broadcast_to(np.arange(L.trees), (n, L.trees))
        return L.base + L.value.take(node).sum(axis=1)
    # level 0: every row at every root, whole columns of X compared
    node = (X.take(L.feat[0], axis=1) > L.thr[0]).view(np.int8).astype(np.intp)
    node += np.arange(L.trees, dtype=np.intp) * 2
    flat = X.ravel()
    base = (np.arange(n, dtype=np.intp) * nf)[:, None]
    for feat, thr in zip(L.feat[1:], L.thr[1:]):
        f = feat.take(node)
        f += base
        right = flat.take(f) > thr.take(node)
        node <<= 1
        node |= right
    return L.base + L.value.take(node).sum(axis=1)


def predict(t: dict, X: np.ndarray) -> np.ndarray:
    """Probability of class 1 (float32), as `plain.predict_trees`."""
    if not len(X):
        return np.zeros(0, dtype=np.float32)
    raw = raw_scores(t, X)
    return (1.0 / (1.0 + np.exp(-raw))).astype(np.float32)


# ---------------------------------------------------------------- pages of a batch
class Segs:
    """The pages of a batch of lines (page j holds lines off[j]..off[j+1]-1), with the
    per-line helpers that page-level features need: shifts, window means and cumulative
    maxima that never cross a page edge. Every helper reproduces, bit for bit, what the
    single-page code computes (cumulative sums are taken page by page, in float64, as
    there), so a batch gives each page exactly the features it would get alone."""

    def __init__(self, sizes):
        self.sizes = np.asarray(sizes, dtype=np.intp)
        self.pages = len(self.sizes)
        self.off = np.zeros(self.pages + 1, dtype=np.intp)
        np.cumsum(self.sizes, out=self.off[1:])
        self.n = n = int(self.off[-1])
        self.one = self.pages == 1          # one page: simpler (cheaper) forms of the same
        self.idx = np.arange(n, dtype=np.intp)
        if self.one:
            self.pid = np.zeros(n, dtype=np.intp)
            self.start, self.end, self.local = self.pid, np.full(n, n, dtype=np.intp), self.idx
        else:
            self.pid = np.repeat(np.arange(self.pages), self.sizes)
            self.start = self.off[:-1][self.pid]
            self.end = self.off[1:][self.pid]
            self.local = self.idx - self.start
        self.spans = list(zip(self.off[:-1].tolist(), self.off[1:].tolist()))
        self._bounds: dict[int, tuple] = {}
        self._edge: dict[int, np.ndarray] = {}

    def shift(self, x: np.ndarray, d: int, fill: float = 0.0) -> np.ndarray:
        """x of the line d places before (d > 0) or after (d < 0) on the same page, else
        `fill`."""
        if self.one:
            k = abs(d)
            pad = np.full(self.n + k, fill, dtype=np.result_type(x, fill))
            if d > 0:
                pad[k:] = x
                return pad[:self.n]
            pad[:self.n] = x
            return pad[k:]
        out = np.empty(self.n, dtype=np.result_type(x, fill))
        k = abs(d)
        if k >= self.n:
            out[:] = fill
            return out
        if d > 0:
            out[k:] = x[:self.n - k]
        else:
            out[:self.n - k] = x[k:]
        out[self._edges(d)] = fill
        return out

    def _edges(self, d: int) -> np.ndarray:
        """The lines whose line d places before (after) lies on another page, or before
        (after) the batch: where `shift` puts its fill (a few per page; cached per d)."""
        e = self._edge.get(d)
        if e is None:
            e = self._edge[d] = np.flatnonzero(
                self.local < d if d > 0 else self.idx >= self.end + d)
        return e

    def bounds(self, k: int):
        """Indices into `cumsums` output of each line's window [i-k, i+k] clipped to its
        page, and the window sizes (float64 division as `lines._bounds` counts)."""
        b = self._bounds.get(k)
        if b is None and self.one:
            b = _ONE_BOUNDS.get((self.n, k))
            if b is None:
                lo = np.maximum(self.idx - k, 0)
                hi = np.minimum(self.idx + k + 1, self.n)
                if len(_ONE_BOUNDS) > 256:
                    _ONE_BOUNDS.clear()
                b = _ONE_BOUNDS[(self.n, k)] = (lo, hi, hi - lo)
            self._bounds[k] = b
        if b is None:
            lo = np.maximum(self.idx - k, self.start)
            hi = np.minimum(self.idx + k + 1, self.end)
            pad = self.pid          # page j's cumsums start at row off[j] + j (a zero row)
            b = self._bounds[k] = (lo + pad, hi + pad, hi - lo)
        return b

    def cumsums(self, X: np.ndarray) -> np.ndarray:
        """Per-page float64 cumulative sums of X's rows, each page led by a zero row."""
        c = np.zeros((self.n + self.pages,) + X.shape[1:], dtype=np.float64)
        run = kernel("page_cumsums") if self.pages > 1 and self.n else None
        if run is not None:          # compiled: the same float64 additions, in order
            run(np.ascontiguousarray(X, dtype=np.float64).reshape(self.n, -1), self.off,
                c.reshape(len(c), -1))
            return c
        for j, (a, b) in enumerate(self.spans):
            if b > a:
                np.cumsum(X[a:b], axis=0, dtype=np.float64, out=c[a + j + 1:b + j + 1])
        return c

    def window_means(self, X: np.ndarray, ks) -> list[np.ndarray]:
        """Means of X (1-D or columns) over each line's page-clipped window, one array per
        half-width in ks, float64 (callers cast as the single-page code does)."""
        c = self.cumsums(X)
        win = kernel("window_sums") if self.n else None
        out = []
        for k in ks:
            lo, hi, cnt = self.bounds(k)
            if win is not None:           # compiled: the same float64 operations
                w = np.empty((self.n, c[0].size))
                win(c.reshape(len(c), -1), lo, hi, cnt, w)
                out.append(w.reshape(X.shape))
            else:
                out.append((c[hi] - c[lo]) / (cnt if X.ndim == 1 else cnt[:, None]))
        return out

    def max_before(self, p: np.ndarray) -> np.ndarray:
        """The largest p on the same page above each line (0.0 for a page's first line);
        float64 holding float32 values exactly (pages offset by 2 so maxima stay apart)."""
        if not self.n:
            return np.zeros(0)
        if self.one:
            return np.concatenate([[0.0], np.maximum.accumulate(p)[:-1]])
        v = p.astype(np.float64) + 2.0 * self.pid
        acc = np.maximum.accumulate(v) - 2.0 * self.pid
        return np.where(self.local > 0, np.concatenate([[0.0], acc[:-1]]), 0.0)

    def max_after(self, p: np.ndarray) -> np.ndarray:
        """The largest p on the same page below each line (0.0 for a page's last line)."""
        if not self.n:
            return np.zeros(0)
        if self.one:
            return np.concatenate([np.maximum.accumulate(p[::-1])[::-1][1:], [0.0]])
        off = 2.0 * (self.pages - self.pid)
        v = p.astype(np.float64) + off
        acc = np.maximum.accumulate(v[::-1])[::-1] - off
        return np.where(self.idx < self.end - 1, np.concatenate([acc[1:], [0.0]]), 0.0)

    def count_before(self, hit: np.ndarray) -> np.ndarray:
        """How many lines above each line on its page have `hit`."""
        c = np.zeros(self.n + 1, dtype=np.int64)
        np.cumsum(hit, out=c[1:])
        return c[self.idx] - c[self.start]

    def rank_desc(self, x: np.ndarray) -> np.ndarray:
        """Each line's rank on its page by x, largest first, ties in page order (as a
        stable argsort of -x)."""
        if self.one:
            order = np.argsort(-x, kind="stable")
            rank = np.empty(self.n, dtype=np.intp)
            rank[order] = self.idx
            return rank
        order = np.lexsort((-x, self.pid))
        rank = np.empty(self.n, dtype=np.intp)
        rank[order] = self.idx - self.start[order]
        return rank

    def dup_counts(self, h: np.ndarray) -> np.ndarray:
        """How many lines of the same page share each line's hash (itself included)."""
        if not self.n:
            return np.zeros(0, dtype=np.int64)
        if self.one:
            _, inv, cnt = np.unique(h, return_inverse=True, return_counts=True)
            return cnt[inv]
        # lines in page order: a stable sort by hash alone leaves each hash's lines in page
        # order, so a page's equal hashes stay together (one key sorts faster than two)
        order = np.argsort(h, kind="stable")
        hs, ps = h[order], self.pid[order]
        new = np.ones(self.n, dtype=bool)
        new[1:] = (hs[1:] != hs[:-1]) | (ps[1:] != ps[:-1])
        run = np.cumsum(new) - 1
        size = np.bincount(run)
        out = np.empty(self.n, dtype=np.int64)
        out[order] = size[run]
        return out


@contextmanager
def no_cycle_collection():
    """The cycle collector paused while pages are cleaned. Why: a page makes a few objects
    per line (blocks, their pieces, segments), none in a reference cycle, all freed by
    reference counting; yet every ~700 of them start a collection pass, and the passes
    that reach the old generation walk every object of the process (the model, numba,
    spaCy): 5% of the cleaner's time on AEB-plain, 10-15% on WCXB-plain. Paused, the
    survivors are collected once, after the call. (It stays off if the caller had it
    off.)"""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
