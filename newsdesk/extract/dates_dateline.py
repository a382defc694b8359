"""The day a wire dateline states: the day the report was filed, not the day of its act.

Why: a wire report opens with its place and filing day ("PLACE, Month Day (Agency) - ...").
The lede's act happened on that day or before it ("On Sunday ..." under a Monday dateline).
Read as the lede's day, the filing day dates every sentence that names no day of its own: a
whole report of Sunday's acts is dated Monday. So the dateline's day is never the lede's,
and any other day its sentence names comes first; a sentence that names no other day keeps
it, as it would keep the page's day.
"""
from __future__ import annotations

import re

# words that open a sentence but never a dateline's place ("On May 3, ...", "Since June 2, ...")
_NOT_PLACE = frozenset(
    "on in at by since until till from after before during last this next early late "
    "published updated posted dated filed monday tuesday wednesday thursday friday saturday "
    "sunday january february march april may june july august september october november "
    "december the a an mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug "
    "sep sept oct nov dec".split())
_WORD = r"[A-Z][\w.'\u2019-]*"
# the place: one to four capitalised words, then an optional ", Region" of up to three
_PLACE = re.compile(rf"^\W*((?:{_WORD}\s+){{0,3}}{_WORD})(?:,\s*(?:{_WORD}\s+){{0,2}}{_WORD})?,\s*$")
# after the day: a year, an agency in brackets or after a comma, a dash or colon, then the lede
_AFTER = re.compile(r",?\s*(?:(?:19|20)\d\d\b)?\s*(?:\([^()]{1,40}\)|,\s*[A-Z][A-Za-z]{1,12}\b)?"
                    r"\s*(?:[-:\u2013\u2014]+\s*)?(?=[A-Z\"\u201c'\u2018])")


def dateline_day(sentence: str, start: int, end: int) -> bool:
    """Whether the day expression at sentence[start:end] is the filing day of a dateline
    that opens the sentence ("PLACE, Month Day (Agency) - The lede ...")."""
    m = _PLACE.match(sentence[:start])
    if m is None or m.group(1).split()[0].lower().strip(".") in _NOT_PLACE:
        return False
    return _AFTER.match(sentence, end) is not None


DATELINE_REACH = 90      # a dateline's day sits this close to the sentence's start


def filing_day(sentence: str, found) -> int | None:
    """The index in `found` ((start, end, day) per date expression) of the dateline's day."""
    for i, (s, e, iso) in enumerate(found):
        if s >= DATELINE_REACH:
            break
        if iso and dateline_day(sentence, s, e):
            return i
    return None
