"""Days a sentence names that are not the day of the act it tells (hooks of `dates.py`).

Why: `dates.event_date` takes a sentence's first usable day, but news sentences often name
the day of something else beside their act, and that day then dates the record:
- "The ministry announced today that 46 were killed ... three days ago": the first day dates
  the announcement; a later, earlier day in the same sentence dates the act it reports.
- "Updated figures (12 May) show 64 dead": a day alone in brackets stamps the
  figures (as of that day), not the act they count; after a weekday ("on Sun night
  (21 Jul)") it glosses that day instead.
- "the departure of the troops, scheduled for August 31": the day a plan is set for.
- "the first deadly attack since the return of X to power on August 15": a day inside a
  since-phrase dates where a period begins (an earlier act), not an act told outside it;
  the events step blanks such a phrase for a mention whose trigger lies outside it; the
  lede's default day ignores every such phrase.
Two days are moved rather than skipped: an act told inside "two days after ..." lies that
many days before the sentence's day, and a lede with no day takes a recent day the text
names as its act's own ("Saturday's blast") as the default instead of the page's day.
"""
from __future__ import annotations

import re

_REPORT_VERB = (r"(?:said|says|told|announced|reported|confirmed|stated|declared|added|"
                r"disclosed|revealed)")
# "announced today", "said on Monday", "told reporters on Monday"; "today announced"
_REPORTED_AT = re.compile(_REPORT_VERB + r"(?:\s+(?:reporters|journalists|the\s+\w+))?\s+"
                          r"(?:(?:on|late|early)\s+)?$", re.I)
_REPORTING_AFTER = re.compile(r"\s*,?\s*" + _REPORT_VERB + r"\b", re.I)
_PLANNED = re.compile(r"\b(?:scheduled|set|slated|planned|due)\s+(?:for|on)\s+(?:the\s+)?$", re.I)
_SINCE = re.compile(r"\bsince\s+", re.I)
# a since-phrase ends where its clause does
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\.\s")


def report_day(sentence: str, found, i: int) -> bool:
    """Expression i dates a reporting verb ("announced today") and a later expression of the
    sentence names an earlier day: that one is the reported act's."""
    start, end, iso = found[i]
    if not (_REPORTED_AT.search(sentence[max(0, start - 40):start])
            or _REPORTING_AFTER.match(sentence, end)):
        return False
    return any(d and d < iso for _s, _e, d in found[i + 1:])


# "on Sun night (21 Jul)", "on Monday (22 July)": the bracket glosses the day just named
_GLOSSED = re.compile(r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|\.)?"
                      r"(?:\s+(?:night|morning|afternoon|evening))?\s*\($")


def stamp_day(sentence: str, start: int, end: int) -> bool:
    """A day alone in brackets ("figures (27 August)", "(as of June 3)"): an as-of stamp,
    unless it glosses the weekday right before it: then it is that day, the act's."""
    before = sentence[max(0, start - 7):start].lower()
    if _GLOSSED.search(sentence, max(0, start - 30), start):
        return False
    return (before.endswith("(") or before.endswith("(as of ")) and sentence[end:end + 1] == ")"


def planned_day(sentence: str, start: int) -> bool:
    """The day a plan is set for ("scheduled for August 31"), not a day something happened."""
    return bool(_PLANNED.search(sentence[max(0, start - 30):start]))


def since_spans(sentence: str, found) -> list[tuple[int, int]]:
    """(start, end) of each since-phrase that runs, within its clause, to a day expression:
    "since the rebels took the capital on March 3"."""
    out = []
    for m in _SINCE.finditer(sentence):
        for s, e, _iso in found:
            if s >= m.end() and s - m.end() <= 80 and not _CLAUSE_BREAK.search(sentence, m.end(), s):
                out.append((m.start(), e))
                break
    return out


def without_other_since(sentence: str, found, trigger_starts: list[int]) -> str:
    """The sentence with every dated since-phrase that holds none of the mention's triggers
    blanked (offsets kept): its day is the start of a period, not the mention's act."""
    for s, e in since_spans(sentence, found):
        if trigger_starts and not any(s <= t < e for t in trigger_starts):
            sentence = sentence[:s] + " " * (e - s) + sentence[e:]
    return sentence


def act_sentence(sentence: str, triggers, kind: str | None = None) -> str:
    """The sentence as the date of the mention with these triggers (of PLOVER type `kind`)
    should read it: other acts' since-phrases, dated act nouns (dates_nouns.py) and the days
    of statements that retell it (dates_retold.py) blanked."""
    from .dates import date_expressions
    from .dates_nouns import without_noun_days
    found = date_expressions(sentence)
    if not found:
        return sentence
    starts = [t.start for t in triggers]
    if "since" in sentence.lower():
        sentence = without_other_since(sentence, found, starts)
    from .dates_retold import without_statement_days    # a statement's day, not its retold act's
    sentence = without_statement_days(sentence, found, triggers)
    return without_noun_days(sentence, found, starts, kind)


# "On Thursday, representatives of the council said that ...": a fronted day of a statement
_FRONTED = re.compile(r"\W*(?:(?:on|late|early)\s+)?$", re.I)
_SAYS_NEXT = re.compile(r"\s*,\s+[^,;:]{0,100}?\b" + _REPORT_VERB + r"\b", re.I)


def statement_day(sentence: str, start: int, end: int) -> bool:
    """The day is fronted before a clause whose verb reports ("On Thursday, X said that the
    army intended to act"): it dates the statement. A trailing attribution ("..., officials
    said Tuesday") is not one: its day is the act's the main clause tells."""
    return bool(_FRONTED.fullmatch(sentence[:start])) and bool(_SAYS_NEXT.match(sentence, end))


def without_since(sentence: str) -> str:
    """The sentence with every dated since-phrase blanked (offsets kept): what the lede's act
    is dated by ("resigned ... amid unrest for weeks since the Oct. 20 elections" names the
    start of the unrest, not the resignation's day)."""
    from .dates import date_expressions
    if "since" not in sentence.lower():
        return sentence
    for s, e in since_spans(sentence, date_expressions(sentence)):
        sentence = sentence[:s] + " " * (e - s) + sentence[e:]
    return sentence


# a default day must lie this close before publication: a weekday's reach, not background
RECENT_DAYS = 6


# "Saturday's blast", "Wednesday night's attacks", "yesterday's raid": a day named as the act's
# own; "Throughout Sunday, police charged ...": a whole day of acts (a statement takes no day-long frame)
_ACT_DAY = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday)(?:\s+(?:morning|afternoon|evening|night))?"
                      r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:blasts?|attacks?|bombings?|explosions?|shootings?|"
                      r"strikes?|raids?|assaults?|massacres?|killings?|clashes|coup|violence|crackdown)\b|"
                      r"\b(?:throughout|all through|all day)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday)\b", re.I)


def recent_named_day(sentences: list[str], published: str | None, day_of) -> str | None:
    """The first day named as an act's own ("Saturday's blast") that lies 1..RECENT_DAYS days
    before publication. When the lede names no day, a report filed the day after ("Sunday's
    paper") often names its act's day further down: a better default for the sentences that
    name none than the page's own day. Any recent day would not do: "On Wednesday, X
    announced" dates a statement, "bombings in Paris on Friday" another act."""
    from datetime import date
    if not published:
        return None
    pub = date.fromisoformat(published[:10])     # a page time may follow the day
    for s in sentences:
        d = day_of(s) if _ACT_DAY.search(s) else None
        if d and 1 <= (pub - date.fromisoformat(d)).days <= RECENT_DAYS:
            return d
    return None


_NUM_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "the": 1}
# "occurred two days after the commander was in town": the act told after it is N days off
_DAYS_APART = re.compile(r"\b(a|one|two|three|four|five|six|seven|the|\d)\s+days?\s+"
                         r"(after|before)\s+", re.I)
_PHRASE_END = re.compile(r"[,;:()\u2014\u2013]|\s-\s")     # not ". ": "the U.S. Africa Command"


def days_apart(sentence: str, triggers) -> int:
    """Days to add to the sentence's day for an act told inside an "N days after/before"
    phrase: "X occurred two days after Y met Z" puts Y two days before X's day (-2)."""
    for m in _DAYS_APART.finditer(sentence):
        stop = _PHRASE_END.search(sentence, m.end())
        end = stop.start() if stop else len(sentence)
        if triggers and all(m.end() <= t.start < end for t in triggers):
            n = _NUM_DAYS.get(m.group(1).lower()) or int(m.group(1))
            return -n if m.group(2).lower() == "after" else n
    return 0


def shifted(day: str | None, offset: int) -> str | None:
    """`day` moved by `offset` days (None stays None)."""
    from datetime import date, timedelta
    if not day or not offset:
        return day
    return (date.fromisoformat(day) + timedelta(days=offset)).isoformat()


# the kinds of act a news lede dates: its day is told for the violence the report opens on
_LEDE_KINDS = frozenset({"ASSAULT"})


def lede_rank(rank: int, kind: str | None) -> int:
    """The rank of a day a mention took from the lede (ev_context.LEDE) kept as stated only
    for the lede's kind of act: a statement about the attack ("Hollande blamed the attacks
    on ISIS") told with no day of its own is often the next day's, so the lede's day stays
    its default and does not outvote the report days of other outlets."""
    return 0 if rank == 1 and kind not in _LEDE_KINDS else rank
