"""Word-start gates for trigger tables: which short strings every match of a regex must begin
with, read off the compiled pattern's syntax tree.

Why: a table of ~50 case-insensitive trigger regexes run row by row costs ~0.5 ms per
sentence, and one big alternation is slower still (Python's engine skips ahead only on a
literal prefix). Most rows cannot match most sentences, and a row whose every match starts
at a word start with one of a few known strings ("kill", "dea", "toll") need only be tried
at the word starts that begin that way. The gate only widens what it cannot read (it stops
at classes, wildcards and repeats), so a gated table finds exactly what the full one finds.
"""
from __future__ import annotations

import re

try:                                   # Python 3.11+
    from re import _constants as _C
    from re import _parser as _P
except ImportError:                    # pragma: no cover - older Pythons
    import sre_constants as _C         # type: ignore
    import sre_parse as _P             # type: ignore

KEY_LEN = 5            # gate strings are at most this long
_MAX_OPEN = 400        # more partial prefixes than this: give up (the row runs ungated)
_MEMO_MAX = 50_000     # windows remembered per table (a bound for endless runs)
# the KEY_LEN characters from each word start (a look-ahead, so windows may overlap)
_WINDOW = re.compile(r"\b(?=(\w.{0,%d}))" % (KEY_LEN - 1), re.S)
# characters that IGNORECASE matches to an ASCII letter their str.lower() does not give
_FOLD_ODD = re.compile("[\u017f\u0131\u0130\u212a\u212b\u1e9e\u03c2\u1fbe\u00b5]")


class _Ungated(Exception):
    """The pattern's starts cannot be bounded: the row must always run."""


def _class_chars(items, flags: int) -> set[str] | None:
    """The characters of a small, plain character class (None when large or categorial)."""
    out: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            out.add(chr(av))
        elif op is _C.RANGE and av[1] - av[0] < 12:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return {c.lower() for c in out} if flags & re.I else out


def _close(open_: set, closed: set) -> None:
    for text, bound in open_:
        if not text:
            raise _Ungated
        closed.add((text, bound))


def _walk(seq, open_: set, closed: set, flags: int) -> set:
    """Extend the open prefixes (text, after_boundary) through `seq`; finished ones go to
    `closed`. Returns the prefixes still open after the sequence."""
    for op, av in seq:
        if not open_:
            return open_
        if len(open_) > _MAX_OPEN:
            raise _Ungated
        if op is _C.LITERAL or op is _C.IN:
            chars = {chr(av).lower() if flags & re.I else chr(av)} if op is _C.LITERAL \
                else _class_chars(av, flags)
            if chars is None:
                _close(open_, closed)
                return set()
            nxt = set()
            for text, bound in open_:
                for ch in chars:
                    if not text and not (bound and (ch.isalnum() or ch == "_")):
                        raise _Ungated      # a match could start mid-word or on a non-word char
                    if len(text) + 1 >= KEY_LEN:
                        closed.add((text + ch, bound))
                    else:
                        nxt.add((text + ch, bound))
            open_ = nxt
        elif op is _C.AT:
            if av is _C.AT_BOUNDARY:
                open_ = {(t, True) if not t else (t, b) for t, b in open_}
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            continue                            # zero-width: ignoring it only widens the gate
        elif op is _C.SUBPATTERN:
            open_ = _walk(av[-1], open_, closed, flags | (av[1] or 0))
        elif op is _C.BRANCH:
            open_ = set().union(*(_walk(alt, set(open_), closed, flags) for alt in av[1]))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            lo, hi, sub = av
            once = _walk(sub, set(open_), closed, flags)
            if hi != 1:                         # later repetitions: stop reading there
                _close(once, closed)
                once = set()
            open_ = (open_ | once) if lo == 0 else once
        else:                                   # wildcards, back-references, categories
            _close(open_, closed)
            return set()
    return open_


def start_keys(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings (<= KEY_LEN chars) one of which begins every match, each match starting at
    a word start; None when the pattern does not allow such a bound."""
    try:
        tree = _P.parse(pattern, flags)
        closed: set = set()
        _close(_walk(list(tree), {("", False)}, closed, flags | tree.state.flags), closed)
    except (_Ungated, RecursionError):
        return None
    return frozenset(text for text, _ in closed)


class StartIndex:
    """Gates of a table of regexes: for a text, the word starts at which each row could
    match. `finditer_at` then tries a gated row only there, which yields the very matches
    `rx.finditer(text)` would (leftmost first, non-overlapping), since no match can start
    anywhere else."""

    def __init__(self, patterns: list[str], flags: int = 0):
        self.ungated: list[int] = []
        tmp: dict[str, list[int]] = {}
        for r, pat in enumerate(patterns):
            keys = start_keys(pat, flags)
            if keys is None:
                self.ungated.append(r)
                continue
            for k in keys:
                tmp.setdefault(k, []).append(r)
        self.rows_of = {k: tuple(v) for k, v in tmp.items()}
        self.lengths = sorted({len(k) for k in tmp})     # only these prefix lengths are looked up
        self._window_rows: dict[str, tuple[int, ...]] = {}

    def starts(self, text: str) -> dict[int, list[int]] | None:
        """row -> ascending word starts where that row may match; None when lower-casing
        would not line up with IGNORECASE matching (then run every row everywhere)."""
        low = text.lower()
        if len(low) != len(text) or _FOLD_ODD.search(text):
            return None
        out: dict[int, list[int]] = {}
        memo = self._window_rows
        for m in _WINDOW.finditer(low):
            w = m.group(1)
            rows = memo.get(w)
            if rows is None:
                rows = self._rows(w)
            if rows:
                i = m.start()
                for r in rows:
                    lst = out.get(r)
                    if lst is None:
                        out[r] = [i]
                    else:
                        lst.append(i)
        return out

    def _rows(self, window: str) -> tuple[int, ...]:
        """The rows whose gates admit a word start with this window, each once, in the
        order the gate lengths find them; memoised (the same windows recur in every text)."""
        got: list[int] = []
        for k in self.lengths:
            for r in self.rows_of.get(window[:k], ()):
                if r not in got:
                    got.append(r)
        if len(self._window_rows) >= _MEMO_MAX:
            self._window_rows.clear()
        self._window_rows[window] = rows = tuple(got)
        return rows


def finditer_at(rx: re.Pattern, text: str, starts: list[int]):
    """`rx.finditer(text)` restricted to candidate start positions (see StartIndex)."""
    end = 0
    for p in starts:
        if p < end:
            continue
        m = rx.match(text, p)
        if m is not None:
            yield m
            end = m.end()
