"""Acts a sentence tells as earlier than another time, with no day of their own (events step).

Why: a sentence that names no day takes the lede's day (else the page's), and a day the
sentence names dates its main act. Acts told as coming before something else share neither:
- "The vote went ahead after the envoy met the minister": the act of an after-clause with a
  verb of its own came before the main clause's act, on a day the sentence does not give;
- "Only hours earlier, guards stormed the depot", "she had phoned him the day before": the act
  is set back from a time the text does not name as a day;
- "the worst blast since gunmen stormed the port, which officials blamed on X": a since-clause
  tells the earlier act the main one is measured against. Such a clause goes on past a comma
  that opens a relative clause on its noun or a participle of its verb (", killing nine").
Such a mention gets no day (never a guess), unless the clause that tells it names one; such a
sentence is no lede either: its act is not the one the page reports. Likewise a weekday that
a month phrase places in another month ("on a Sunday in April" in a November report) was
counted back from the page in error: its act gets no day.
"""
from __future__ import annotations

import re
from functools import lru_cache

# "hours earlier", "the day before", "moments before" (a bare shift: "N days before X" is
# moved by dates_acts.days_apart instead)
_SET_BACK = re.compile(r"\b(?:(?:only|just|some|a\s+few)\s+)?(?:hours|minutes|moments|the\s+day|"
                       r"the\s+night|the\s+evening|a\s+day|a\s+week|weeks|days)\s+"
                       r"(?:earlier|before)\b(?!\s+(?:the|a|an|his|her|their|its)\b)", re.I)
# "Earlier, police had ..." opening the sentence: set back from the act told just before
_OPENS_EARLIER = re.compile(r"^\W*(?:only\s+|just\s+)?earlier\s*,", re.I)
# an earlier act's clause: "after the envoy met the minister", "the worst since gunmen stormed
# the hotel" (the since-clause tells the earlier act the main clause is measured against)
_AFTER = re.compile(r"\b(?:after|since(?!\s+(?:then|last|early|late|mid|the\s+(?:start|beginning|end)|"
                    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*|"
                    r"\d)\b))\s+", re.I)          # "since June": a time, not a clause
# a comma that goes on telling the clause's act: a relative clause on its last noun ("..., which
# officials blamed on X") or a participle of its verb ("..., killing nine")
_GOES_ON = re.compile(r"\s*(?:(?:which|who|whom)\b|[a-z]+ing\b(?!\s+(?:to|that)\b))")
_APPOSED_NAME = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*,")
_BY_OR_ON = re.compile(r"\s+(?:(?:not\s+only|only|also|largely|mainly|partly)\s+)?(?:on|by)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013]|\s-\s|(?<![A-Z])\.\s")    # not "the U.S. envoy"
_DETERMINER = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|this|that)|['’]s)\s+$", re.I)
_IRREGULAR_PAST = {"met", "took", "fled", "shot", "struck", "seized", "held", "fought", "threw",
                   "stole", "led", "sent", "told", "hit", "beat", "broke", "drove", "overthrew",
                   "spoke", "gave", "made", "won", "lost", "left", "came", "went", "ran", "stood"}


@lru_cache(maxsize=1024)
def _fronted(sentence: str) -> bool:
    """The sentence opens set back: "Only hours earlier, ...", "Earlier, police had ...": its
    whole main clause is earlier than the act told before it. A bare "Earlier," with a simple
    past ("Earlier, three men died in the fighting") goes on telling the same day in
    order, so only a past perfect sets it back. Memoised: the lede's reading and each
    statement of the sentence ask again."""
    head = _CLAUSE_END.search(sentence)
    first = sentence[:head.start()] if head else sentence
    return bool((_OPENS_EARLIER.match(sentence) and _HAD.search(sentence))
                or _SET_BACK.match(first.strip())
                or (_SET_BACK.search(first) and len(first.split()) <= 5))


_HAD = re.compile(r"\bhad\s+(?!to\b)\w+", re.I)            # "had said", "had been": a past perfect


_HAD_BEFORE = re.compile(r"\bhad\s+(?:(?:been|just|already|earlier|also)\s+)?$", re.I)


def _perfect_set_back(sentence: str, trig) -> bool:
    """A past perfect trigger whose clause ends set back ("had phoned him the day before")."""
    if not _HAD_BEFORE.search(sentence[max(0, trig.start - 20):trig.start]):
        return False
    stop = _CLAUSE_END.search(sentence, trig.end)
    return bool(_SET_BACK.search(sentence, trig.end, stop.start() if stop else len(sentence)))


def set_back(sentence: str, triggers=()) -> bool:
    """The act is told as earlier than an unnamed time ("hours earlier"): the sentence opens
    so, or every trigger's past perfect clause ends so."""
    return _fronted(sentence) or bool(triggers) and all(_perfect_set_back(sentence, t) for t in triggers)


# "which officials (also) blamed on ...": a relative clause with its own subject, a finite verb
_RELATIVE_SUBJECT = re.compile(r"\b(?:which|whom)\s+(?:[\w'’-]+\s+){1,3}$", re.I)


def _verb_form(sentence: str, trig) -> bool:
    """The trigger reads as a verb ("met", "stormed", "meeting"), not an act noun ("the killing")."""
    word = trig.text.split()[0].lower() if trig.text.split() else ""
    if _DETERMINER.search(sentence[max(0, trig.start - 30):trig.start]):
        return False                            # "after the killing"
    if _BY_OR_ON.match(sentence, trig.end) and not _RELATIVE_SUBJECT.search(sentence[:trig.start]):
        return False                            # "attacks blamed on rebels": a participle
    if word.endswith("ing"):                   # "after meeting him", not "after a brutal killing"
        return bool(re.search(r"(?:\b(?:after|since)|,)\s+$", sentence[:trig.start], re.I))
    return word.endswith("ed") or word in _IRREGULAR_PAST


def _clause_end(sentence: str, start: int) -> int:
    """Where the clause from `start` ends; a name set off by commas ("the envoy, Ann Dorn,
    met") is an apposition inside it, not its end, and a relative clause or a participle
    after a comma (`_GOES_ON`) goes on telling its act."""
    pos = start
    while True:
        stop = _CLAUSE_END.search(sentence, pos)
        if stop is None:
            return len(sentence)
        if stop.group() == "," and _APPOSED_NAME.match(sentence, stop.end()):
            pos = _APPOSED_NAME.match(sentence, stop.end()).end()
            continue
        if stop.group() == "," and _GOES_ON.match(sentence, stop.end()):
            pos = stop.end()
            continue
        return stop.start()


def _after_clause(sentence: str, trig) -> tuple[int, int] | None:
    """(start, end) of the after-clause whose verb the trigger is ("... after the envoy met
    the minister"), else None."""
    span = None
    for m in _AFTER.finditer(sentence, 0, trig.start):
        end = _clause_end(sentence, m.end())
        if end > trig.start:
            span = (m.start(), end)
            break
    return span if span and _verb_form(sentence, trig) else None


def anchored_earlier(sentence: str, triggers, found) -> bool:
    """The mention's act is told as earlier than another act or time, and no day of its own
    is named (`found`: the sentence's day expressions): its day is unknown. In an
    after-clause a day outside the clause is the main act's ("X fell on Monday after Y
    met Z"); a set-back sentence that names a day keeps it."""
    if not triggers:
        return False
    spans = [_after_clause(sentence, t) for t in triggers]
    if all(spans):
        return not any(a <= s < b for a, b in spans for s, _e, _iso in found)
    return not found and set_back(sentence, triggers)


def lede_view(sentences: list[str]) -> list[str]:
    """The sentences as the lede's day should read them: a set-back sentence is blanked, as
    its act is not the one the page reports."""
    return ["" if set_back(s) else s for s in sentences]


def lede_days(sentences: list[str], anchor: str | None) -> list[str | None] | None:
    """The default day per sentence (dates.date_context) read with set-back sentences
    blanked; None when no sentence is set back (the caller's reading stands)."""
    from .dates import date_context
    view = lede_view(sentences)
    return date_context(view, anchor)[0] if view != sentences else None


_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
# "Sunday in April 2017", "a Friday in May": the month that day falls in, named right after it
_IN_MONTH = re.compile(r"\s*,?\s*(?:in|of)\s+(?:early\s+|late\s+|mid-?)?(" + "|".join(_MONTHS)
                       + r")(?:\s+(\d{4}))?\b", re.I)


def off_month(sentence: str, found, day: str | None) -> bool:
    """The sentence names `day` by a weekday or feast that a month phrase right after it places
    in another month ("on Palm Sunday in April 2017" read in November): the weekday was
    counted back from the page, the month says otherwise, so the day is unknown."""
    from datetime import date
    if not day:
        return False
    d = date.fromisoformat(day)
    for start, e, _iso in found:
        m = None if re.search(r"\d", sentence[start:e]) else _IN_MONTH.match(sentence, e)
        if m and (_MONTHS.index(m.group(1).lower()) + 1, int(m.group(2) or d.year)) != (d.month, d.year):
            return True
    return False


def act_day(sentence: str, triggers, day: str | None, rank: int) -> tuple[str | None, int]:
    """(day, stated rank) of a mention once told-before relations are read: an act inside
    "two days after Y met Z" is moved that many days back; one anchored earlier with no day
    of its own gets none."""
    from .dates import date_expressions
    from .dates_acts import days_apart, shifted
    offset = days_apart(sentence, triggers)
    if offset:
        return shifted(day, offset), rank
    if anchored_earlier(sentence, triggers, date_expressions(sentence)):
        return None, 0
    if off_month(sentence, date_expressions(sentence), day):
        return None, 0
    from .dates_reply import reply_since
    if day and reply_since(sentence, triggers, rank):
        return None, 0
    from .dates_span import long_span
    if day and long_span(sentence, triggers, rank in (2, 3)):
        return None, 0
    return day, rank
