"""Feast days as dates: Easter and the fixed feasts a report may date an act by ("on Easter
Sunday", "on Christmas Day"), and when a bare "Christmas" names a day at all (a "Christmas
market" does not). Kept apart from dates.py, which resolves every other expression.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache


@lru_cache(maxsize=64)
def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


FEASTS = {
    "easter sunday": lambda y: easter(y), "easter monday": lambda y: easter(y) + timedelta(1),
    "good friday": lambda y: easter(y) - timedelta(2), "christmas day": lambda y: date(y, 12, 25),
    "christmas": lambda y: date(y, 12, 25), "christmas eve": lambda y: date(y, 12, 24),
    "new year's day": lambda y: date(y, 1, 1), "new year's eve": lambda y: date(y, 12, 31),
    "boxing day": lambda y: date(y, 12, 26),
}


_TIME_BEFORE = re.compile(r"\b(?:on|at|by|before|after|until|till|over|since|for|this|last|next|"
                          r"during|around|from|through)\s+$", re.I)
_THING_AFTER = re.compile(r"\s+(?:markets?|fairs?|trees?|shopping|shoppers|decorations?|lights|"
                          r"parties|party|cards?|carols?|concerts?|presents?|gifts?|stalls?|"
                          r"holidays?|season|period|break|truce|message|address|speech|services?)\b",
                          re.I)


def feast_day(sentence: str, start: int, end: int) -> bool:
    """Whether a feast's name found at start..end names its day: bare "Christmas" only after
    a time word and before no thing it qualifies ("killed at a Christmas market" is no 25
    December); "Christmas Day", "Easter Sunday" and the others always do."""
    if sentence[start:end].lower() != "christmas":
        return True
    return bool(_TIME_BEFORE.search(sentence, 0, start)) and not _THING_AFTER.match(sentence, end)
