"""One page of scraped text as arrays: the per-line counts, tokens and hashes every later
stage needs, measured once for the whole page with numpy over its code points.

A page has ~150 lines and we aim at several hundred pages per CPU-second, so per-line (let
alone per-token) Python is the cost to avoid. The page's characters are folded through one
table (lowercase, digits -> 0, non-word -> separator); tokens are runs of word characters,
each hashed to 64 bits with a positional polynomial (`np.add.reduceat`), so the word model
(hashed unigrams, bigrams and first/last-word markers), the lexicon classes (furniture
words, months, photo agencies), repeated-line detection and the headline match all work on
integer arrays. The same code builds the training matrix (`scripts/train_plain.py`).
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate
from operator import methodcaller

import numpy as np

from .plain_fast_jit import kernel

BITS = 18                         # hashed word-model features: 2**BITS weights
NB = 1 << BITS
U64 = np.uint64
MIX1, MIX2 = U64(0xBF58476D1CE4E5B9), U64(0x94D049BB133111EB)
PRIME = U64(0x100000001B3)
SALT_FIRST, SALT_LAST, SALT_BI, SALT_LINE = (U64(s) for s in (
    0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5))
SHORT_BUCKET, EMPTY_BUCKET = 1, 2

# token classes (bits): lexicon words that mark furniture far more often than prose, ...
(LEX, MONTH, CREDIT_W, URL_W, HARD_FIRST, BYLINE_FIRST, AGO, PUB_FIRST, AGENCY, MARK_FIRST,
 SAYS, YOU, BIO_VERB, READ_W) = (1 << i for i in range(14))
CLASS_WORDS = {
    LEX: "advertisement advertising sponsored subscribe subscription newsletter sign login log "
         "register cookie cookies privacy terms copyright rights reserved share follow facebook "
         "twitter whatsapp linkedin pinterest instagram email print comment comments read "
         "related recommended trending click watch video videos photo photos image images "
         "gallery getty credit caption previous next top home menu search skip loading "
         "download app min updated published posted tags tag topics topic category categories "
         "newsletters podcast podcasts more popular viewed shared",
    MONTH: "jan january feb february mar march apr april may jun june jul july aug august sep "
           "sept september oct october nov november dec december",
    CREDIT_W: "getty ap afp reuters epa xinhua photo photos photograph picture pictures "
              "photographs image images credit credits associated shutterstock bloomberg screen "
              "screengrab aap pa dpa sipa nurphoto anadolu",
    URL_W: "http https www com",
    HARD_FIRST: "advertisement hide ad sponsored story this read click show load see share tweet "
                "email print comment comments leave skip back related photo image picture file "
                "video most popular viewed shared follow sign subscribe all",
    BYLINE_FIRST: "by words written reporting",
    AGO: "ago hours hour days day minutes minute weeks week",
    MARK_FIRST: "comments comment responses response replies reactions leave post add write join "
                "show view read see thoughts thought one what have discussion related more you "
                "recommended also further latest most trending top editor editors popular 0 00 "
                "000 0000 reply",
    SAYS: "says wrote writes replied",
    # the reader addressed (promos, pitches, calls to action: `plain_extra`)
    YOU: "you your yours yourself youre our ours",
    BIO_VERB: "is was has joined covers writes reports lives",     # author bios
    # rule prefilters (meta_text): words PUBLISHED opens with, words of AGENCIES
    PUB_FIRST: "published posted first date updated last",
    AGENCY: "reuters ap associated afp agence xinhua upi bloomberg dpa pti ians ani anadolu "
            "efe tass kyodo yonhap",
    READ_W: "read click watch more",     # words READ_MORE needs (`plain_fast_rules`)
}
TERMINAL = tuple('.!?"\u201d\u2019\')\u2026')
SEPARATOR_CHARS = "|\u00bb\u203a\u2022\u00b7>/"
BULLET_CHARS = "\u2022*-\u00b7\u25aa\u25ba>"
QUOTE_CHARS = '"\u201c\u2018\''
DASH_CHARS = "-\u2013\u2014"
CC_BITS = ("sep", "comma", "paren", "dash", "stop")     # bit i of the `cc` table

_T: dict[str, np.ndarray] = {}


def tables() -> dict[str, np.ndarray]:
    """Per code point of the BMP (index 0x10000 stands for any code point beyond it): the
    folded character (0 = not a word character), uppercase, digit, and a few punctuation
    sets; plus the class-word hash table. Built once per process (~0.1 s)."""
    if _T:
        return _T
    import re
    allc = "".join(map(chr, range(0x10000)))
    fold = np.zeros(0x10001, dtype=np.uint64)
    for m in re.finditer(r"\w", allc):
        ch = m.group()
        lo = "0" if ch.isdecimal() else ch.lower()
        fold[m.start()] = ord(lo) if len(lo) == 1 else ord(ch)
    _T["fold"] = fold
    _T["isword"] = fold > 0
    for name, fn in (("upper", str.isupper), ("digit", str.isdigit), ("lower", str.islower)):
        t = np.zeros(0x10001, dtype=bool)
        t[:0x10000] = np.fromiter(map(fn, allc), dtype=bool, count=0x10000)
        _T[name] = t
    for name, chars in (("sep", SEPARATOR_CHARS), ("bullet", BULLET_CHARS),
                        ("quote", QUOTE_CHARS), ("dash", DASH_CHARS), ("paren", "(")):
        t = np.zeros(0x10001, dtype=bool)
        t[[ord(c) for c in chars]] = True
        _T[name] = t
    cc = np.zeros(0x10001, dtype=np.uint8)       # one byte of character classes
    for bit, name in enumerate(CC_BITS):
        cc |= (_T[name] if name in _T else np.isin(np.arange(0x10001), [44] if name == "comma"
                                                    else [46, 63, 33])).astype(np.uint8) << bit
    _T["cc"] = cc
    _T["pack"] = np.array([sum(((v >> j) & 1) << (12 * j) for j in range(5)) for v in range(256)],
                          dtype=np.int64)
    nostop = np.full(0x10001, 15, dtype=np.uint8)       # after a space a stop stays
    nostop[32] = 255
    _T["nostop"] = nostop
    _T["pow"] = np.array([pow(int(PRIME), k, 1 << 64) for k in range(64)], dtype=U64)
    _T["pow_long"] = _T["pow"][np.minimum(np.arange(4096), 63)]
    words: dict[int, int] = {}
    for bit, ws in CLASS_WORDS.items():
        for w in ws.split():
            h = int(token_hashes(w)[0])
            words[h] = words.get(h, 0) | bit
    keys = np.array(sorted(words), dtype=U64)
    _T["class_h"] = np.append(keys, U64(0))            # the last row: no class word
    _T["class_b"] = np.append(np.array([words[int(k)] for k in keys], dtype=np.int32), 0)
    for salt in range(1, 1 << 20, 2):                  # a bucket function without collisions
        b = _class_bucket(keys, U64(salt))
        if len(np.unique(b)) == len(b):
            break
    table = np.full(1 << CLASS_BITS, len(keys), dtype=np.int32)
    table[b] = np.arange(len(keys))
    _T["class_salt"], _T["class_table"] = U64(salt), table
    return _T


CLASS_BITS = 16


def _class_bucket(h: np.ndarray, salt) -> np.ndarray:
    return ((h * salt) >> U64(64 - CLASS_BITS)).astype(np.intp)


def token_classes(h: np.ndarray) -> np.ndarray:
    """Class bits of each token hash (a direct-mapped table, exact: the stored hash must
    match)."""
    T = tables()
    j = T["class_table"][_class_bucket(h, T["class_salt"])]
    return np.where(T["class_h"][j] == h, T["class_b"][j], 0)


def mix(h: np.ndarray) -> np.ndarray:
    """A 64-bit finaliser (splitmix): spreads the polynomial hash over all bits."""
    h = h ^ (h >> U64(30))
    h = h * MIX1
    h = h ^ (h >> U64(27))
    h = h * MIX2
    return h ^ (h >> U64(31))


def _tokens(text: str):
    """(code points clipped to the BMP, token start positions, token hashes, token lengths).
    A word character starts a token when the character before it is not one."""
    T = tables()
    c = _code_points(text)
    scan = kernel("scan_tokens")
    if scan is not None:                 # compiled: one pass (`plain_fast_jit`)
        starts, h, length = scan(c, T["fold"], T["pow"])
        return c, starts, mix(h), length
    wpos = np.flatnonzero(T["isword"].take(c))
    if not len(wpos):
        return c, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=U64), np.zeros(0, np.int64)
    sw = np.empty(len(wpos), dtype=bool)
    sw[0] = True
    np.not_equal(np.diff(wpos), 1, out=sw[1:])
    begin = np.flatnonzero(sw)
    length = np.diff(np.append(begin, len(wpos)))
    rel = np.arange(len(wpos)) - np.repeat(begin, length)     # position inside the token
    pw = T["pow_long"]
    if int(length.max()) > len(pw):          # (the table repeats PRIME**63 past 63)
        np.minimum(rel, 63, out=rel)
    h = np.add.reduceat(T["fold"].take(c.take(wpos)) * pw.take(rel), begin)
    return c, wpos[begin], mix(h), length


def _code_points(text: str) -> np.ndarray:
    """The text's code points clipped to the BMP (0x10000 for any beyond), as uint32, from
    UTF-32 in one pass (most batches of pages hold some character beyond the BMP, an
    emoji, where trying UTF-16 first cost a second); clipped into a new array in one more
    (a batch's text is ~250k characters: an int64 copy cost a pass and twice the memory,
    and the gathers are made by the compiled kernels, which take any integer type)."""
    return np.minimum(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32),
                      np.uint32(0x10000))


def token_hashes(text: str) -> np.ndarray:
    return _tokens(text)[2]


def buckets(h: np.ndarray) -> np.ndarray:
    return (h >> U64(64 - BITS)).astype(np.int64)


@dataclass
class Page:
    """Arrays over the n lines of a page (and over its tokens, in page order)."""
    texts: list[str]
    nw: np.ndarray          # words per line
    nc: np.ndarray          # characters per line
    tok_h: np.ndarray       # 64-bit hash of each token
    tok_line: np.ndarray    # line of each token
    first: np.ndarray       # index of each line's first token (valid where nw > 0)
    cls_any: np.ndarray     # OR of token class bits per line
    first_cls: np.ndarray   # class bits of the line's first token (0 for empty lines)
    lex: np.ndarray         # LEX tokens per line
    line_h: np.ndarray      # hash of the line's words (0 for a line without words)
    head_h: np.ndarray      # hash of its first 8 words
    char: dict              # per-line character counts (see `_char_counts`)
    tok_cls: np.ndarray | None = None   # class bits of each token
    astral: bool | None = None  # a line holds a code point beyond the BMP (None: unknown;
    #                             a batch's per-page views carry the batch's answer)
    tok_up: np.ndarray | None = None    # does each token start with a capital letter
    joined: str | None = None   # `texts` joined by newlines (as measured), for the rule
    #                             prefilters (`plain_fast_rules.may_drop`) to search again
    batch: tuple | None = None  # a page of a batch (`concat_pages`): (the joint Page, this
    #                             page's number, the pages' first lines), so per-page rules
    #                             can compute a test once over the batch (`memo`)
    memo: dict | None = None    # such batch-wide results, by name (on the joint Page)


def _bincount(idx: np.ndarray, n: int, weights=None) -> np.ndarray:
    return np.bincount(idx, weights=weights, minlength=n)[:n]


def page(texts: list[str]) -> Page:
    """Measure a page of lines (a line holding a newline is measured as if it were two
    lines joined by a space)."""
    n = len(texts)
    joined = "\n".join(texts)
    if joined.count("\n") != max(n - 1, 0):
        texts = [t.replace("\n", " ") if "\n" in t else t for t in texts]
        joined = "\n".join(texts)
    nc = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    c, starts, h, length = _tokens(joined)
    ls = np.cumsum(nc + 1) - nc - 1              # where each line starts in `joined`
    measure = kernel("measure_lines")
    if measure is not None and len(h):   # compiled: one pass (`plain_fast_jit`; without
        # tokens numpy's bincounts are integer: left to the numpy path)
        T = tables()
        (tok_line, cls, nw, cls_any, first_cls, line_h, head_h, lex, wchars, caps, digits,
         v) = measure(c, starts, h, length, ls, nc, T["upper"], T["digit"], T["cc"],
                      T["nostop"], T["pack"], T["class_table"], T["class_h"], T["class_b"],
                      T["class_salt"], LEX)
        char = {"caps": caps, "digits": digits, **_class_fields(v), **_edges(c, nc, ls),
                "wchars": wchars}
        return Page(texts, nw, nc, h, tok_line, np.cumsum(nw) - nw, cls_any, first_cls, lex,
                    line_h, head_h, char, cls, _astral(c), T["upper"].take(c.take(starts)),
                    joined)
    tok_line = np.searchsorted(ls, starts, side="right") - 1
    nw = _bincount(tok_line, n)
    first = np.cumsum(nw) - nw
    nt = len(h)
    cls = token_classes(h)
    has = nw > 0
    first_cls = np.zeros(n, dtype=np.int32)
    cls_any = np.zeros(n, dtype=np.int32)
    line_h = np.zeros(n, dtype=U64)
    head_h = np.zeros(n, dtype=U64)
    if nt:
        fh = first[has]
        first_cls[has] = cls[fh]
        cls_any[has] = np.bitwise_or.reduceat(np.append(cls, 0), first)[has]
        rank = np.arange(nt) - first[tok_line]
        g = mix(h ^ (rank.astype(U64) * SALT_LINE + SALT_LINE))
        line_h[has] = np.add.reduceat(g, fh)
        head_h[has] = np.add.reduceat(np.where(rank < 8, g, U64(0)), fh)
    lex = _bincount(tok_line, n, (cls & LEX) > 0)
    char = _char_counts(c, tok_line, starts, nc, n, ls)
    char["wchars"] = _bincount(tok_line, n, length)
    return Page(texts, nw, nc, h, tok_line, first, cls_any, first_cls, lex, line_h, head_h,
                char, cls, _astral(c), tables()["upper"].take(c.take(starts)), joined)


def _astral(c: np.ndarray) -> bool:
    """Whether code points `c` (`_code_points`) hold one beyond the BMP: `may_drop` reads
    it instead of encoding the batch's text again."""
    return bool(len(c)) and int(c.max()) == 0x10000


def _char_counts(c: np.ndarray, tok_line: np.ndarray, starts: np.ndarray, nc: np.ndarray,
                 n: int, ls: np.ndarray) -> dict:
    """Per line: capitalised / digit-initial words, separators, commas, dashes, brackets,
    sentence breaks; and the first two characters. The five character counts are packed
    in 12-bit fields of one int64, so one cumulative sum counts them all."""
    T = tables()
    sl = tok_line
    # only the few characters of some class are visited after one pass over all of them
    nz = np.flatnonzero(T["cc"].take(c))
    k = T["cc"].take(c.take(nz))
    if len(nz):          # a stop (.?!) counts as a sentence break only before a space
        after = nz + 1
        inside = after < len(c)
        k &= np.where(inside, T["nostop"].take(c.take(np.where(inside, after, 0))), 15)
    cs = np.zeros(len(nz) + 1, dtype=np.int64)
    np.cumsum(T["pack"].take(k), out=cs[1:])
    v = cs[np.searchsorted(nz, ls + nc)] - cs[np.searchsorted(nz, ls)]
    ic = c[starts]
    return {"caps": _bincount(sl, n, T["upper"][ic]), "digits": _bincount(sl, n, T["digit"][ic]),
            **_class_fields(v), **_edges(c, nc, ls)}


def _class_fields(v: np.ndarray) -> dict:
    """The five character-class counts of each line from their packed 12-bit fields."""
    f = [(v >> (12 * j)) & 4095 for j in range(5)]
    return {"sep": f[0], "comma": f[1], "paren": f[2], "dash": f[3], "breaks": f[4]}


def _edges(c: np.ndarray, nc: np.ndarray, ls: np.ndarray) -> dict:
    """Each line's first two and last three characters (0x10000 where it is shorter), as
    intp (`c` is uint32: the features index tables with them and compare them)."""
    last = max(len(c) - 1, 0)
    first = np.where(nc > 0, c[np.minimum(ls, last)] if len(c) else 0, 0x10000).astype(np.intp)
    second = np.where(nc > 1, c[np.minimum(ls + 1, last)] if len(c) else 0,
                      0x10000).astype(np.intp)
    ends = [np.where(nc > k, c[np.clip(ls + nc - 1 - k, 0, last)] if len(c) else 0,
                     0x10000).astype(np.intp) for k in range(3)]
    return {"first": first, "second": second, "end": ends}


def word_features(pg: Page) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The word model's hashed features: (line, bucket) pairs for every unigram, in-line
    bigram and first/last-word marker, a <short> marker for lines of <= 3 words and an
    <empty> one for lines without words; and the feature count per line."""
    n, nw, h, tl = len(pg.nw), pg.nw, pg.tok_h, pg.tok_line
    pairs = kernel("word_pairs")
    if pairs is not None:                # compiled: one pass (`plain_fast_jit`)
        rows, cols, count = pairs(h, tl, nw, pg.first, SALT_BI, SALT_FIRST, SALT_LAST,
                                  U64(64 - BITS), SHORT_BUCKET, EMPTY_BUCKET)
        return rows, cols, count.astype(np.float32)
    has = np.flatnonzero(nw > 0)
    same = tl[1:] == tl[:-1] if len(h) > 1 else np.zeros(0, dtype=bool)
    bi = mix(h[:-1][same] * SALT_BI + h[1:][same]) if len(h) > 1 else h[:0]
    fh = pg.first[has]
    lh = fh + nw[has] - 1
    short = np.flatnonzero((nw > 0) & (nw <= 3))
    empty = np.flatnonzero(nw == 0)
    rows = np.concatenate([tl, tl[:-1][same] if len(h) > 1 else tl[:0], has, has, short, empty])
    cols = np.concatenate([buckets(h), buckets(bi), buckets(mix(h[fh] ^ SALT_FIRST)),
                           buckets(mix(h[lh] ^ SALT_LAST)),
                           np.full(len(short), SHORT_BUCKET), np.full(len(empty), EMPTY_BUCKET)])
    count = _bincount(rows, n).astype(np.float32)
    return rows, cols, count


def ends_with(texts: list[str], suffixes) -> np.ndarray:
    return np.fromiter(map(methodcaller("endswith", suffixes), texts), dtype=bool,
                       count=len(texts))


def concat_pages(texts: list[list[str]], flat: list[str] | None = None
                 ) -> tuple[Page, list[Page]]:
    """Several pages measured at once (`page`'s numpy calls made once for all of them) ->
    the joint Page and each page's own, equal to `page(texts[j])` (every measure is per
    line or per token, so nothing crosses pages; the joint Page serves the batched
    features, each page's own the per-page rules and `plain_extra`). `flat`: the same lines
    already in one list, when the caller has it."""
    if len(texts) == 1:
        pg = page(texts[0])
        return pg, [pg]
    allt = flat if flat is not None else [t for ts in texts for t in ts]
    pg = page(allt)
    out, a, ta = [], 0, 0
    bounds = [0, *accumulate(map(len, texts))]
    for j, ts in enumerate(texts):
        b = a + len(ts)
        tb = int(pg.first[b]) if b < len(allt) else len(pg.tok_h)
        ch = {k: (v[a:b] if k != "end" else [e[a:b] for e in v]) for k, v in pg.char.items()}
        out.append(Page(pg.texts[a:b], pg.nw[a:b], pg.nc[a:b], pg.tok_h[ta:tb],
                        pg.tok_line[ta:tb] - a, pg.first[a:b] - ta, pg.cls_any[a:b],
                        pg.first_cls[a:b], pg.lex[a:b], pg.line_h[a:b], pg.head_h[a:b], ch,
                        pg.tok_cls[ta:tb], pg.astral, pg.tok_up[ta:tb],
                        batch=(pg, j, bounds)))
        a, ta = b, tb
    return pg, out
