"""A crew size given as a range ("two or three gunmen", "gunmen, perhaps four or five") is
an interval, not a figure with a margin: for `dispute_headcount`, two ranges that do not
overlap ("two or three" against "four or five") are rival accounts of the crew, and an exact
figure inside a range ("three" against "two or three") agrees with it.

Why apart from headcount: its estimates ("about ten men") allow a third either way, which
would let "two or three" (read as three) and "four or five" (read as four) pass as one
size; the stated ends of a range are the source's own margin and say more.
"""
from __future__ import annotations

import re

from ..extract.quantities import UNITS

_WORD = "|".join(w for w, n in UNITS.items() if 1 <= n <= 20)
_N = rf"(?:\d{{1,2}}|{_WORD})"
_CREW = r"(?:gunmen|attackers|assailants|shooters|bombers|hijackers|terrorists|militants|jihadists|insurgents|" \
        r"knifemen|perpetrators|men)"
# "two or three attackers", "eight to ten gunmen" (the top is the count headcount reads)
BEFORE = re.compile(rf"(?<![\w-])({_N})\s+(?:or|to)\s+({_N})\s+(?:[\w-]+\s+){{0,2}}?{_CREW}\b", re.I)
# "gunmen, perhaps four or five," (the bottom is the count headcount reads)
AFTER = re.compile(rf"\b{_CREW},\s+(?:perhaps|possibly|maybe|about|around|some|roughly)\s+({_N})\s+(?:or|to)\s+({_N}),",
                   re.I)


def _n(word: str) -> int:
    return int(word) if word.isdigit() else UNITS[word.lower()]


def crew_ranges(text: str) -> dict[int, tuple[int, int]]:
    """{the value headcount reads: (low, high)} for each range of a crew the sentence gives."""
    out = {}
    for m in BEFORE.finditer(text):
        lo, hi = _n(m.group(1)), _n(m.group(2))
        if lo < hi:
            out[hi] = (lo, hi)
    for m in AFTER.finditer(text):
        lo, hi = _n(m.group(1)), _n(m.group(2))
        if lo < hi:
            out[lo] = (lo, hi)
    return out


def range_clash(v1: int, v2: int, spans: dict[int, tuple[int, int]]) -> bool | None:
    """Whether two crew sizes clash when one is a range (None when neither is)."""
    a, b = spans.get(v1), spans.get(v2)
    if a and b:
        return a[1] < b[0] or b[1] < a[0]
    if a or b:
        lo, hi = a or b
        other = v2 if a else v1
        return not lo <= other <= hi
    return None
