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
from collections import deque
from itertools import compress, islice, repeat
from operator import attrgetter, itemgetter

import numpy as np

from .ragged_wrap import ragged_width

WORD = re.compile(r"\w+", re.UNICODE)
TERMINAL = tuple('.!?"\u201d\u2019\')\u2026')
_TERMINAL_TABLE = np.zeros(0x10001, dtype=bool)     # by code point (`plain_page` clips to BMP)
_TERMINAL_TABLE[[ord(ch) for ch in TERMINAL]] = True
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


class Block:
    """A paragraph candidate: its text (wrapped lines joined by one space) and the raw
    (start, length) of every line it was made from (`pieces`). Other fields: `nw` (word
    count, filled by line_features), `furniture` (a short HARD_DROP or BYLINE line),
    `credit` (CREDIT matches, on lines <= 25 words), `agency` (could AGENCY_CREDIT match:
    an agency or photo word), `drop` (`plain._rule_drop`, once a rule asked). Slotted, and
    a one-line block made by `split_blocks` (`_LineBlock`) holds its line's index into the
    page's lists of starts and lengths, its `pieces` list made only if asked: a page makes
    one block a line, and most are never asked."""
    __slots__ = ("text", "blank_before", "nw", "furniture", "credit", "agency", "drop",
                 "_pieces", "_at", "_lines")

    def __init__(self, text: str, pieces: list[tuple[int, int]] | None = None,
                 blank_before: bool = False, nw: int = -1, furniture: bool | None = None,
                 credit: bool | None = None, agency: bool = True, drop: bool | None = None):
        self.text, self.blank_before, self.nw = text, blank_before, nw
        self.furniture, self.credit, self.agency, self.drop = furniture, credit, agency, drop
        self._pieces = [] if pieces is None else pieces

    @property
    def pieces(self) -> list[tuple[int, int]]:
        p = self._pieces
        if p is None:
            starts, lengths = self._lines
            p = self._pieces = [(starts[self._at], lengths[self._at])]
        return p

    @pieces.setter
    def pieces(self, value: list[tuple[int, int]]) -> None:
        self._pieces = value

    def __repr__(self) -> str:
        return f"Block({self.text!r}, {self.pieces!r}, {self.blank_before!r})"


class _LineBlock(Block):
    """One raw line of a page: line `at` of `lines` (its raw starts, its lengths)."""
    __slots__ = ()

    def __init__(self, text: str, at: int, blank_before: bool, lines: tuple):
        self.text, self.blank_before, self.nw = text, blank_before, -1
        self.furniture = self.credit = self.drop = self._pieces = None
        self.agency, self._at, self._lines = True, at, lines


def single_pieces(blocks: list[Block]) -> tuple[list[int], list[int]] | None:
    """The raw starts and lengths of `blocks` when each is one raw line (nearly always),
    read without making their `pieces`; None when a block joins several lines."""
    starts, lengths = [], []
    for b in blocks:
        p = b._pieces
        if p is None:
            s, n = b._lines
            starts.append(s[b._at])
            lengths.append(n[b._at])
        elif len(p) == 1:
            starts.append(p[0][0])
            lengths.append(p[0][1])
        else:
            return None
    return starts, lengths


def _line_table(raw: str, start: int = 0):
    """The non-blank lines, stripped of edge whitespace: their texts, raw starts and lengths
    (arrays) and blank-before flags, from C-level string methods over all lines (a stripped
    line is exactly raw[start:start + length])."""
    lines = raw[start:].split("\n")
    m = len(lines)
    stripped = list(map(str.strip, lines))
    size = np.fromiter(map(len, lines), dtype=np.int64, count=m)
    kept = np.fromiter(map(len, stripped), dtype=np.int64, count=m)
    lead = np.zeros(m, dtype=np.int64)         # leading whitespace (scrapes seldom have any)
    edge = np.flatnonzero(size != kept).tolist()
    if edge:
        lead[edge] = [len(lines[i]) - len(lines[i].lstrip()) for i in edge]
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
    """The column a hard-wrapped page breaks its lines at (0: not hard-wrapped): most lines
    run close to one width. A wide column (100-160, e-mail and print copies) is read on the
    text-like lines (40+ characters) only, as such pages carry short junk lines around."""
    w = _band_width(lengths, 45, 100)
    return w or _band_width(lengths[lengths >= 40], 101, 160)


def _band_width(lengths: np.ndarray, low: int, high: int) -> int:
    if len(lengths) < 6:
        return 0
    w = int(np.sort(lengths)[int(0.85 * (len(lengths) - 1))])
    if not low <= w <= high:
        return 0
    near = np.count_nonzero((lengths >= w - 14) & (lengths <= w + 3))
    return w if near >= 0.55 * len(lengths) else 0


def split_blocks(raw: str, start: int = 0) -> list[Block]:
    """Raw text -> blocks; hard-wrapped lines are rejoined into paragraphs (a line that runs
    close to the wrap column and ends without sentence punctuation continues on the next)."""
    texts, pos, size, blank = _line_table(raw, start)
    width = _wrap_width(size) or ragged_width(texts, size)
    if not width:
        # one block a line, except a line that starts in lowercase right after one ending
        # in lowercase (a sentence broken in two): it joins that block when the block reads
        # as text (>= 4 spaces; a block that has joined a line already has them)
        table = (pos.tolist(), size.tolist())
        blocks = list(map(_LineBlock, texts, range(len(texts)), blank, repeat(table)))
        joined: set[int] = set()
        # (lines opening in lowercase are few: the line before is read only for those)
        for i in compress(range(1, len(texts)),
                          map(str.islower, map(itemgetter(0), islice(texts, 1, None)))):
            if texts[i - 1][-1].islower() and not blank[i] and texts[i][1:2].islower() and (
                    i - 1 in joined or texts[i - 1].count(" ") >= 4):
                joined.add(i)
        if not joined:
            return blocks
        head = 0
        for i in sorted(joined):
            if i - 1 not in joined:
                head = i - 1
            b = blocks[head]
            b.text += " " + texts[i]
            b.pieces.append((table[0][i], table[1][i]))
        return [b for i, b in enumerate(blocks) if i not in joined]
    blocks = []
    joinable = False
    for text, s, n, bl in zip(texts, pos.tolist(), size.tolist(), blank):
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
    """False only where DATELINE cannot match (see _NOT_DATELINE): one of its dashes (an
    em or en dash, "--", "-" before whitespace) must come before the first character
    outside them (an em or en dash may be that character); a hyphen inside a word is none.
    Cheaper than trying DATELINE, which backtracks; the dashes are found by substring
    search (a regex alternation is tried at every position)."""
    m = _NOT_DATELINE.search(t)
    end = len(t) if m is None else m.start() + 1
    if t.find("\u2014", 0, end) >= 0 or t.find("\u2013", 0, end) >= 0:
        return True
    at = t.find("-", 0, end - 1)
    while at >= 0:
        after = t[at + 1]
        if after == "-" or after.isspace():
            return True
        at = t.find("-", at + 1, end - 1)
    return False


# `_dash_early` as one anchored regex (the same answer: tests/clean/test_plain_fast.py), so
# the prefilter runs in C, twice as fast: DATELINE's characters from the start, taken
# without backtracking (a hyphen only where no hyphen or space follows it), then an em or
# en dash (outside them: the first such character) or a hyphen before another or a space.
_DASH_EARLY = re.compile(r"(?:[A-Za-z .',()\s]++|-(?![-\s]))*+(?:[\u2014\u2013]|-[-\s])")


# CREDIT's alternatives one by one (CREDIT searches `any` of them): each but the two
# anchored at the start needs a literal that is not a letter, so it is tried only where
# that literal occurs. Why: the joint pattern opens with no literal, so re tries all six
# alternatives at every position of the line (a third of line_features' regex time).
_CREDIT_PARTS = tuple(re.compile(p, re.I) for p in (
    r"\((Getty|AP|AFP|Reuters|EPA|Xinhua|Screen ?Grab|Photo|File)[^)]{0,40}\)\s*$",
    r"\b(REUTERS|AFP|EPA|AP)/[A-Z]",
    r"\|\s*(Reuters|AP|AFP|Getty Images|EPA)\s*$",
    r"\bPhoto: "))
_CREDIT_NEEDS = ("(", "/", "|", ": ")
_CREDIT_START = re.compile(r"(photo|image|picture|credit)s?\s*(via|by|:|/)", re.I)
_CREDIT_BARE = re.compile(r"\s*(AP|AFP|Reuters|EPA|Getty Images|Associated Press)( photo)?\s*$",
                          re.I)


def credit_match(t: str):
    """A match of CREDIT somewhere in `t` or None (`CREDIT.search(t)` as a test, not the
    same match object): the alternatives anchored at the start first, then each other one
    where its literal occurs (a bare agency line holds at most 22 characters besides
    whitespace)."""
    m = _CREDIT_START.match(t)
    if m is None and (len(t) <= 22 or len(t.strip()) <= 22):
        m = _CREDIT_BARE.match(t)
    if m is None:
        for needle, rx in zip(_CREDIT_NEEDS, _CREDIT_PARTS):
            if needle in t:
                m = rx.search(t)
                if m is not None:
                    break
    return m


def _exact(rx, texts: list[str], cand: np.ndarray, search: bool = False,
           pre=None) -> np.ndarray:
    """rx.match (or .search) on the candidate lines only; False elsewhere (rx may also be a
    function: a match or None). `pre`: a cheaper test that is False only where rx cannot
    match, tried first."""
    out = np.zeros(len(texts), dtype=bool)
    idx = np.asarray(cand).ravel().nonzero()[0].tolist()
    if pre is not None:
        idx = [i for i in idx if pre(texts[i])]
    if idx:
        fn = rx if callable(rx) else rx.search if search else rx.match
        out[idx] = [fn(texts[i]) is not None for i in idx]
    return out


def _all_caps(texts: list[str], cand: np.ndarray) -> np.ndarray:
    """str.isupper of the candidate lines, False elsewhere. Why: a line whose first or
    second character is lowercase is never all caps (isupper fails on any lowercase
    character), which rules out nearly every line before a string is read."""
    out = np.zeros(len(texts), dtype=bool)
    idx = np.flatnonzero(cand).tolist()
    if idx:
        out[idx] = [texts[i].isupper() for i in idx]
    return out


def line_features(blocks: list[Block], extra_dup: list[int] | None = None,
                  pg=None, segs=None, flags: bool = True,
                  texts: list[str] | None = None) -> np.ndarray:
    """One row of FEATURES per block (float32), from the page's arrays (`plain_page`);
    fills each block's word count and (`flags`) furniture / credit / agency flags (mere
    shortcuts for `plain._rule_drop`, which tests the same itself where they are unset:
    the batch path sets them only on the lines it asks about). `segs` (`plain_fast.Segs`):
    the blocks are the lines of several pages, one after another, and `pg` their joint
    arrays; page-level features then stay within each page. `texts`: the blocks' texts,
    when the caller has them."""
    from . import plain_page as P
    from .plain_fast import Segs
    n = len(blocks)
    F = np.zeros((n, len(FEATURES)), dtype=np.float32)
    if not n:
        return F
    texts = list(map(_TEXT, blocks)) if texts is None else texts
    if pg is None:
        pg = P.page(texts)
    c = pg.char
    nw, nc = pg.nw, pg.nc
    T = P.tables()
    words = nw.astype(np.float32)
    short = nw <= 15
    end = c["end"][0]                               # the last character (0x10000: none)
    term = _TERMINAL_TABLE.take(end)
    first, fcls, anyc = c["first"], pg.first_cls, pg.cls_any
    upper_first = (first >= 65) & (first <= 90)
    hard = _exact(HARD_DROP, texts, short & (((fcls & P.HARD_FIRST) > 0) | T["digit"][first]))
    byline = _exact(BYLINE, texts, short & ((fcls & P.BYLINE_FIRST) > 0))
    credit = _exact(credit_match, texts,
                    (nw <= 25) & (((anyc & P.CREDIT_W) > 0) | (c["paren"] > 0)))
    dateline = _exact(DATELINE, texts, upper_first & (c["dash"] > 0), pre=_DASH_EARLY.match)
    deque(map(setattr, blocks, repeat("nw"), nw.tolist()), maxlen=0)
    if flags:
        for name, values in (("furniture", hard | byline), ("credit", credit),
                             ("agency", (anyc & P.CREDIT_W) > 0)):
            deque(map(setattr, blocks, repeat(name), values.tolist()), maxlen=0)
    inv = 1.0 / np.maximum(words, 1)
    inv1 = 1.0 / (words + 1)
    F[:, 0] = np.log1p(words)
    F[:, 1] = np.log1p(nc)
    F[:, 2] = term
    F[:, 3] = end == 58                            # ":"
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
    F[:, 17] = _all_caps(texts, (nc > 3) & ~(T["lower"][first] | T["lower"][c["second"]]))
    F[:, 18] = T["upper"][first]
    F[:, 19] = T["quote"][first]
    F[:, 33] = np.fromiter(map(_BLANK, blocks), dtype=bool, count=n)
    F[:, 35] = c["wchars"] * inv
    if segs is None:
        segs = Segs([n])
    cnt = segs.dup_counts(pg.line_h)
    F[:, 32] = np.where(nw > 0, np.minimum(cnt - 1, 3), 3)
    if extra_dup is not None:
        F[:, 32] += np.asarray(extra_dup, dtype=np.float32) * 2
    F[:, 20] = segs.local / np.maximum(segs.sizes - 1, 1)[segs.pid]
    c = np.zeros(n + 1)
    np.cumsum(words, dtype=np.float64, out=c[1:])     # word counts: exact in any order
    cum = (c[1:] - c[segs.start]).astype(np.float32)  # words up to this line on its page
    total = (c[segs.end] - c[segs.start]).astype(np.float32)
    total[total == 0] = 1.0
    F[:, 21] = (cum - words) / total
    F[:, 22] = (total - cum) / total
    lw = F[:, 0]
    F[:, 23], F[:, 24] = segs.shift(lw, 1), segs.shift(lw, -1)
    F[:, 25], F[:, 26] = segs.shift(lw, 2), segs.shift(lw, -2)
    # window means of five columns from per-page cumulative sums (float64, as `_window_mean`)
    X = np.empty((n, 5))
    X[:, 0], X[:, 1], X[:, 2], X[:, 3], X[:, 4] = lw, words >= 15, F[:, 2], F[:, 15], words <= 4
    w2, w7, w3 = segs.window_means(X, (2, 7, 3))
    F[:, [27, 29, 31, 36]] = w2[:, :4]
    F[:, [28, 30]] = w7[:, :2]
    F[:, 34] = w3[:, 4]
    mark = (nw <= 8) & (((fcls & P.MARK_FIRST) > 0) | ((anyc & P.SAYS) > 0))
    for col, rx in ((38, COMMENTS_MARK), (39, RELATED_MARK)):
        F[:, col] = segs.count_before(_exact(rx, texts, mark)) > 0   # a marker above this line
    F[:, 37] = np.log1p(segs.rank_desc(words).astype(np.float32))
    return F


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
