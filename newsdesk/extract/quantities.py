"""Quantities in text ("more than 40", "between 15 and 35", "a dozen", "dozens", "1,500",
"three to five", "twenty-five") as `Count(low, high)` with how they were qualified.

Kept apart from the casualty rules in `counts.py` because any figure in news needs it
(arrests, displaced people, troops) and because it is the part with the conventions:
"more than / over / at least N" -> (N, None); "N or more", "N-plus" -> (N, None);
"between A and B", "A to B", "A or B" -> (A, B); approximate and upper-bound phrases
("nearly", "about", "some", "up to", "as many as") -> (N, N), the stated number, with the
qualifier ("approx", "at_most") kept so callers can tell; "dozens" -> (24, None), "scores"
-> (40, None), "hundreds" -> (200, None), "thousands" -> (2000, None) (FORMAT.md fixes
"dozens"). Anything above 10 million is noise (None); "1e309", "9am", "two-thirds" are no
quantities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Count

MAX_PLAUSIBLE = 10_000_000
_TOKEN = re.compile(r"\d+[A-Za-z][A-Za-z0-9]*|[A-Za-z]+\d[A-Za-z0-9]*|\d+(?:,\d{3})+(?:\.\d+)?"
                    r"|\d+(?:\.\d+)?|[A-Za-z]+(?:['’][A-Za-z]+)?|\S")


def word_set(s: str) -> set[str]:
    return set(s.split())


def phrase_set(s: str) -> set[tuple[str, ...]]:
    """"killed|gunned down|bodies of" -> {("killed",), ("gunned", "down"), ("bodies", "of")}"""
    return {tuple(p.split()) for p in s.split("|")}


UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven "
                                    "twelve thirteen fourteen fifteen sixteen seventeen eighteen "
                                    "nineteen".split()) if i}
TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety"
                                        .split(), 2)}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# vague plurals: (low, None) as FORMAT.md fixes for "dozens"
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2_000_000}
FRACTIONS = word_set("half halves third thirds quarter quarters fifth fifths tenth tenths percent "
                   "per %")
# modifiers before a number, by the qualifier they give
MODIFIERS = {ph: q for q, text in (
    ("min", "more than|over|at least|upwards of|in excess of|no fewer than|no less than|"
            "not less than|just over|well over|a minimum of|exceeds|exceeded"),
    ("approx", "nearly|almost|about|around|some|approximately|roughly|close to|an estimated|"
               "estimated|just under|approx|circa"),
    ("at_most", "up to|as many as|at most|fewer than|less than|under|no more than|not more than|"
                "no higher than|not exceeding|a maximum of"),
) for ph in phrase_set(text)}
MAX_MOD = max(len(k) for k in MODIFIERS)
# the only words a quantity can start with (others are skipped without parsing)
STARTS = (set(UNITS) | set(TENS) | set(SCALES) | set(VAGUE) | {k[0] for k in MODIFIERS}
          | {"between", "from", "a", "half", "tens", "dozen"})


@dataclass
class Tok:
    text: str
    low: str
    start: int
    end: int


@dataclass
class Quantity:
    i: int                # first token (modifier included)
    j: int                # one past the last token
    count: Count
    qualifier: str        # exact, min, approx, at_most, range, vague
    start: int
    end: int


def tokenize(text: str) -> list[Tok]:
    return [Tok(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def abbrev_dot(toks: list[Tok], j: int) -> bool:
    """toks[j] is the dot of a dotted initial ("U.S.", "U.N."): a capital letter right before
    it and another initial right after it, or the capital closes a run of such initials."""
    prev = toks[j - 1] if j else None
    if prev is None or prev.end != toks[j].start or len(prev.text) != 1 or not prev.text.isupper():
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    before = toks[j - 2] if j >= 2 else None
    return (nxt is not None and nxt.start == toks[j].end and len(nxt.text) == 1 and nxt.text.isupper()) \
        or (before is not None and before.text == "." and before.end == prev.start)


def _words_value(words: list[str]) -> int | None:
    """Number words ("one hundred and twenty", "twenty five") to an int."""
    total, cur, seen = 0, 0, False
    for w in words:
        if w in UNITS:
            cur += UNITS[w]
        elif w in TENS:
            cur += TENS[w]
        elif w == "hundred":
            cur = (cur or 1) * 100
        elif w in SCALES:
            total += (cur or 1) * SCALES[w]
            cur = 0
        elif w in ("and", "-", "a"):
            continue
        else:
            return None
        seen = True
    return total + cur if seen else None


def read_number(toks: list[Tok], i: int) -> tuple[int, int, str] | None:
    """A bare number at token i: (value, next index, kind) with kind exact or vague."""
    n = len(toks)
    if i >= n:
        return None
    t = toks[i]
    w = t.low
    if w[0].isdigit():
        if not w.replace(",", "").replace(".", "").isdigit():
            return None       # 1e309, 9am, 3rd, 47s
        if i + 1 < n and toks[i + 1].start == t.end and toks[i + 1].low[0].isalnum():
            return None       # 1e309, 9am, 3rd
        try:
            v = float(w.replace(",", ""))
        except ValueError:
            return None
        j = i + 1
        if j < n and toks[j].low in SCALES:
            v *= SCALES[toks[j].low]
            j += 1
        if v != int(v):
            return None
        return int(v), j, "exact"
    if w == "tens" and i + 2 < n and toks[i + 1].low == "of" and toks[i + 2].low == "thousands":
        return 20000, i + 3, "vague"
    if w == "hundreds" and i + 2 < n and toks[i + 1].low == "of" and toks[i + 2].low == "thousands":
        return 200000, i + 3, "vague"
    if w in VAGUE:
        return VAGUE[w], i + 1, "vague"
    if w == "half" and i + 2 < n and toks[i + 1].low == "a" and toks[i + 2].low == "dozen":
        return 6, i + 3, "exact"
    if w == "half" and i + 2 < n and toks[i + 1].low == "a" and toks[i + 2].low in SCALES:
        return SCALES[toks[i + 2].low] // 2, i + 3, "exact"     # "half a million": not a million
    if w == "a" and i + 1 < n and toks[i + 1].low == "dozen":
        return 12, i + 2, "exact"
    if w == "a" and i + 1 < n and toks[i + 1].low in ("hundred", "thousand", "million"):
        i += 1
        w = toks[i].low
    if w == "dozen":
        return 12, i + 1, "exact"
    if w not in UNITS and w not in TENS and w not in SCALES:
        return None
    j, words = i, []
    while j < n:
        lw = toks[j].low
        if lw in UNITS or lw in TENS or lw in SCALES:
            words.append(lw)
            j += 1
        elif lw in ("-", "and") and j + 1 < n and (toks[j + 1].low in UNITS or toks[j + 1].low in TENS) \
                and words and (words[-1] in TENS or (lw == "and" and words[-1] in SCALES)):
            j += 1
        else:
            break
    v = _words_value(words)
    if v is not None and j < n and toks[j].low == "dozen":     # "three dozen": 36, not 3
        v, j = v * 12, j + 1
    return (v, j, "exact") if v is not None else None


def modifier(toks: list[Tok], i: int) -> tuple[str, int] | None:
    for k in range(MAX_MOD, 0, -1):
        key = tuple(t.low for t in toks[i:i + k])
        if len(key) == k and key in MODIFIERS:
            return MODIFIERS[key], i + k
    return None


def _is_num(t: Tok) -> bool:
    return t.low[0].isdigit() or t.low in UNITS or t.low in TENS or t.low in SCALES


def _inside_number(toks: list[Tok], i: int) -> bool:
    """Token i continues a number begun before it (so parsing must not restart there)."""
    if i == 0 or not (toks[i].low in UNITS or toks[i].low in TENS or toks[i].low in SCALES):
        return False
    prev = toks[i - 1]
    if _is_num(prev):
        return True
    return prev.low in ("and", "-") and i >= 2 and _is_num(toks[i - 2]) and (
        prev.low == "-" or toks[i - 2].low in SCALES)


def quantity_at(toks: list[Tok], i: int) -> Quantity | None:
    """The quantity starting at token i (modifier, number, range or open tail), if any."""
    n = len(toks)
    if _inside_number(toks, i):
        return None           # "million" in "one hundred and twenty million": no new figure
    qual, k = "exact", i
    range_start = toks[i].low in ("between", "from")
    if range_start:
        k = i + 1
    else:
        mod = modifier(toks, i)
        if mod:
            qual, k = mod
            if k + 1 < n and toks[k].low == "a" and toks[k + 1].text[:1].isdigit():
                k += 1        # spoken "over a 100": the article belongs to the figure
    core = read_number(toks, k)
    if not core:
        return None
    low, j, kind = core
    high: int | None = low
    if kind == "vague":
        high, qual = None, "vague" if qual == "exact" else qual
    if qual == "min":
        high = None
    # range tail: "15 and 35" (after between), "three to five", "15-20", "three or four"
    links = ("and",) if toks[i].low == "between" else ("to", "-", "–", "or")
    if j + 1 < n and toks[j].low in links and kind == "exact":
        if toks[j].low == "-" and toks[j].start != toks[j - 1].end:
            pass
        else:
            nxt = read_number(toks, j + 1)
            if nxt and nxt[2] == "exact" and nxt[0] > low:
                high, j, qual = nxt[0], nxt[1], "range"
    elif range_start:
        return None
    if j + 1 < n and toks[j].low == "or" and toks[j + 1].low in ("more", "so"):
        if toks[j + 1].low == "more":
            high, qual = None, "min"
        else:
            qual = "approx"
        j += 2
    elif j < n and (toks[j].low == "+" or (toks[j].low == "-" and j + 1 < n and toks[j + 1].low == "plus")):
        high, qual = None, "min"
        j += 1 if toks[j].low == "+" else 2
    if low > MAX_PLAUSIBLE or (high is not None and high > MAX_PLAUSIBLE):
        return None
    return Quantity(i, j, Count(low, high), qual, toks[i].start, toks[j - 1].end)


def quantities(text: str) -> list[Quantity]:
    """Every quantity in the text (people-like or not), left to right, non-overlapping."""
    toks = tokenize(text)
    out, i = [], 0
    while i < len(toks):
        q = quantity_at(toks, i)
        if q:
            out.append(q)
            i = q.j
        else:
            i += 1
    return out


def parse_quantity(text: str) -> Count | None:
    """The first quantity in a phrase: "more than 40" -> Count(40, None); None if absent,
    a fraction ("two-thirds") or implausibly large."""
    toks = tokenize(text)
    for i in range(len(toks)):
        q = quantity_at(toks, i)
        if q:
            if q.j < len(toks) and (toks[q.j].low in FRACTIONS or (
                    toks[q.j].text in "-–" and q.j + 1 < len(toks) and toks[q.j + 1].low in FRACTIONS)):
                return None
            return q.count
    return None
