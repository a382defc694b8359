r"""Cheap exact stand-ins for regex scans the extractors run on every article.

Why: a pattern like r"\b(?:said|told|...)\b" is tried at every word start of the text, one
alternative after another, and a pattern compiled per name (re.escape(name) + ...) misses
the regex cache on every article. Both kinds only ever match whole words or a literal, so a
set lookup per word, or str.find, finds the very same matches (same offsets, same order).
"""
from __future__ import annotations

import re

WORD_RUN = re.compile(r"\w+")       # the runs between the regex engine's word boundaries


def alternatives(inner: str) -> frozenset[str]:
    """The words an alternation of plain lower-case words spells ("emphasi[sz]ed" gives two)."""
    out = set()
    for alt in inner.split("|"):
        m = re.fullmatch(r"([a-z]*)\[([a-z]+)\]([a-z]*)", alt)
        out |= {m.group(1) + c + m.group(3) for c in m.group(2)} if m else {alt}
    assert all(re.fullmatch("[a-z]+", w) for w in out), "plain words only"
    return frozenset(out)


class WordCount:
    r"""len(rx.findall(text)) for a case-insensitive list of whole words
    (r"\b(?:w1|w2s?|pre\w*|two words)\b"), from the text's word runs. A word with non-ASCII
    letters is checked with the pattern itself (Unicode case folds such as 'ſ')."""

    def __init__(self, rx: "re.Pattern"):
        inner = re.fullmatch(r"\\b\(\?:(.*)\)\\b", rx.pattern, re.S).group(1)
        words, prefixes, pairs = set(), [], []
        for alt in inner.split("|"):
            if alt.endswith("s?"):
                words |= {alt[:-2], alt[:-2] + "s"}
            elif alt.endswith("\\w*"):
                prefixes.append(alt[:-3])
            elif " " in alt:
                pairs.append(tuple(alt.split(" ")))
            else:
                words.add(alt)
        assert all(re.fullmatch("[a-z]+", w) for w in [*words, *prefixes, *(x for p in pairs for x in p)])
        assert all(len(p) == 2 for p in pairs)
        self.words, self.prefixes = frozenset(words), tuple(prefixes)
        self.whole = re.compile("(?:" + inner + ")", rx.flags)
        self.pairs = [(a, re.compile(r"\b" + a + " " + b + r"\b", rx.flags)) for a, b in pairs]

    def __call__(self, text: str, runs: list[str] | None = None) -> int:
        """The count in `text`; `runs` are its word runs when the caller has them."""
        words, prefixes, whole = self.words, self.prefixes, self.whole
        n = 0
        for w in WORD_RUN.findall(text) if runs is None else runs:
            if w.isascii():
                low = w.lower()
                n += low in words or bool(prefixes and low.startswith(prefixes))
            elif whole.fullmatch(w):
                n += 1
        if self.pairs:               # "box office": two runs and one space
            low_text = text.lower()
            n += sum(len(rx.findall(text)) for first, rx in self.pairs if first in low_text)
        return n


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"          # what the regex engine calls a word character


def boundary_at(text: str, i: int) -> bool:
    r"""Whether `\b` matches at offset `i` of `text` (a word character on one side only)."""
    return (i > 0 and _is_word(text[i - 1])) != (i < len(text) and _is_word(text[i]))


def literal_then(text: str, literal: str, rx: "re.Pattern", word_start: bool = False):
    r"""The first match of `rx` right after an occurrence of `literal` (with `word_start`,
    an occurrence that begins at a word boundary): what re.search(r"\b" +
    re.escape(literal) + rx.pattern, text) finds, without compiling a pattern per name."""
    if not literal:
        return re.search((r"\b" if word_start else "") + rx.pattern, text)
    first = _is_word(literal[0])
    i = text.find(literal)
    while i >= 0:
        if not word_start or (i > 0 and _is_word(text[i - 1])) != first:
            m = rx.match(text, i + len(literal))
            if m:
                return m
        i = text.find(literal, i + 1)
    return None


def occurrences(text: str, literal: str) -> list[int]:
    """Start offsets of the non-overlapping occurrences of `literal` (re.finditer of the
    escaped literal, as a substring search)."""
    if not literal:
        return [m.start() for m in re.finditer("", text)]
    out, i = [], text.find(literal)
    while i >= 0:
        out.append(i)
        i = text.find(literal, i + len(literal))
    return out
