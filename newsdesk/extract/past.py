"""Whether a sentence tells of something well before the report: one rule, used by the
events step (ev_filter: a trigger told as the past starts no event) and by the story step
(story_dates: a mention told as background leaves the record, once a story has lent an
undated article its day).

Why one rule: PLOVER records what is reported as happening now, and the two steps must
agree on what "the past" is, or a sentence kept by one is dropped by the other. The past
is: a year named as the time of the event before the report's ("in 2013", "the 1950s"; a
comparison "since 2015" is not), "last month" / "two years ago", a month without a day two
or more months back ("in January" in an April report), or a stated day over PAST_DAYS back
-- unless the sentence also names a day of the report's own week ("on Saturday"), which
makes it today's news, or tells a standing measure prolonged ("the state of emergency
declared last November will be extended"): its past time is when the measure began. A
relative clause closing the sentence is left out: its time is its noun's, not the act's.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .dates import MONTHS, date_expressions
from .ev_measures import prolonged

PAST_DAYS = 30           # a stated day this long before the report is background, not news
RECENT_DAYS = 7          # a day this near the report marks the sentence as today's news
_MONTH = "january|february|march|april|may|june|july|august|september|october|november|december"
# a month without a day: "in January", "last March", "early in February", "since May"
MONTH_ONLY = re.compile(r"\b(in|during|since|early|late|mid-?|last|by|until|of|this past)\s+(?:early |late |mid-?)?"
                        r"(" + _MONTH + r")\b(?!\s+\d{1,2}\b)(?:\s+((?:19|20)\d\d))?", re.I)
# "early last month", "two years ago", "last year's"; not "since last year", "than last year"
PAST_REL = re.compile(r"\b(?:(?<!since )(?<!than )last (?:month|year|spring|summer|autumn|fall|winter)|"
                      r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) "
                      r"(?:years?|months|decades?) ago|(?:years|months|decades) ago)\b", re.I)
_ANY_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# a year named as the time of the event ("in 2013", "the 2012 school shooting", "Dec. 2012",
# "autumn 1999", "the 1950s"), not as a comparison ("the worst since 2013", "more than in
# 2012", "until 2020")
YEAR_OF_EVENT = re.compile(r"(?<!since )(?<!than )(?<!than in )(?<!until )(?<!before )(?<!since the )"
                           r"\b((?:19|20)\d\d)(?:['’]?s)?\b")


# a relative clause closing the sentence (", which was linked to the railway bombings of
# 2006"): its time dates what it tells of a noun, not the sentence's own act
_RELATIVE_TAIL = re.compile(r",\s+(?:which|who|whose)\s[^,;]*$")


def relative_tail(text: str) -> int:
    """Where a closing ", which / who ..." clause with no comma after it begins, else len(text)."""
    m = _RELATIVE_TAIL.search(text)
    return m.start() if m else len(text)


def _months_back(day: date, month: int, year: int | None, last: bool) -> int:
    y = year or (day.year if month <= day.month and not (last and month == day.month) else day.year - 1)
    return (day.year - y) * 12 + day.month - month


@lru_cache(maxsize=512)       # a sentence is asked twice (past_event, then past_setting)
def told_as_past(text: str, anchor: date | None, year: int | None = None,
                 sentence_wide: bool = False) -> bool:
    """Whether `text` places what it tells well before the report (see the module
    docstring). `anchor` is the report's day; without one, `year` (the report's year or a
    stand-in) decides on named years only.

    `sentence_wide` (the events step, which rules out every trigger of a sentence at once)
    leaves two signals to the story step, which judges one recalled act's own sentence
    against the story's day: "last month" (a verbal act often carries a past clause about
    something else: "vowed to protest until Morsi, toppled in a coup last month, is
    reinstated") and a stated day written with the report's own year ("since gunmen
    attacked the market on January 7, 2021" beside today's arrest)."""
    text = text[:relative_tail(text)]
    if prolonged(text):
        return False                        # the past time is when the measure began
    days = []
    if anchor is not None:
        iso = anchor.isoformat()
        for st, en, d in date_expressions(text, iso):
            if not d:
                continue
            back = (anchor - date.fromisoformat(d)).days
            if 0 <= back <= RECENT_DAYS and text[st:en].lower() != "today":
                return False                # "Today" may name a paper or a show
            days.append(back)
    ref = anchor.year if anchor else year
    if ref and any(int(y) < ref for y in YEAR_OF_EVENT.findall(text)):
        return True
    if not sentence_wide and PAST_REL.search(text):
        return True
    if anchor is None:
        return False
    own_year = sentence_wide and any(int(y) >= anchor.year for y in _ANY_YEAR.findall(text))
    if not own_year and any(b > PAST_DAYS for b in days):
        return True
    for m in MONTH_ONLY.finditer(text):
        if m.group(2)[0].isupper() and _months_back(
                anchor, MONTHS[m.group(2).lower()[:3]], int(m.group(3)) if m.group(3) else None,
                m.group(1).lower() in ("last", "this past")) >= 2:
            return True                     # ("may" the modal is lower case)
    return False
