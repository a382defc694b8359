"""Quote marks paired inside one paragraph: the scanners the quote layer (and the event
filters that skip quoted words) share.

Curly marks pair by direction, straight marks by the characters around them, single marks
only where they cannot be apostrophes; the scanners jump between mark characters instead of
walking the text, since articles hold hundreds of marks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution import attribution_tail, glued_opener, mismatched_close, sentence_start

DOUBLE_OPEN, DOUBLE_CLOSE = "“„«", "”»"
SINGLE_OPEN, SINGLE_CLOSE = "‘", "’"
OPEN_BEFORE = set(" \t\n([{—–-:/") | set(DOUBLE_OPEN)
# the characters the mark scanners stop at (they jump between these, never walk the text)
_DOUBLE_MARK = re.compile("[\"" + DOUBLE_OPEN + DOUBLE_CLOSE + "]")
_SINGLE_OPEN_MARK = re.compile("[" + SINGLE_OPEN + "']")
_SINGLE_STOP = re.compile("[" + SINGLE_CLOSE + "'" + DOUBLE_OPEN + DOUBLE_CLOSE + "]|\n\n")


@dataclass
class Mark:
    start: int            # offset of the opening mark (or of the quote text when it has none)
    end: int              # offset just past the closing mark (or the quote text)
    text_start: int
    text_end: int
    closed: bool = True


def _paragraphs(text: str):
    pos = 0
    for para in text.split("\n"):        # a line break always ends a quote's paragraph
        start = text.find(para, pos)
        pos = start + len(para)
        if para.strip():
            yield start, para


def _is_opener(p: str, i: int) -> bool:
    prev = p[i - 1] if i > 0 else " "
    nxt = p[i + 1] if i + 1 < len(p) else " "
    return (prev in OPEN_BEFORE or prev.isspace()) and not nxt.isspace()


def _is_closer(p: str, i: int) -> bool:
    prev = p[i - 1] if i > 0 else " "
    nxt = p[i + 1] if i + 1 < len(p) else " "
    return not prev.isspace() and not nxt.isalnum()


def _backward_closer(p: str, i: int) -> bool:
    """'…for her here,“ said Jim Clyburn, a …': an opener's shape glued to the punctuation
    that ends the quoted words and followed by a space cannot open anything (openers follow
    a space and touch their first word); the writer typed it for the closer."""
    return 0 < i < len(p) - 1 and p[i - 1] in ",.!?" and p[i + 1] in " \t"


def _glued_straight(p: str, i: int) -> bool:
    """'… no known links.\"There is no reason …,\" he said': a straight mark between a
    sentence's end and a capital, with an odd number of straight marks still to come, opens
    the next quote (pages that drop the space after a sentence); read as an orphan closer it
    would turn the sentence before it into a quote."""
    return 0 < i and p[i - 1] in ".!?" and p[i + 1:i + 2].isupper() and p.count('"', i + 1) % 2 == 1


def double_quotes(p: str) -> list[Mark]:
    """Pairs of double marks in one paragraph; unclosed ones run to the paragraph's end,
    orphan closers reach back to the start of their sentence."""
    out: list[Mark] = []
    open_at = None
    nested = False                 # a quote in the other style inside the open one
    for mk in _DOUBLE_MARK.finditer(p):
        i, ch = mk.start(), mk.group()
        if open_at is not None:
            outer = p[open_at]
            if outer == '"' and ch in DOUBLE_OPEN:
                nested = True
                continue
            if outer == '"' and ch in DOUBLE_CLOSE and nested:
                nested = False
                continue
            if outer in DOUBLE_OPEN and ch == '"':
                if nested or (_is_opener(p, i) and not _is_closer(p, i)):
                    nested = not nested
                    continue
            nested = False
        if ch == '"':
            opener = open_at is None and (_is_opener(p, i) or _glued_straight(p, i))
            closer = open_at is not None
            if not opener and not closer:
                if _is_closer(p, i):       # an orphan closer: the quote lost its opening mark
                    floor = out[-1].end if out else 0
                    s = sentence_start(p, i, floor)
                    if i - s > 1:
                        out.append(Mark(s, i + 1, s, i))
                continue
        else:
            opener = ch in DOUBLE_OPEN or (open_at is None and glued_opener(p, i))
            closer = not opener
        if opener and open_at is None:
            open_at = i
        elif opener and (attribution_tail(p, i) or _backward_closer(p, i)):   # '…regions, “said PM Diab.'
            out.append(Mark(open_at, i + 1, open_at + 1, i))
            open_at = None
        elif opener:                        # a second opener: the first quote was never closed
            out.append(Mark(open_at, i, open_at + 1, i, closed=False))
            open_at = i
        elif closer and open_at is not None:
            out.append(Mark(open_at, i + 1, open_at + 1, i))
            open_at = None
        elif closer:
            floor = out[-1].end if out else 0
            s = sentence_start(p, i, floor)
            if i - s > 1:
                out.append(Mark(s, i + 1, s, i))
    if open_at is not None:
        i = mismatched_close(p, open_at)
        out.append(Mark(open_at, len(p), open_at + 1, len(p), closed=False) if i is None
                   else Mark(open_at, i + 1, open_at + 1, i))
    return out


def single_quotes(p: str, taken: list[Mark]) -> list[Mark]:
    """Single-mark quotes outside double ones: an opener at a word start and a closer
    that is not followed by a letter (so "Qatar’s" and "didn’t" are never quote ends)."""
    out: list[Mark] = []
    inside = [(m.start, m.end) for m in taken]
    n = len(p)
    i = 0
    while (mo := _SINGLE_OPEN_MARK.search(p, i)) is not None:   # jump from mark to mark
        i = mo.start()
        if _is_opener(p, i) and (p[i + 1:i + 2].isalnum() or p[i + 1:i + 2] in "…."):
            if any(a <= i < b for a, b in inside):
                i += 1
                continue
            j = n
            for mc in _SINGLE_STOP.finditer(p, i + 1):
                k = mc.start()
                if mc.group() in SINGLE_CLOSE + "'":
                    if _is_closer(p, k) and not (
                            p[k - 1] == "s" and p[k + 1:k + 2] == " " and p[k + 2:k + 3].islower()
                            and k - i > 60):
                        j = k
                        break
                    continue
                break                      # a double mark or a blank line: no closer
            if j < n and j - i > 1:
                out.append(Mark(i, j + 1, i + 1, j))
                i = j + 1
                continue
        i += 1
    return out


_DOUBLED = re.compile("'''|''|``")


def two_singles(p: str) -> str:
    """Some archives and wires write a double quote as two single marks (''…'', or TeX's
    ``…''): read each pair as one straight double mark, keeping every offset. The pairs are
    followed in order, so a '' that closes nothing after a word and before a lower-case word
    ("the rebels'' positions") is a doubled apostrophe, not a quote's end. Three marks are a
    double and a single mark meeting, the double one outside ('''Bowl,''' he said)."""
    if "''" not in p and "``" not in p:
        return p
    out, last, open_ = [], 0, False
    for m in _DOUBLED.finditer(p):
        i, j = m.start(), m.end()
        prev = p[i - 1] if i else " "
        nxt = p[j:j + 1] or " "
        opener = m.group() == "``" or ((prev in OPEN_BEFORE or prev.isspace()) and not nxt.isspace())
        if opener:
            rep, open_ = ' "', True
        elif open_:
            rep, open_ = '" ', False
        elif prev.isalpha() and nxt == " " and p[j + 1:j + 2].islower():
            rep = "' "                     # a possessive typed twice: no quote opened before it
        else:
            rep = '" '                     # an orphan closer: the opening mark was lost
        if j - i == 3:                     # the single mark sits inside the double one
            rep = rep + "'" if opener else "'" + rep
        out.append(p[last:i] + rep)
        last = j
    out.append(p[last:])
    return "".join(out)


def line_doubles(text: str):
    """(line offset, line, mark) for every double quotation of each line, doubled single marks
    read as double ones: the one reading the event filters share."""
    pos = 0
    for para in text.split("\n"):
        for m in double_quotes(two_singles(para)):
            yield pos, para, m
        pos += len(para) + 1


def find_quotes(p: str) -> list[Mark]:
    p = two_singles(p)
    dq = double_quotes(p)
    sq = single_quotes(p, dq)
    # British style: 'outer "inner"' -> drop the nested double quote
    dq = [d for d in dq if not any(s.start < d.start and d.end <= s.end for s in sq)]
    return sorted(dq + sq, key=lambda m: m.start)
