"""Quantities that never count people: dates, years, ages, times, money, fractions, measures
and animals ("16 June", "a 52-year-old", "24 hours", "$5", "4,000 dead wild birds").

Why its own piece: the casualty rules in `counts.py` link a figure to a cue ("killed",
"the death toll rose to"); whether the figure could be people at all is a separate question
asked first, by the words glued to it and around it, and its word lists grow on their own.
"""
from __future__ import annotations

from .quantities import FRACTIONS, Quantity, Tok, word_set

__all__ = ["not_people"]

MONTHS = word_set("january february march april may june july august september october november "
                "december jan feb mar apr jun jul aug sep sept oct nov dec")
# a quantity followed by one of these is a measure or a thing, not people
NOT_PEOPLE = word_set(
    "hour hours day days week weeks month months year years minute minutes second seconds decade "
    "decades mile miles km kilometres kilometers kilometre kilometer metres meters m feet ft yards "
    "percent per % dollars euros pounds rupees usd times am pm a.m p.m gmt utc o'clock tons tonnes "
    "acres points votes seats rounds shells rockets missiles bombs blasts explosions attacks "
    "vehicles cars tanks buildings homes houses villages km2 sq square degrees billion bn mn "
    "gallons barrels litres liters cm mm kg lbs pages games goals")
ANIMALS = word_set("birds bird chickens chicken ducks duck geese swans poultry pigs pig hogs "
                   "cattle cows sheep goats horses dogs dog cats animals fish owls camels "
                   "livestock deer")
CURRENCY = word_set("$ £ € ¥ us$ rs")


def not_people(toks: list[Tok], q: Quantity, text: str) -> bool:
    """Dates, years, ages, times, money, fractions and measures are never casualties."""
    n = len(toks)
    num = next((t for t in toks[q.i:q.j] if t.low[0].isdigit()), None)
    first_num_idx = next((k for k in range(q.i, q.j) if toks[k].low[0].isdigit()), None)
    prev = toks[q.i - 1] if q.i > 0 else None
    nxt = toks[q.j] if q.j < n else None
    nxt2 = toks[q.j + 1] if q.j + 1 < n else None
    if prev is not None and prev.end == q.start and (prev.low in CURRENCY or prev.text in "-/:.#"
                                                    or prev.low[-1:].isalpha()):
        return True           # $5, F-16, 9:30, No.3, AK47-like glue
    if prev is not None and prev.low in CURRENCY:
        return True
    if nxt is not None and nxt.start == q.end and nxt.text in (":", "/", "%"):
        return True
    if nxt is not None and nxt.low in NOT_PEOPLE:
        return True
    for t in toks[q.j:q.j + 4]:
        if t.low in ANIMALS:
            return True       # "4,000 dead wild birds", "two ducks that have died"
        if not t.low[0].isalpha():
            break
    if nxt is not None and nxt.text in ("-", "–") and nxt2 is not None and nxt2.low in NOT_PEOPLE | FRACTIONS:
        return True           # 52-year-old, 24-hour, two-thirds
    if nxt is not None and nxt.low in FRACTIONS:
        return True
    if nxt is not None and nxt.low in ("years", "year") or (nxt and nxt.low == "aged"):
        return True
    if prev is not None and prev.low in ("aged", "age", "ages", "number", "no", "route", "highway",
                                         "page", "chapter", "article", "resolution", "section",
                                         "room", "flight", "platform", "gate", "level", "zone",
                                         "phase", "grade", "sector", "km", "mile", "kilometre"):
        return True
    if prev is not None and prev.low in MONTHS or (nxt is not None and nxt.low in MONTHS):
        return True           # 16 June, June 16
    if prev is not None and prev.low == "of" and q.i >= 2 and (
            toks[q.i - 2].low in MONTHS or toks[q.i - 2].low in ("age", "ages")):
        return True           # "14th of June", "under the age of 17"
    if num is not None and first_num_idx == q.i and "," not in num.text and len(num.text) == 4:
        v = int(num.text)
        if 1800 <= v <= 2100:
            if nxt is None or nxt.low not in ("people", "persons", "civilians", "protesters",
                                              "soldiers", "others", "dead", "killed", "were",
                                              "have", "had", "injured", "wounded"):
                return True   # a year
    if q.count.low == 1 and prev is not None and prev.low in ("no", "the", "this", "that", "each",
                                                              "every", "any", "which"):
        return True           # "no one", "the one"
    return False
