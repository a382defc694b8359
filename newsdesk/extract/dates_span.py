"""An act told as lasting weeks or longer has no day of its own (events step).

Why: a sentence's day (or the lede's, when it names none) dates its act, but news often
names a drawn-out state or campaign as the background of the day's act: "resigned after
weeks of unrest and violence", "talks to end six months of protests", "a two-month air
campaign", "protests since June", "held for decades under house arrest". The act noun is
then quantified by a span of weeks, months, years or decades (a measure phrase "N months
of", a compound "two-month", a "for years" or "since June" adjunct right after it): it
took place over that span, not on the day the sentence or the page gives. Such a mention
gets no day (never a guess). Spans of days or hours are left alone: "three days of
fighting" ends near the report, and its day is usually the one the report gives.
"""
from __future__ import annotations

import re

_UNIT = r"(?:weeks|months|years|decades)"
_WORDS = r"(?:[\w’'-]+\s+)"            # a modifier or a coordinated noun between span and act
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
# "weeks of", "six months of", "several years of" right before the act noun (its modifiers,
# or a noun coordinated with it, between: "weeks of unrest and violence")
_MEASURE_OF = re.compile(rf"\b(?:\w+\s+)?{_UNIT}\s+of\s+{_WORDS}{{0,3}}$", re.I)
# "a two-month", "decades-long", "year-long" before the act noun
_COMPOUND = re.compile(r"\b\w+-(?:week|month|year|decade)s?(?:-long|-old)?\s+" + _WORDS + "{0,2}$",
                       re.I)
# "for decades under", "for the past two years of": a duration adjunct just before
_FOR_BEFORE = re.compile(rf"\bfor\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:\w+\s+)?{_UNIT}\s+{_WORDS}{{0,2}}$",
                         re.I)
# "protests since June", "fighting for the past two years", "under arrest since 2014"
_SPAN_AFTER = re.compile(rf"\s+{_WORDS}{{0,2}}?(?:since\s+(?:{_MONTH}|(?:19|20)\d\d)\b(?!\s+\d)|"
                         rf"for\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:\w+\s+)?{_UNIT}\b)", re.I)
_BREAK = re.compile(r"[,;:()\u2014\u2013]")


def _spans(sentence: str, trig, stated: bool) -> bool:
    """The act noun or verb `trig` is quantified by a span of weeks or longer. A compound
    ("a one-year state of emergency") may give the term a measure is set for, not the time
    its act took: it rules out only a default day, never one the sentence names (`stated`)."""
    before = sentence[max(0, trig.start - 60):trig.start]
    before = before[_last_break(before):]          # within the trigger's clause
    after = _SPAN_AFTER.match(sentence, trig.end)
    return bool(_MEASURE_OF.search(before) or _FOR_BEFORE.search(before)
                or (after and not _BREAK.search(after.group()))
                or (not stated and _COMPOUND.search(before)))


def _last_break(text: str) -> int:
    """Where the text after its last clause break starts (0 when it has none)."""
    last = None
    for last in _BREAK.finditer(text):
        pass
    return last.end() if last else 0


def long_span(sentence: str, triggers, stated: bool = False) -> bool:
    """Whether every trigger of the mention names an act spanning weeks or longer;
    `stated`: the day at stake is one the sentence names, not a default."""
    return bool(triggers) and all(_spans(sentence, t, stated) for t in triggers)
