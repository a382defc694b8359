"""Lines of scraped text -> blocks (paragraph candidates) -> surface features.

The trained plain-text cleaner classifies *blocks*: one raw line each, except in hard-wrapped
text (lines cut at ~70 characters), where wrapped lines are rejoined so the classifier sees a
paragraph, not a fragment. Every block remembers the raw extent of each of its lines, so the
body can be mapped back to the raw input (one Segment per raw line).

Features are cheap, page-independent shapes (length, punctuation, capitalisation, lexicon
hits, position, neighbours' lengths) so that a model trained on flattened WCXB pages
transfers to any scraped text. They are computed for the whole page at once from the arrays
of `plain_page`; the regexes below run only on lines whose first word or lexicon classes say
they could match (exactly: a prefilter never hides a match). The word-level text model and
the tree ensembles live in `plain.py`; this module only measures.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from operator import and_, attrgetter, itemgetter

import numpy as np

WORD = re.compile(r"\w+", re.UNICODE)
TERMINAL = tuple('.!?"\u201d\u2019\')\u2026')
_TERMINAL_SET = frozenset(TERMINAL)
_TEXT, _BLANK = attrgetter("text"), attrgetter("blank_before")
WRAP_OPEN = tuple(',;-\u2013\u2014')

# Boilerplate phrases that mark page furniture far more often than prose (the headline
# test of meta_text; the model's lexicon feature counts `plain_page.CLASS_WORDS[LEX]`).
LEXICON = re.compile(
    r"\b(advertisement|advertising|sponsored|subscribe|subscription|newsletter|sign (in|up)|"
    r"log ?in|register|cookies?|privacy|terms of (use|service)|copyright|all rights reserved|"
    r"share (this|on)|follow us|facebook|twitter|whatsapp|linkedin|pinterest|instagram|email|"
    r"print|comments?|read more|more from|related|recommended|most (read|popular|viewed)|"
    r"trending|click here|watch|video|photo|image|gallery|getty|credit|caption|"
    r"previous|next|back to top|home|menu|search|skip to|loading|download|app|"
    r"min(ute)? read|updated|published|posted|years? old|tags?|topics?|categor(y|ies))\b",
    re.I)
# Lines dropped whatever the model says: furniture that no article body states as such.
HARD_DROP = re.compile(
    r"^\W*(advertisement|hide ad|ad|sponsored( content)?|story continues below|"
    r"this (story|article|post) is (over|more than) \w+ years? old\W*|"
    r"read more( here)?\W*|click here\W*|(show|load|see) more( comments)?|"
    r"(share|tweet|email|print)( this( story| article)?)?( on \w+)?|"
    r"(\d+ )?comments?|leave a (comment|reply)|skip to (main )?content|back to top|"
    r"related( stories| articles| coverage| content| links| posts)?:?|"
    r"(photo|image|picture|file photo|video)( via| by| credit)?:? [\w .,/&-]{0,40}|"
    r"\d+ min(ute)? read|(most )?(popular|read|viewed|shared)( now| stories| articles)?|"
    r"follow us( on \w+)?|sign (in|up)|subscribe( now)?|all rights reserved\W*)\W*$",
    re.I)
BYLINE = re.compile(r"^\s*(by|words by|written by|reporting by)\s+[A-Z\u00C0-\u024F]", re.I)
CREDIT = re.compile(
    r"(\((Getty|AP|AFP|Reuters|EPA|Xinhua|Screen ?Grab|Photo|File)[^)]{0,40}\)\s*$|"
    r"^\s*(AP|AFP|Reuters|EPA|Getty Images|Associated Press)( photo)?\s*$|"
    r"\b(REUTERS|AFP|EPA|AP)/[A-Z]|\|\s*(Reuters|AP|AFP|Getty Images|EPA)\s*$|"
    r"^(photo|image|picture|credit)s?\s*(via|by|:|/)|\bPhoto: )", re.I)
# Short lines that open a page's comments or its teaser lists: what follows them is seldom body.
COMMENTS_MARK = re.compile(
    r"^\W*((\d+ )?(comments?|responses?|replies|reactions)( \(\d+\))?|"
    r"(leave|post|add|write) a (comment|reply|response)|join the (conversation|discussion)|"
    r"comments are closed|(show|view|read|see) (all )?(\d+ )?comments|"
    r"(\d+ |one )?thoughts? on\b.*|what do you think\??|have your say|discussion|"
    r"reply( to (comment|this( comment)?))?|[\w .'-]{1,40} (says|wrote|writes|replied))\W*$",
    re.I)
RELATED_MARK = re.compile(
    r"^\W*(related( \w+)?|more (from|on|in|about|stories|news)\b.{0,40}|"
    r"you (may|might) (also )?(like|enjoy)|recommended( for you| stories| reading| articles)?|"
    r"read (next|also)|also read|see also|further reading|what to read next|more stories|"
    r"latest( news| stories| articles)?|most (read|popular|viewed|shared)|trending( now)?|"
    r"top stories|editor'?s'? picks|popular (now|stories|articles))\W*$", re.I)
DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'-]{1,40}(,\s*[A-Za-z .'-]{2,30})?\s*(\([A-Za-z. ]{2,30}\)\s*)?"
    r"(\u2014|\u2013|--| - |-\s)")


@dataclass
class Block:
    """A paragraph candidate: its text (wrapped lines joined by one space) and the raw
    (start, length) of every line it was made from."""
    text: str
    pieces: list[tuple[int, int]] = field(default_factory=list)
    blank_before: bool = False
    nw: int = -1                  # word count, filled by line_features
    furniture: bool | None = None  # short HARD_DROP or BYLINE line (line_features)
    credit: bool | None = None     # CREDIT matches (line_features: on lines <= 25 words)
    agency: bool = True            # could AGENCY_CREDIT match (an agency or photo word)?


def _line_table(raw: str, start: int = 0):
    """The non-blank lines, stripped of edge whitespace: their texts, raw starts and lengths
    (arrays) and blank-before flags, from C-level string methods over all lines (a stripped
    line is exactly raw[start:start + length])."""
    lines = raw[start:].split("\n")
    m = len(lines)
    stripped = list(map(str.strip, lines))
    size = np.fromiter(map(len, lines), dtype=np.int64, count=m)
    kept = np.fromiter(map(len, stripped), dtype=np.int64, count=m)
    lead = size - np.fromiter(map(len, map(str.lstrip, lines)), dtype=np.int64, count=m)
    pos = start + np.cumsum(size + 1) - size - 1 + lead
    blank = np.zeros(m, dtype=bool)
    blank[1:] = kept[:-1] == 0
    idx = np.flatnonzero(kept)
    return list(filter(None, stripped)), pos[idx], kept[idx], blank[idx].tolist()


def _raw_lines(raw: str, start: int = 0) -> list[tuple[int, int, bool]]:
    """(start, length, blank_before) of every non-blank line, stripped of edge whitespace
    (C-level string methods over all lines, no per-line Python)."""
    _, pos, n, blank = _line_table(raw, start)
    return list(zip(pos.tolist(), n.tolist(), blank))


def wrap_width(lengths: list[int]) -> int:
    """The hard-wrap column of a text, or 0 when the text is not hard-wrapped: most lines
    end within a few characters of one width between 50 and 100."""
    return _wrap_width(np.asarray(lengths, dtype=np.int64))


def _wrap_width(lengths: np.ndarray) -> int:
    if len(lengths) < 6:
        return 0
    w = int(np.sort(lengths)[int(0.85 * (len(lengths) - 1))])
    if not 45 <= w <= 100:
        return 0
    near = np.count_nonzero((lengths >= w - 14) & (lengths <= w + 3))
    return w if near >= 0.55 * len(lengths) else 0


def split_blocks(raw: str, start: int = 0) -> list[Block]:
    """Raw text -> blocks; hard-wrapped lines are rejoined into paragraphs (a line that runs
    close to the wrap column and ends without sentence punctuation continues on the next)."""
    texts, pos, size, blank = _line_table(raw, start)
    width = _wrap_width(size)
    pieces = list(zip(pos.tolist(), size.tolist()))
    if not width:
        # no line ending in lowercase followed by one starting in lowercase: one block a line
        ends_low = list(map(str.islower, map(itemgetter(-1), texts)))
        starts_low = list(map(str.islower, map(itemgetter(0), texts)))
        if not any(map(and_, ends_low[:-1], starts_low[1:])):
            return list(map(Block, texts, map(list, zip(pieces)), blank))
    blocks: list[Block] = []
    joinable = False
    for text, (s, n), bl in zip(texts, pieces, blank):
        if blocks and not bl and (joinable or (
                text[:1].islower() and text[1:2].islower() and blocks[-1].text[-1:].islower()
                and blocks[-1].text.count(" ") >= 4)):
            b = blocks[-1]
            b.text += " " + text
            b.pieces.append((s, n))
        else:
            blocks.append(Block(text, [(s, n)], bl))
        joinable = bool(width) and n >= 0.6 * width and not text.endswith(TERMINAL)
    return blocks


def norm_line(text: str) -> str:
    """Normalised form used for repetition and recurring-line hashing."""
    return " ".join(WORD.findall(text.lower()))


FEATURES = (
    "logw", "logc", "term", "colon_end", "cap_ratio", "digit_ratio", "comma_rate",
    "sent_count", "sep_rate", "url", "bullet", "byline", "credit", "dateline", "dateish",
    "lex", "hard", "all_caps", "first_upper", "quote", "pos", "mass_before", "mass_after",
    "w_prev", "w_next", "w_prev2", "w_next2", "mean_w5", "mean_w15", "long_dens5",
    "long_dens15", "term_dens5", "dup", "blank_before", "short_run", "avg_word_len",
    "lex_dens5", "rank_len", "after_comments", "after_related",
)


# DATELINE consumes only these characters before its dash: it cannot match unless a dash
# comes before the first character outside them (or is that character).
_NOT_DATELINE = re.compile(r"[^A-Za-z .'\-,()\s]")


def _dash_early(t: str) -> bool:
    """False only where DATELINE cannot match (see _NOT_DATELINE); cheaper than trying it."""
    m = _NOT_DATELINE.search(t)
    if m is None:
        return "-" in t
    d = m.start()
    return "-" in t[:d] or t[d] in "\u2013\u2014"


def _exact(rx, texts: list[str], cand: np.ndarray, search: bool = False,
           pre=None) -> np.ndarray:
    """rx.match (or .search) on the candidate lines only; False elsewhere. `pre`: a cheaper
    test that is False only where rx cannot match, tried first."""
    out = np.zeros(len(texts), dtype=bool)
    idx = np.asarray(cand).ravel().nonzero()[0].tolist()
    if pre is not None:
        idx = [i for i in idx if pre(texts[i])]
    if idx:
        fn = rx.search if search else rx.match
        out[idx] = [fn(texts[i]) is not None for i in idx]
    return out


def line_features(blocks: list[Block], extra_dup: list[int] | None = None,
                  pg=None) -> np.ndarray:
    """One row of FEATURES per block (float32), from the page's arrays (`plain_page`);
    fills each block's word count and furniture / credit / agency flags."""
    from . import plain_page as P
    n = len(blocks)
    F = np.zeros((n, len(FEATURES)), dtype=np.float32)
    if not n:
        return F
    texts = list(map(_TEXT, blocks))
    if pg is None:
        pg = P.page(texts)
    c = pg.char
    nw, nc = pg.nw, pg.nc
    T = P.tables()
    words = nw.astype(np.float32)
    short = nw <= 15
    last = [t[-1:] for t in texts]                 # endswith() of one-character suffixes
    term = np.fromiter(map(_TERMINAL_SET.__contains__, last), dtype=bool, count=n)
    first, fcls, anyc = c["first"], pg.first_cls, pg.cls_any
    upper_first = (first >= 65) & (first <= 90)
    hard = _exact(HARD_DROP, texts, short & (((fcls & P.HARD_FIRST) > 0) | T["digit"][first]))
    byline = _exact(BYLINE, texts, short & ((fcls & P.BYLINE_FIRST) > 0))
    credit = _exact(CREDIT, texts, (nw <= 25) & (((anyc & P.CREDIT_W) > 0) | (c["paren"] > 0)),
                    search=True)
    dateline = _exact(DATELINE, texts, upper_first & (c["dash"] > 0), pre=_dash_early)
    furn = (hard | byline).tolist()
    for b, m, f, cr, ag in zip(blocks, nw.tolist(), furn, credit.tolist(),
                               ((anyc & P.CREDIT_W) > 0).tolist()):
        b.nw, b.furniture, b.credit, b.agency = m, f, cr, ag
    inv = 1.0 / np.maximum(words, 1)
    inv1 = 1.0 / (words + 1)
    F[:, 0] = np.log1p(words)
    F[:, 1] = np.log1p(nc)
    F[:, 2] = term
    F[:, 3] = np.fromiter(map(":".__eq__, last), dtype=bool, count=n)
    F[:, 4] = c["caps"] * inv
    F[:, 5] = c["digits"] * inv
    F[:, 6] = c["comma"] * inv1
    F[:, 7] = np.minimum(c["breaks"] + term, 10)
    F[:, 8] = c["sep"] * inv1
    F[:, 9] = (anyc & P.URL_W) > 0
    F[:, 10] = T["bullet"][first] | (T["digit"][first] & (
        (nc == 1) | T["digit"][c["second"]] | (c["second"] == 46) | (c["second"] == 41)))
    F[:, 11] = byline
    F[:, 12] = credit
    F[:, 13] = dateline
    F[:, 14] = (nw <= 12) & (c["digits"] > 0) & (((anyc & (P.MONTH | P.AGO)) > 0)
                                                  | (c["digits"] >= 3))
    F[:, 15] = np.where(nw <= 30, pg.lex * inv1, 0.0)
    F[:, 16] = hard
    F[:, 17] = (nc > 3) & np.fromiter(map(str.isupper, texts), dtype=bool, count=n)
    F[:, 18] = T["upper"][first]
    F[:, 19] = T["quote"][first]
    F[:, 33] = list(map(_BLANK, blocks))
    F[:, 35] = c["wchars"] * inv
    hs = pg.line_h.tolist()
    cnt = np.fromiter(map(Counter(hs).__getitem__, hs), dtype=np.int64, count=n)
    F[:, 32] = np.where(nw > 0, np.minimum(cnt - 1, 3), 3)
    if extra_dup is not None:
        F[:, 32] += np.asarray(extra_dup, dtype=np.float32) * 2
    F[:, 20] = np.arange(n) / max(n - 1, 1)
    cum = np.cumsum(words)
    total = cum[-1] or 1.0
    F[:, 21] = (cum - words) / total
    F[:, 22] = (total - cum) / total
    lw = F[:, 0]
    pad = np.concatenate([[0, 0], lw, [0, 0]])
    F[:, 23], F[:, 24] = pad[1:n + 1], pad[3:n + 3]
    F[:, 25], F[:, 26] = pad[0:n], pad[4:n + 4]
    # window means of five columns from one cumulative sum (float64, as `_window_means`)
    X = np.empty((n, 5))
    X[:, 0], X[:, 1], X[:, 2], X[:, 3], X[:, 4] = lw, words >= 15, F[:, 2], F[:, 15], words <= 4
    cs = np.zeros((n + 1, 5))
    np.cumsum(X, axis=0, out=cs[1:])
    F[:, [27, 29, 31, 36]] = _windows(cs, 2)[:, :4]
    F[:, [28, 30]] = _windows(cs, 7)[:, :2]
    F[:, 34] = _windows(cs, 3)[:, 4]
    mark = (nw <= 8) & (((fcls & P.MARK_FIRST) > 0) | ((anyc & P.SAYS) > 0))
    for col, rx in ((38, COMMENTS_MARK), (39, RELATED_MARK)):
        hit = _exact(rx, texts, mark)
        F[1:, col] = np.maximum.accumulate(hit[:-1])        # a marker above this line
    order = np.argsort(-words, kind="stable")
    rank = np.empty(n, dtype=np.float32)
    rank[order] = np.arange(n)
    F[:, 37] = np.log1p(rank)
    return F


def _windows(cs: np.ndarray, k: int) -> np.ndarray:
    """Window means over [i-k, i+k] from the columns' cumulative sums `cs` (n + 1 rows)."""
    lo, hi, cnt = _bounds(len(cs) - 1, k)
    return (cs[hi] - cs[lo]) / cnt[:, None]


def _window_means(X: np.ndarray, k: int) -> np.ndarray:
    """`_window_mean` of every column of X at once."""
    n = len(X)
    c = np.zeros((n + 1, X.shape[1]))
    np.cumsum(X, axis=0, dtype=np.float64, out=c[1:])
    lo, hi, cnt = _bounds(n, k)
    return ((c[hi] - c[lo]) / cnt[:, None]).astype(np.float32)


def _window_mean(x: np.ndarray, k: int) -> np.ndarray:
    """Mean of x over [i-k, i+k], clipped at the edges (cumulative sums: O(n))."""
    n = len(x)
    c = np.concatenate([[0.0], np.cumsum(x, dtype=np.float64)])
    lo, hi, cnt = _bounds(n, k)
    return ((c[hi] - c[lo]) / cnt).astype(np.float32)


_BOUNDS: dict[tuple[int, int], tuple[np.ndarray, np.ndarray, np.ndarray]] = {}


def _bounds(n: int, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Window edges and sizes for n lines and half-width k (a page asks for the same few
    several times; a bounded cache)."""
    b = _BOUNDS.get((n, k))
    if b is None:
        if len(_BOUNDS) > 256:
            _BOUNDS.clear()
        idx = np.arange(n)
        lo, hi = np.maximum(idx - k, 0), np.minimum(idx + k + 1, n)
        b = _BOUNDS[(n, k)] = (lo, hi, hi - lo)
    return b


# Rule-only patterns (not model features, so changing them needs no retraining).
AGENCY_CREDIT = re.compile(
    r"^[A-Z][\w.'\u2019 -]{2,50}(,|\||~|/)\s*(the )?(Associated Press|AP|Reuters|AFP|Getty Images|"
    r"EPA|Xinhua|Bloomberg|AAP|PA|dpa|Shutterstock|Sipa|NurPhoto|Anadolu( Agency)?)"
    r"( (via )?Getty Images| Photo| Images)?\s*$|"
    r"\b(Credit|Photograph|Photo|Picture|Image)s?: [A-Z][^.]{0,60}$|"
    r"\b(REUTERS|AFP|EPA|AP)\s?/\s?[A-Z][\w /-]{0,60}$|"
    r"^\((PA|AP|AFP|EPA|Reuters|Getty|Getty Images)( [A-Z]\w+)*\)$")
MARKUP = re.compile(r"<a\s+href|</a>|<img\s|<iframe|<script|<div\s", re.I)


def sentence_end(text: str) -> bool:
    """Ends like a sentence (closing quotes and brackets aside)."""
    return text.rstrip("\"'\u201d\u2019) ").endswith((".", "!", "?", "\u2026"))
