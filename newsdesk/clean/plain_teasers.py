"""Stage-2 features for lists of teasers and comment threads around an article.

After (or around) an article, pages list related stories as repeated small units: a
headline (short, no closing stop, often in Title Case), sometimes an author or time line,
then a one-sentence teaser; comment threads repeat (name, "2 days ago", reply). Each unit
reads like body on its own, so the line model needs the *local structure*: how many lines
nearby are headline-shaped or single sentences, how often a headline is followed by a
teaser sentence, whether line lengths alternate with a period of two or three, and how much
of the page's multi-sentence prose lies before and after the line (a teaser list follows
the article). WCXB dev article pages carry such lists outside their gold body while its
listing pages mark them as body, so the trees learn when the structure means furniture.
Prose here is a paragraph ending like a sentence, of two sentences or more or of 30+
words (wire copy runs one sentence a paragraph), and a headline does not end in a
separator: else a caption trailing its credit ("... [Photo/Agencies] |") or a link-bar item
("Ukraine crisis |") above a news story reads as its first paragraph or a teaser headline
(and the header lines above the story's real first paragraph stay kept).
All numpy over the page, or over a batch of pages (`plain_fast.Segs`): every column stays
inside its page, so a batch gives each page exactly its own rows.
"""
from __future__ import annotations

import numpy as np

NAMES = ("head_caps", "heading", "sent1", "heading_w4", "sent1_w4", "prose_w4", "teaser_w4",
         "dateish_w4", "alt2_w4", "alt3_w4", "teaser_w10", "prose_before", "prose_after")
HEAD_TOKENS = 8                 # Title Case is read on the line's first words
TERM, SENT, DATEISH = 2, 7, 14  # `lines.FEATURES` columns read here
LENGTH_EDGES = np.array([1, 4, 9, 21, 51])      # length classes (as `plain_text`)


def head_caps(pg) -> np.ndarray:
    """Share of the line's first HEAD_TOKENS words that start with a capital: a headline
    merged with its teaser ("Ford Recalls F-150s; Loose Cable ... Ford is recalling ...")
    opens with a long capitalised run, a news paragraph with one or two names."""
    n = len(pg.nw)
    if pg.tok_up is None or not len(pg.tok_up):
        return np.zeros(n, dtype=np.float32)
    cs = np.zeros(len(pg.tok_up) + 1, dtype=np.int64)
    np.cumsum(pg.tok_up, out=cs[1:])
    k = np.minimum(pg.nw, HEAD_TOKENS)
    first = np.minimum(pg.first, len(pg.tok_up))
    return ((cs[first + k] - cs[first]) / np.maximum(k, 1)).astype(np.float32)


def link_end(pg) -> np.ndarray:
    """Does the line end in a separator ("Ukraine crisis |", "More news »")? Such a line is
    one item of a link bar or a caption with its credit cut off, never a headline of a
    teaser unit, however headline-shaped its words are."""
    from .plain_page import tables
    return tables()["sep"].take(pg.char["end"][0])


def teaser_features(F: np.ndarray, pg, segs=None) -> np.ndarray:
    """One row of NAMES per line, from the surface features F (`lines.line_features`) and
    the page arrays `pg`."""
    from .plain_fast import Segs
    n = len(F)
    out = np.zeros((n, len(NAMES)), dtype=np.float32)
    if not n:
        return out
    segs = segs if segs is not None else Segs([n])
    nw = pg.nw
    term = F[:, TERM] > 0
    breaks = F[:, SENT] - term                     # sentence breaks inside the line
    link = link_end(pg)
    heading = (nw >= 3) & (nw <= 16) & ~term & ~link
    sent1 = (breaks <= 0) & (nw >= 8) & (nw <= 50)
    prose = term & (((breaks >= 1) & (nw >= 20)) | (nw >= 30))
    # a teaser unit starts here: a headline, then (maybe after a short author or time
    # line) one sentence
    gap = (nw <= 4) | (F[:, DATEISH] > 0)
    start = heading & (segs.shift(sent1, -1, False) | (segs.shift(gap, -1, False)
                                                       & segs.shift(sent1, -2, False)))
    lc = np.searchsorted(LENGTH_EDGES, nw, side="right")
    prev = segs.shift(lc, 1, -1)
    alt2 = (lc == segs.shift(lc, 2, -2)) & (lc != prev)
    alt3 = (lc == segs.shift(lc, 3, -3)) & (lc != prev)
    out[:, 0] = head_caps(pg)
    out[:, 1] = heading
    out[:, 2] = sent1
    X = np.empty((n, 8))
    for j, col in enumerate((heading, sent1, prose, start, F[:, DATEISH] > 0, alt2, alt3)):
        X[:, j] = col
    np.multiply(prose, nw, out=X[:, 7])
    c = segs.cumsums(X)                  # one pass; page j's sums start at row off[j] + j
    lo, hi, cnt = segs.bounds(4)
    out[:, 3:10] = (c[hi, :7] - c[lo, :7]) / cnt[:, None]
    lo, hi, cnt = segs.bounds(10)
    out[:, 10] = (c[hi, 3] - c[lo, 3]) / cnt
    out[:, 11:13] = _share_around(c[:, 7], segs)
    return out


def _share_around(c: np.ndarray, segs) -> np.ndarray:
    """The share of the page's total that lies before each line, and after it, from the
    per-page cumulative sums `c` (`Segs.cumsums`)."""
    here = segs.idx + segs.pid
    lo, hi = c[segs.start + segs.pid], c[segs.end + segs.pid]
    total = np.where(hi > lo, hi - lo, 1.0)
    return np.column_stack([(c[here] - lo) / total, (hi - c[here + 1]) / total])
