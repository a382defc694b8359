"""Compiled kernels (numba) for the cleaners' hottest loops, each exactly a numpy path: the
plain cleaner's, and the HTML block ensembles' tree walk (`walk_nodes`, for `html.predict`).

Why: numpy pays one pass over memory per operation, so a loop of a few dependent steps per
element (a tree walk, a token hash) costs many passes; compiled, it is one. numba is
optional: without it (or with JIT False) every caller runs its numpy path, which stays the
reference. Each kernel returns what its numpy path returns, bit for bit: integer
arithmetic (uint64 wraps the same), comparisons of the same float32 values, no float sums
(those stay in numpy, in numpy's order). tests/clean/test_plain_fast_jit.py compares both
paths on real pages. The compiled code is cached on disk (numba `cache=True`), so only
the first process ever compiles (~1 s); a later one loads it (~0.3 s with numba's import),
once, before its first page.
"""
from __future__ import annotations

import numpy as np

JIT = True                    # False: numpy paths only (tests, ablations)
_KERNELS: dict = {}           # name -> compiled kernel; {} until first asked
_MISSING: list = []           # [True] once numba failed to import


def kernel(name: str):
    """The compiled kernel `name` of this module, or None (numba absent, or JIT off)."""
    if not JIT or _MISSING:
        return None
    k = _KERNELS.get(name)
    if k is None:
        try:
            import numba
        except ImportError:
            _MISSING.append(True)
            return None
        try:
            k = numba.njit(cache=True, nogil=True)(globals()[name])
        except RuntimeError:          # no writable cache directory: compile every process
            k = numba.njit(nogil=True)(globals()[name])
        _KERNELS[name] = k
    return k


# two small pages of our own, cleaned together once per process (`warm`)
WARM_PAGES = ("HARBOR GAZETTE | News | Sport\nBy Ana Ruiz\nMarch 3, 2025\nFloods close the "
              "coast road\nHeavy rain closed the coast road on Monday, officials said, after "
              "the river rose by two metres overnight.\nRead more: weather\n",
              "Menu\nSmoke rises over the port (AP Photo)\nThe port reopened on Tuesday, its "
              "director said, and ships were unloading again by noon.\n\u00a9 2025 The Coast "
              "Post\n")


def warm(clean) -> None:
    """Compile every kernel of the batch path with the argument types of real pages, by
    cleaning WARM_PAGES in one batch with `clean` (`plain.clean_texts`), so that no real
    page pays for it (the benches time pages after one warm-up article). Where numba
    cannot compile, the numpy paths take over (one line on stderr)."""
    import sys
    from ..model import Article
    global JIT
    pages = lambda: [Article(id=f"warm{i}", raw=t, kind="text")  # noqa: E731
                     for i, t in enumerate(WARM_PAGES)]
    try:
        clean(pages())
    except Exception as e:  # noqa: BLE001  (a compile error: the numpy paths instead)
        if not JIT or _MISSING:
            raise
        JIT = False
        print(f"newsdesk: compiled kernels unavailable ({type(e).__name__}: {e}); "
              "cleaning with numpy", file=sys.stderr)
        clean(pages())


def walk_trees(X, feat, thr, levels, trees, out):
    """The leaf each row of X reaches in each tree (out[r, t], an index into
    `plain_fast.Layout.value`): the numpy level walk's steps (child = 2 * node + went
    right, level d's tables at trees * (2**d - 1)), one row at a time, each level over all
    trees (independent steps the CPU overlaps)."""
    for r in range(X.shape[0]):
        x = X[r]
        o = out[r]
        for t in range(trees):
            o[t] = t
        off = 0
        width = trees
        for _ in range(levels):
            for t in range(trees):
                k = off + o[t]
                o[t] = 2 * o[t] + (x[feat[k]] > thr[k])
            off += width
            width *= 2


def scan_tokens(c, fold, pw):
    """Tokens of the code points c (runs of word characters, where fold[c] > 0, as
    `plain_page`'s isword table): their start positions, polynomial hashes sum(fold[c] *
    pw[min(k, 63)]) (k: position in the token; uint64, wrapping) and lengths; as
    `plain_page._tokens` computes them before `mix`. Branch-free: every character updates
    the open run (reset by a multiply at a non-word one) and writes the run's entry, which
    counts once the run ends (word and non-word characters alternate every few
    characters, a branch the CPU cannot predict)."""
    n = len(c)
    cap = n // 2 + 2
    starts = np.empty(cap, dtype=np.int64)
    hashes = np.empty(cap, dtype=np.uint64)
    lengths = np.empty(cap, dtype=np.int64)
    m = 0
    run = 0
    h = np.uint64(0)
    for i in range(n):
        f = fold[c[i]]
        w = f != 0
        starts[m] = i - run
        hashes[m] = h
        lengths[m] = run
        m += (run > 0) & (not w)
        h = (h + f * pw[min(run, 63)]) * np.uint64(w)
        run = (run + 1) * w
    if run > 0:
        starts[m] = n - run
        hashes[m] = h
        lengths[m] = run
        m += 1
    return starts[:m], hashes[:m], lengths[:m]


_MIX1, _MIX2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
_SALT_LINE = np.uint64(0x27D4EB2F165667C5)          # plain_page.SALT_LINE
_S30, _S27, _S31, _S48 = np.uint64(30), np.uint64(27), np.uint64(31), np.uint64(48)


def measure_lines(c, starts, h, length, ls, nc, upper, digit, cc, nostop, pack, ctable,
                  cls_h, cls_b, salt, lex_bit):
    """`plain_page.page`'s per-token and per-line measures from its tokens (`scan_tokens`
    after `mix`), in one pass over the tokens and one over the lines' characters: each
    token's line and class bits (the exact class-word table), and per line the word
    count, OR of classes, first token's class, word hash (sum of salted `mix`es by rank)
    and first-8-word hash, LEX count, word characters, capitalised and digit-initial
    words, and `_char_counts`' packed character-class counts (a stop counts only before
    a space). Types as the numpy path's (float64 counts where it uses bincount)."""
    n = len(ls)
    nt = len(h)
    tok_line = np.empty(nt, dtype=np.int64)
    cls = np.empty(nt, dtype=np.int64)
    nw = np.zeros(n, dtype=np.int64)
    cls_any = np.zeros(n, dtype=np.int32)
    first_cls = np.zeros(n, dtype=np.int32)
    line_h = np.zeros(n, dtype=np.uint64)
    head_h = np.zeros(n, dtype=np.uint64)
    lex = np.zeros(n, dtype=np.float64)
    wchars = np.zeros(n, dtype=np.float64)
    caps = np.zeros(n, dtype=np.float64)
    digits = np.zeros(n, dtype=np.float64)
    line = 0
    for t in range(nt):
        s = starts[t]
        while line + 1 < n and ls[line + 1] <= s:
            line += 1
        tok_line[t] = line
        x = h[t]
        j = ctable[(x * salt) >> _S48]
        b = np.int64(cls_b[j]) if cls_h[j] == x else np.int64(0)
        cls[t] = b
        r = nw[line]
        if r == 0:
            first_cls[line] = np.int32(b)
        nw[line] = r + 1
        cls_any[line] |= np.int32(b)
        g = x ^ (np.uint64(r) * _SALT_LINE + _SALT_LINE)
        g ^= g >> _S30
        g *= _MIX1
        g ^= g >> _S27
        g *= _MIX2
        g ^= g >> _S31
        line_h[line] += g
        if r < 8:
            head_h[line] += g
        if b & lex_bit:
            lex[line] += 1.0
        wchars[line] += length[t]
        ch = c[s]
        if upper[ch]:
            caps[line] += 1.0
        if digit[ch]:
            digits[line] += 1.0
    v = np.zeros(n, dtype=np.int64)
    m = len(c)
    for i in range(n):
        acc = np.int64(0)
        for p in range(ls[i], ls[i] + nc[i]):
            k = np.int64(cc[c[p]])
            if k:
                if p + 1 < m:
                    k &= np.int64(nostop[c[p + 1]])
                else:
                    k &= 15
                acc += pack[k]
        v[i] = acc
    return tok_line, cls, nw, cls_any, first_cls, line_h, head_h, lex, wchars, caps, digits, v


def word_pairs(h, tl, nw, first, salt_bi, salt_first, salt_last, shift, short_b, empty_b):
    """`plain_page.word_features`' (line, bucket) pairs in its order (every token, the
    in-line bigrams, first-word and last-word markers of lines with words, <short> for
    lines of 1-3 words, <empty> for lines without) and the pairs per line (int64), one
    pass each instead of a dozen numpy passes over the tokens; the hashes `mix`ed as
    `plain_page.mix` does (uint64, wrapping)."""
    nt = len(h)
    n = len(nw)
    nb = 0
    for t in range(nt - 1):
        if tl[t + 1] == tl[t]:
            nb += 1
    nh = 0
    ns = 0
    for i in range(n):
        if nw[i] > 0:
            nh += 1
            if nw[i] <= 3:
                ns += 1
    m = nt + nb + 2 * nh + ns + (n - nh)
    rows = np.empty(m, dtype=np.int64)
    cols = np.empty(m, dtype=np.int64)
    g = np.empty(nb + 2 * nh, dtype=np.uint64)        # bigram and marker hashes, to mix
    for t in range(nt):
        rows[t] = tl[t]
        cols[t] = np.int64(h[t] >> shift)
    k = 0
    for t in range(nt - 1):
        if tl[t + 1] == tl[t]:
            rows[nt + k] = tl[t]
            g[k] = h[t] * salt_bi + h[t + 1]
            k += 1
    for i in range(n):
        if nw[i] > 0:
            rows[nt + k] = i
            g[k] = h[first[i]] ^ salt_first
            k += 1
    for i in range(n):
        if nw[i] > 0:
            rows[nt + k] = i
            g[k] = h[first[i] + nw[i] - 1] ^ salt_last
            k += 1
    for q in range(k):
        x = g[q]
        x ^= x >> _S30
        x *= _MIX1
        x ^= x >> _S27
        x *= _MIX2
        x ^= x >> _S31
        cols[nt + q] = np.int64(x >> shift)
    k += nt
    for i in range(n):
        if 0 < nw[i] <= 3:
            rows[k] = i
            cols[k] = short_b
            k += 1
    for i in range(n):
        if nw[i] == 0:
            rows[k] = i
            cols[k] = empty_b
            k += 1
    count = np.zeros(n, dtype=np.int64)
    for q in range(m):
        count[rows[q]] += 1
    return rows, cols, count


def class_counts(tok_line, cls, first, n, you_bit, bio_bit):
    """`plain_extra.extra_features`' bincounts in one pass over the tokens: per line the
    tokens of class `you_bit`, and those of class `bio_bit` among its first nine words
    (float64 counts of ones, exact in any order)."""
    you = np.zeros(n)
    bio = np.zeros(n)
    for t in range(len(cls)):
        line = tok_line[t]
        c = cls[t]
        if c & you_bit:
            you[line] += 1.0
        if c & bio_bit and t - first[line] <= 8:
            bio[line] += 1.0
    return you, bio


def page_cumsums(X, off, out):
    """`plain_fast.Segs.cumsums`: per page (rows off[j]..off[j+1]-1 of X), the running
    float64 sums of each column, written from row off[j] + j + 1 of out (row off[j] + j
    stays the page's zero row); the additions numpy's cumsum makes, in its order."""
    for j in range(len(off) - 1):
        a, b = off[j], off[j + 1]
        for col in range(X.shape[1]):
            acc = 0.0
            for i in range(a, b):
                acc += X[i, col]
                out[i + j + 1, col] = acc


def window_sums(c, lo, hi, cnt, out):
    """`plain_fast.Segs.window_means`' means for one half-width: out[i] = (c[hi[i]] -
    c[lo[i]]) / cnt[i] over every column of the cumulative sums c (float64, the same
    subtraction and division numpy makes), in one pass instead of four array operations
    and their temporaries."""
    for i in range(len(lo)):
        a = lo[i]
        b = hi[i]
        d = cnt[i]
        for j in range(c.shape[1]):
            out[i, j] = (c[b, j] - c[a, j]) / d


def word_sums(rows, cols, T, inv, lc, v, edge, nh, n):
    """`plain_text_fast.scores`' sums over the (line, bucket) pairs, in pair order (as its
    bincounts add them): per line the stage-1 weights, the text model's own terms (weight
    and length-class weight, each times inv, in float32), and for each neighbour offset j
    the float32 products T[bucket, 2 + j] * v[j, line] (offsets 2, 3 only over the
    first / last-word markers, pairs edge .. edge + 2 nh); all summed in float64. The
    table rows are gathered first, in a loop of independent loads (T is megabytes: its
    rows miss the cache, and a loop that also adds into the sums waits on each miss)."""
    m = len(rows)
    G = np.empty((m, 7), dtype=np.float32)
    for i in range(m):
        c = cols[i]
        g = G[i]
        for j in range(6):
            g[j] = T[c, j]
        g[6] = T[c, 6 + lc[rows[i]]]
    s = np.zeros(n)
    t = np.zeros(n)
    src = np.zeros((4, n))
    hi = edge + 2 * nh
    for i in range(m):
        r = rows[i]
        g = G[i]
        ir = inv[r]
        s[r] += np.float64(g[0])
        t[r] += np.float64(g[1] * ir) + np.float64(g[6] * ir)
        src[0, r] += np.float64(g[2] * v[0, r])
        src[1, r] += np.float64(g[3] * v[1, r])
        if edge <= i < hi:
            src[2, r] += np.float64(g[4] * v[2, r])
            src[3, r] += np.float64(g[5] * v[3, r])
    return s, t, src


def walk_nodes(X, feat, thr, left, right, leaf, miss_left, offset, out):
    """The node each row of X reaches in each tree of an HTML block ensemble
    (`html.predict`'s numpy walk: x <= threshold goes left, NaN follows miss_left; out[t *
    rows + r], an index into its flat node arrays), one row and tree at a time."""
    nrows = X.shape[0]
    for t in range(len(offset)):
        for r in range(nrows):
            n = offset[t]
            while not leaf[n]:
                x = X[r, feat[n]]
                if np.isnan(x):
                    go_left = miss_left[n]
                else:
                    go_left = x <= thr[n]
                n = left[n] if go_left else right[n]
            out[t * nrows + r] = n
