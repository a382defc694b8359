"""Fast paths of the plain cleaner's rule stage (`plain._finish`), exact by construction.

Why: after the model, the line rules (`plain._rule_drop`, `plain._dateline_only`) were
tried on every kept line of <= 60 words, each a handful of string tests and regexes in
Python. `may_drop` says, from arrays the model stage already has (one pass over a whole
batch of pages), on which lines a rule *could* fire, so the rules run on those only. And
the body's segments (one per raw line) are built with C-level maps in the usual case of one
raw line a block.
"""
from __future__ import annotations

from itertools import accumulate, repeat
from operator import add, methodcaller

import numpy as np

from ..model import Segment

# flattened photo and player chrome a line may open with (`plain._rule_drop`)
CHROME = ("Image copyright", "Image caption", "Media playback", "Skip in Skip")
_CHROME, _SHARE = methodcaller("startswith", CHROME), methodcaller("find", "SHARE COPY LINK", 0, 20)
_MARKUP = methodcaller("__contains__", "<")
# The only characters that match an ASCII letter under re.I without being one (i, i, s, k):
# a lexicon word spelt with one is no token of its class, so such lines are always tried.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def may_drop(pg, F: np.ndarray, texts: list[str] | None = None) -> np.ndarray:
    """False only where neither `_rule_drop` nor `_dateline_only` can fire: furniture,
    credits and agency words (`line_features`' flags and classes); READ_MORE and PUBLISHED
    need a lexicon word (read, click, watch, more; published, posted...), which is a token
    of that class (`_FOLDS_TO_ASCII` aside); dates need <= 12 words; chrome and markup are
    string tests, made line by line only when the page (or batch: `pg` may be a joint
    page, `texts` its blocks' texts) holds them at all."""
    from . import plain_page as P
    nw = pg.nw
    texts = pg.texts if texts is None else texts
    n = len(nw)
    out = (nw <= 12) | (F[:, 16] > 0) | (F[:, 11] > 0) | (F[:, 12] > 0)
    out |= (pg.cls_any & P.CREDIT_W) > 0
    out |= (nw <= 25) & ((pg.cls_any & P.LEX) > 0)
    out |= (nw <= 16) & ((pg.first_cls & P.PUB_FIRST) > 0)
    joined = "\n".join(texts)
    if any(c[:7] in joined for c in CHROME):
        out |= np.fromiter(map(_CHROME, texts), dtype=bool, count=n)
    if "SHARE COPY LINK" in joined:
        out |= np.fromiter(map(_SHARE, texts), dtype=np.int64, count=n) >= 0
    if "<" in joined:
        out |= (nw <= 25) & np.fromiter(map(_MARKUP, texts), dtype=bool, count=n)
    for ch in _FOLDS_TO_ASCII:
        if ch in joined:
            out |= np.fromiter(map(methodcaller("__contains__", ch), texts), dtype=bool,
                               count=n)
    return out


def segments(kept: list) -> list[Segment]:
    """The segments of a body made of the blocks `kept` joined by blank lines: one per raw
    line, the pieces of a block one character apart."""
    if [len(b.pieces) for b in kept].count(1) == len(kept):
        # one raw line a block (nearly always): blocks are 2 characters apart
        raws, lens = [b.pieces[0][0] for b in kept], [b.pieces[0][1] for b in kept]
        return list(map(Segment, accumulate(map(add, lens, repeat(2)), initial=0), raws, lens))
    segs = []
    pos = 0
    for k, b in enumerate(kept):
        if k:
            pos += 2
        for j, (rs, rn) in enumerate(b.pieces):
            if j:
                pos += 1
            segs.append(Segment(pos, rs, rn))
            pos += rn
    return segs
