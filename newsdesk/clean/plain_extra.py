"""Stage-2 features for prose-like furniture that the surface features of `lines.py` miss.

Teasers of related stories end in an ellipsis (the sentence cut where the card ends), and
come in lists; promos, newsletter pitches and calls to action talk to the reader ("you",
"your", "our"), which reported news seldom does; author bios open with a name and "is a" /
"has been". Each is one cheap vectorised measure over the page (`plain_page` arrays: line
endings, token classes); the bio regex runs only on lines whose first words hold a bio verb.
"""
from __future__ import annotations

import re

import numpy as np

NAMES = ("ellipsis", "ellipsis_dens", "you_rate", "you_dens", "bio", "question")
BIO = re.compile(r"^[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){0,3},? (?:is|was|has been|"
                 r"joined|covers|writes|reports|lives)\b")
DOT, ELLIPSIS, QUESTION = ord("."), 0x2026, ord("?")
CLOSE_QUOTES = (ord('"'), 0x201D)


def extra_features(pg, segs=None) -> np.ndarray:
    """One row of NAMES per line of the page `pg` (a `plain_page.Page`), or of a batch's
    joint page whose pages `segs` (`plain_fast.Segs`) describes: every column is per line
    or a window inside its page, so one pass gives each page exactly its own rows."""
    from . import plain_page as P
    from .lines import _exact
    from .plain_fast import Segs
    from .plain_fast_jit import kernel
    n = len(pg.nw)
    out = np.zeros((n, len(NAMES)), dtype=np.float32)
    if not n:
        return out
    segs = segs if segs is not None else Segs([n])
    e1, e2, e3 = pg.char["end"]
    ell = (e1 == ELLIPSIS) | ((e1 == DOT) & (e2 == DOT) & (e3 == DOT))
    out[:, 0] = ell
    out[:, 1] = segs.window_means(ell.astype(np.float32), (3,))[0]
    cls = pg.tok_cls if pg.tok_cls is not None else P.token_classes(pg.tok_h)
    counts = kernel("class_counts")
    if counts is not None:               # compiled: one pass over the tokens
        you, bio = counts(pg.tok_line, cls, pg.first, n, P.YOU, P.BIO_VERB)
    else:
        rank = np.arange(len(cls)) - pg.first[pg.tok_line]
        you = np.bincount(pg.tok_line, weights=(cls & P.YOU) > 0, minlength=n)[:n]
        bio = np.bincount(pg.tok_line, weights=((cls & P.BIO_VERB) > 0) & (rank <= 8),
                          minlength=n)[:n]
    out[:, 2] = you / np.maximum(pg.nw, 1)
    out[:, 3] = segs.window_means(out[:, 2], (2,))[0]
    first = pg.char["first"]
    cand = (first >= 65) & (first <= 90) & (pg.nw >= 8) & (pg.nw <= 120) & (bio > 0)
    out[:, 4] = _exact(BIO, pg.texts, cand)
    out[:, 5] = (e1 == QUESTION) | (np.isin(e1, CLOSE_QUOTES) & (e2 == QUESTION))
    return out
