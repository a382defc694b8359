"""Fast paths of the plain cleaner's rule stage (`plain._finish`), exact by construction.

Why: after the model, the line rules (`plain._rule_drop`, `plain._dateline_only`) were
tried on every kept line of <= 60 words, each a handful of string tests and regexes in
Python. `may_drop` says, from arrays the model stage already has (one pass over a whole
batch of pages), on which lines a rule *could* fire, so the rules run on those only. And
the body's segments (one per raw line) are built with C-level maps in the usual case of one
raw line a block. `repeats` (text a page shows twice) walks only the hashes a page repeats,
which `repeated` finds for a whole batch at once.
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate, repeat
from operator import add, methodcaller

import numpy as np

from ..model import Segment
from .lines import _exact, single_pieces
from .meta_text import YEAR

# flattened photo and player chrome a line may open with (`plain._rule_drop`)
CHROME = ("Image copyright", "Image caption", "Media playback", "Skip in Skip")
_CHROME, _SHARE = methodcaller("startswith", CHROME), methodcaller("find", "SHARE COPY LINK", 0, 20)
_CHROME_FIRST = np.zeros(0x10001, dtype=bool)     # by a line's first code point (`plain_page`)
_CHROME_FIRST[[ord(c[0]) for c in CHROME]] = True
# The only characters that match an ASCII letter under re.I without being one (i, i, s, k):
# a lexicon word spelt with one is no token of its class, so such lines are always tried.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def may_drop(pg, F: np.ndarray, texts: list[str] | None = None,
             among: np.ndarray | None = None) -> np.ndarray:
    """False only where neither `_rule_drop` nor `_dateline_only` can fire: furniture,
    credits and agency words (`line_features`' flags and classes); READ_MORE and PUBLISHED
    need one of their words (read, click, watch, more; published, posted... as the first
    word), which is a token of that class (`_FOLDS_TO_ASCII` aside); dates need <= 12
    words, a word that starts with a digit (every `meta_text.parse_date` pattern has its
    year, or day, right after a space or a word boundary; a digit beyond the BMP is no
    token there, so a batch with such a character skips this test) and four digits in a
    row (parse_date's first test, the year: searched on those lines only, and of them
    only `among`, the lines the rules will ask about, when given: elsewhere the answer
    is no bound); chrome and markup are string tests, made line by line only when the
    page (or batch: `pg` may be a joint page, `texts` its blocks' texts) holds them."""
    from . import plain_page as P
    nw = pg.nw
    texts = pg.texts if texts is None else texts
    n = len(nw)
    # the page's own joined text when it measured these very lines (no line held a newline)
    joined = pg.joined if pg.joined is not None and pg.texts is texts else "\n".join(texts)
    date = nw <= 12
    astral = pg.astral
    if astral is None:
        astral = not joined.isascii() and (
            len(joined.encode("utf-16-le", "surrogatepass")) != 2 * len(joined))
    if not astral:
        date &= pg.char["digits"] > 0
    if among is not None:
        date &= among
    # (one in ten of these lines states a year: the search spares the rest both rules)
    out = _exact(YEAR, texts, date, search=True)
    out |= (F[:, 16] > 0) | (F[:, 11] > 0) | (F[:, 12] > 0)
    out |= (pg.cls_any & P.CREDIT_W) > 0
    out |= (nw <= 25) & ((pg.cls_any & P.READ_W) > 0)
    out |= (nw <= 16) & ((pg.first_cls & P.PUB_FIRST) > 0)
    # a line opening with chrome opens with one of its first letters: only those lines are
    # read (searching the batch's text for each prefix cost more than the whole test)
    chrome = np.flatnonzero(_CHROME_FIRST.take(pg.char["first"])).tolist()
    if chrome:
        out[chrome] |= np.fromiter(map(_CHROME, map(texts.__getitem__, chrome)), dtype=bool,
                                   count=len(chrome))
    if "SHARE COPY LINK" in joined:
        out |= np.fromiter(map(_SHARE, texts), dtype=np.int64, count=n) >= 0
    starts = None
    for ch in ("<", *_FOLDS_TO_ASCII):
        if ch in joined:
            if starts is None:
                lens = np.fromiter(map(len, texts), dtype=np.int64, count=n)
                starts = np.cumsum(lens + 1) - lens - 1
            hold = _holding(joined, ch, texts, starts)
            out |= (nw <= 25) & hold if ch == "<" else hold
    return out


def _holding(joined: str, ch: str, texts: list[str], starts: np.ndarray,
             few: int = 256) -> np.ndarray:
    """Which of the lines `texts` (joined by newlines into `joined`, each starting at
    `starts`) hold the character `ch`: placed from its positions when it occurs a few
    times (a batch holds thousands of lines, one "<" or so), else line by line."""
    n = len(texts)
    if joined.count(ch) > few:
        return np.fromiter(map(methodcaller("__contains__", ch), texts), dtype=bool, count=n)
    pos = []
    at = joined.find(ch)
    while at >= 0:
        pos.append(at)
        at = joined.find(ch, at + 1)
    out = np.zeros(n, dtype=bool)
    out[np.searchsorted(starts, pos, side="right") - 1] = True
    return out


def segments(kept: list) -> list[Segment]:
    """The segments of a body made of the blocks `kept` joined by blank lines: one per raw
    line, the pieces of a block one character apart."""
    one = single_pieces(kept)
    if one is not None:
        # one raw line a block (nearly always): blocks are 2 characters apart
        raws, lens = one
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


def repeats(blocks: list, keep: list[bool], title_index: int | None, pg,
             dups: tuple | None = None) -> None:
    """Text a page shows twice is furniture (caption and alt text, pull quote, repeated
    headline): short repeats (also ones sharing their first 8 words) go entirely, save the
    copies the body reads in its run (`_in_body`); long ones keep one copy, the fullest.
    Lines are compared by the hash of their words (`plain_page`). `dups`
    (`repeated`): the page's entries whose hash it holds more than once, when the batch
    found them; a hash seen once changes nothing unless it is the headline's."""
    nw = pg.nw.tolist()
    tkey = int(pg.line_h[title_index]) if title_index is not None else None
    seen: dict[int, list[int]] = {}
    if dups is not None and (title_index is None or nw[title_index] > 0):
        keys, orders = dups
        if tkey is not None and tkey not in keys:
            # the headline's hash, seen once: its group is the headline alone, at its place
            at = bisect_left(orders, 2 * title_index)
            keys = keys[:at] + [tkey] + keys[at:]
            orders = orders[:at] + [2 * title_index] + orders[at:]
        for key, o in zip(keys, orders):
            seen.setdefault(key, []).append(o >> 1)
    else:
        for i, (h, hh, m) in enumerate(zip(pg.line_h.tolist(), pg.head_h.tolist(), nw)):
            if m:
                seen.setdefault(h, []).append(i)
                if 8 < m <= 60:
                    seen.setdefault(hh, []).append(i)
    before = list(keep)
    for key, idx in seen.items():
        if key == tkey:
            for i in idx:
                keep[i] = False
        elif len(idx) > 1:
            if all(nw[i] <= 40 for i in idx):
                # (a copy of the page's first line is its headline: none stays)
                inside = [i for i in idx if idx[0] and _in_body(blocks, before, nw, i, idx)]
                for i in idx:
                    keep[i] = False
                for i in inside:
                    keep[i] = True
            else:       # the fullest copy stays (a teaser cut with "..." shares its head)
                kept = [i for i in idx if keep[i]]
                best = max(kept, key=nw.__getitem__, default=None)
                for i in kept:
                    keep[i] = i == best


def _in_body(blocks: list, keep: list[bool], nw: list[int], i: int, copies: list[int]) -> bool:
    """A copy the body reads in its run: a kept line of 4+ words between two kept lines,
    neither another copy. A highlights box or pull quote repeats a body sentence, a recipe
    or deals list repeats its own rows; captions with their alt text (side by side), copies
    at the page's edges and teasers the model drops do not qualify. Measured: DEVELOPERS.md."""
    if not (0 < i < len(keep) - 1 and keep[i] and nw[i] >= 4):
        return False
    return all(keep[j] and j not in copies for j in (i - 1, i + 1))


def repeated(pg, segs) -> list[tuple[list[int], list[int]]]:
    """For each page of a batch (joint arrays `pg`, pages `segs`), the `repeats` entries
    (a line's word hash, and its first-8-word hash when it has 9..60 words) whose hash
    occurs more than once on that page: (hashes, 2 * line + 0/1 for hash / head hash), in
    the order `repeats` enters them, lines numbered within the page."""
    nw = pg.nw
    ih = np.flatnonzero(nw > 0)
    ihh = np.flatnonzero((nw > 8) & (nw <= 60))
    keys = np.concatenate([pg.line_h[ih], pg.head_h[ihh]])
    order = np.concatenate([2 * ih, 2 * ihh + 1])
    page = segs.pid[order >> 1]
    srt = np.lexsort((keys, page))
    ks, ps = keys[srt], page[srt]
    same = (ks[1:] == ks[:-1]) & (ps[1:] == ps[:-1])
    hit = np.zeros(len(ks), dtype=bool)
    hit[1:] = same
    hit[:-1] |= same
    sel = srt[hit]
    sel = sel[np.argsort(order[sel], kind="stable")]
    o = order[sel] - 2 * segs.off[:-1][page[sel]]       # within the page
    cut = np.searchsorted(page[sel], np.arange(segs.pages + 1)).tolist()
    k, o = keys[sel].tolist(), o.tolist()
    return [(k[a:b], o[a:b]) for a, b in zip(cut[:-1], cut[1:])]
