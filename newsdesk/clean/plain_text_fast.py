"""The stage-1 word model and the text model (`plain_text`) evaluated from per-bucket tables.

Why: `plain_text.text_features` re-hashes every (line, bucket) pair once per salt (its own
length class, four neighbour offsets) on every page, and stage 1 gathers the same buckets
again: about a fifth of the cleaner's time. A salted bucket depends only on (bucket, salt),
and the salts are few, so each model's weight of every (bucket, salt) is looked up once per
loaded model into one table row per bucket (12 float32: stage-1 weight, text weight, the
neighbour weights at -1, +1, -2, +2, the text weight conjoined with length class 0..5). A
batch then costs one gather of 48-byte rows per pair and a few bincounts; the shape tokens
(five per line) use small tables too, except the widest, which is hashed as before.

Every term is the same float32 product as in `plain_text.text_scores` and `plain.word_scores`;
only the order in which the float64 sums add them differs (sums of float32 terms in float64
are exact unless their magnitudes span more than 2**29, so scores match to the bit in
practice and never move a decision). `plain_text` stays the reference that training reads;
tests/clean/test_plain_fast_speed.py compares the two on real pages, so a change to the
text model's features must change both.
"""
from __future__ import annotations

import numpy as np

from . import plain_page as P
from .plain_fast import Segs
from .plain_fast_jit import kernel
from . import plain_text as PT

U64 = np.uint64
OFFSETS = (-1, 1, -2, 2)                  # neighbour columns 2..5, in this order
LEN_COL = 6                               # columns 6..11: text weight by length class
COLS = LEN_COL + 6
SHAPE_SIZES = (37, 37 * 64, 37 * 64, 37 * 64 * 64)   # shape tokens 0..3 (codes 0..36)
_CACHE: list = []                         # [(stage-1 w, text w, bucket table, shape tables)]


def tables(w: np.ndarray, tw: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """The bucket table and the shape-token tables of a (stage-1 weights, text weights)
    pair, built once per pair of arrays (~30 ms; training swaps models, so keyed by
    identity)."""
    for hit in _CACHE:
        if hit[0] is w and hit[1] is tw:
            return hit[2], hit[3]
    c = np.arange(P.NB, dtype=U64)
    T = np.empty((P.NB, COLS), dtype=np.float32)
    T[:, 0], T[:, 1] = w, tw
    for j, d in enumerate(OFFSETS):
        T[:, 2 + j] = tw[PT._salted(c, PT.SALT_NB[d])]
    for lc in range(6):
        T[:, LEN_COL + lc] = tw[PT._salted(c, PT.SALT_LEN + U64(lc))]
    shape = [tw[PT._salted(np.arange(size, dtype=np.int64), PT.SALT_SHAPE + U64(k))]
             for k, size in enumerate(SHAPE_SIZES)]
    _CACHE[:] = _CACHE[-1:] + [(w, tw, T, shape)]      # the last two pairs stay
    return T, shape


def scores(pg, w: np.ndarray, bias: float, tw: np.ndarray, tbias: float,
           segs=None) -> tuple[np.ndarray, np.ndarray]:
    """(stage-1 word score, text-model logit) of every line of `pg` (a page, or a batch of
    pages described by `segs`), equal to `plain.word_scores` and `plain_text.text_scores`."""
    n = len(pg.nw)
    rows, cols, count = P.word_features(pg)
    T, shape = tables(w, tw)
    inv = (1.0 / np.sqrt(np.maximum(count, 1))).astype(np.float32)
    lc = PT.length_class(pg.nw)
    m = len(rows)
    # neighbours: line i reads line i + d (all pairs at +-1, first/last markers at +-2;
    # `word_features` lists unigrams, bigrams, first, last markers, <short>, <empty>)
    has = pg.nw > 0
    nh = int(np.count_nonzero(has))
    edge = m - 2 * nh - int(np.count_nonzero(has & (pg.nw <= 3))) - (n - nh)
    sh = (segs if segs is not None else Segs([n])).shift
    sums = kernel("word_sums")
    if sums is not None and m:           # compiled: the bincounts' sums in one pass
        v = np.stack([(PT.NB_WEIGHT[d] * inv).astype(np.float32) for d in OFFSETS])
        s, t, src = sums(rows, cols, T, inv, lc, v, edge, nh, n)
        s = (bias + s / np.sqrt(np.maximum(count, 1))).astype(np.float32)
        for j, d in enumerate(OFFSETS):
            t += sh(src[j], -d, 0.0)
    else:
        G = T.take(cols, axis=0)
        s = np.bincount(rows, weights=G[:, 0], minlength=n)[:n]
        s = (bias + s / np.sqrt(np.maximum(count, 1))).astype(np.float32)
        ir = inv.take(rows)
        own = (G[:, 1] * ir).astype(np.float64)
        own += G.ravel().take(np.arange(m) * COLS + LEN_COL + lc.take(rows)) * ir
        t = np.bincount(rows, weights=own, minlength=n)[:n]
        for j, d in enumerate(OFFSETS):
            v = (PT.NB_WEIGHT[d] * inv).astype(np.float32)
            if abs(d) == 1:
                r, g = rows, G[:, 2 + j]
            else:
                r, g = rows[edge:edge + 2 * nh], G[edge:edge + 2 * nh, 2 + j]
            src = np.bincount(r, weights=g * v.take(r), minlength=n)[:n]
            t += sh(src, -d, 0.0)
    # shape tokens: (length class, ending) of the line and of its neighbours
    code = lc * 6 + PT._ending(pg) + 1
    prev, nxt, prev2, nxt2 = (PT._shift(code, d, segs) for d in (1, -1, 2, -2))
    pair = code * 64 + prev
    three = pair * 64 + nxt
    for k, tok in enumerate((code, pair, code * 64 + nxt, three)):
        t += shape[k].take(tok) * np.float32(0.5)
    wide = PT._salted(three * 4096 + prev2 * 64 + nxt2, PT.SALT_SHAPE + U64(4))
    t += tw.take(wide) * np.float32(0.5)
    return s, (tbias + t).astype(np.float32)


def columns(pg, m: dict, tm: dict, segs=None) -> tuple[np.ndarray, np.ndarray]:
    """(stage-1 scores, the text model's stage-2 columns `plain_text.NAMES`) of the lines:
    `plain.word_scores` and `plain_text.text_columns` in one pass."""
    s, t = scores(pg, m["words"]["w"], m["words"]["bias"], tm["w"], tm["bias"], segs)
    return s, PT.text_context(t, s, segs)
