"""Case-insensitive patterns run without IGNORECASE, on lower-cased text: same matches, a
third of the time.

Why: Python's engine skips an alternative on its first character only when that character
is a plain literal; under IGNORECASE every literal is a case-folding one, so a long list of
words ("storms?|floods?|...") is entered alternative by alternative at every word start.
Lower-casing the text once and the pattern's literals once gives plain literals back.

Exact when lower-casing lines up with the engine's case folding: the pattern's cased
characters are ASCII, and the text has none of the few characters the engine folds to an
ASCII letter that `str.lower` does not give (or that lower-case to two characters, like
'İ'); otherwise the original pattern runs. Matches are re-read with the original pattern at
the same offset, so callers get the very match objects (groups, original case) it gives.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .prefixes import _FOLD_ODD

# tokens of a pattern: an escape, a group name, a back-reference or inline-flag opening, a character
_TOKEN = re.compile(r"\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\.|\(\?P<\w+>|\(\?P=|"
                    r"\(\?[aiLmsux-]+[:)]|.", re.S)
_CASED_RANGE = re.compile(r"[A-Za-z]-[A-Za-z]")


def lowered(pattern: str) -> str:
    """The pattern with its literal letters lower-cased and its named groups made plain
    (for searching only). ValueError for what lower-casing could change the meaning of:
    a cased character given by code, back-references, inline flags, a range whose ends
    differ in case, cased characters beyond ASCII."""
    if any(not ch.isascii() and ch.lower() != ch.upper() for ch in pattern):
        raise ValueError("cased characters beyond ASCII")
    if any(a.isupper() != b.isupper() for a, _, b in (m.group() for m in _CASED_RANGE.finditer(pattern))):
        raise ValueError("a character range whose ends differ in case")
    out = []
    for m in _TOKEN.finditer(pattern):
        tok = m.group()
        if tok[0] == "\\":
            coded = chr(int(tok[2:], 16)) if tok[1] in "xuU" and len(tok) > 2 else ""
            if tok[1] in "xuUN0123456789" and (not coded or coded.lower() != coded.upper()):
                raise ValueError(f"escape {tok!r}")     # a cased character by code, a back-reference
            out.append(tok)
        elif tok.startswith("(?P<"):
            out.append("(?:")
        elif tok.startswith("(?") and len(tok) > 2:
            raise ValueError(f"back-reference or inline flags {tok!r}")
        else:
            out.append(tok.lower())
    return "".join(out)


def _low_text(text: str) -> str | None:
    """`text` lower-cased, or None when that would not line up with case folding."""
    low = text.lower()
    return low if len(low) == len(text) and not _FOLD_ODD.search(text) else None


aligned_lower = _low_text     # for callers that search lower-cased literals with str.find


class Folded:
    """`rx` (compiled with IGNORECASE) searched on lower-cased text; see the module doc."""

    def __init__(self, rx: re.Pattern):
        if not rx.flags & re.I:
            raise ValueError("only case-insensitive patterns fold")
        self.rx = rx
        self.low = re.compile(lowered(rx.pattern), rx.flags & ~re.I)

    def search(self, text: str) -> re.Match | None:
        low = _low_text(text)
        if low is None:
            return self.rx.search(text)
        m = self.low.search(low)
        return None if m is None else self.rx.match(text, m.start())

    def finditer(self, text: str):
        low = _low_text(text)
        if low is None:
            yield from self.rx.finditer(text)
            return
        for m in self.low.finditer(low):
            yield self.rx.match(text, m.start())

    def count(self, text: str) -> int:
        """len(rx.findall(text))."""
        low = _low_text(text)
        if low is None:
            return len(self.rx.findall(text))
        return sum(1 for _ in self.low.finditer(low))


@lru_cache(maxsize=None)
def folded(rx: re.Pattern) -> Folded:
    """The Folded form of a module-level pattern, built once."""
    return Folded(rx)
