"""Whether a sentence tells a figure that grew from its first report, and which figures an
early report and the later account agree on.

Why: "the count went on climbing from the first reported 40" names an earlier report, yet it
corrects nothing: the count moved on as the day went, which is an update, not two accounts
at odds. The correction detector asks this before it sets the early report against the
article's later account. The signal is the clause's structure: a verb of growth whose
"from" phrase holds the earlier figure.
Likewise an account that repeats the early report's figure ("first reports said the ferry
carried 300 passengers" / "the ferry, carrying 300 passengers, ...") agrees with it on that
point: the figure's phrase is what the two share, so it cannot be what ties them as rival
accounts.
A corrected toll ("correcting earlier accounts that 9 guards had died") answers the
article's own statement of the toll, whatever words the two share: that is its later account.
"""
from __future__ import annotations

import re

CORRECTION = re.compile(r"\b(?:[Ii]nitial(?:ly)? report\w*|[Ee]arlier reports?|had (?:initially |earlier |first )?"
                        r"been reported|[Ff]irst reports?|originally reported|contrary to (?:earlier )?reports)\b")

# nouns that only refer back to the event ('the incident', 'the tragedy'): two sentences naming it
# so share no topic an early report and a later account could differ on (4-letter stems, as _content)
REFERS = frozenset({"inci", "even", "trag", "situ", "matt"})

GREW_FROM = re.compile(r"\b(?:ris(?:e|es|en|ing)|rose|climb\w*|gr(?:ew|ow|ows|owing|own)|increas\w*|jump\w*|"
                       r"swell\w*|swollen|mount\w*)\s+(?:\w+\s+){0,2}?from\b", re.I)


# what an early report said, told after the noun cue: "initial reports said", "earlier reports
# that", "first reports on Sunday called the raiders"
_TOLD = re.compile(r"\s+of\b|[^.;]{0,40}?\b(?:said|says|say|suggested|showed|shown|indicated|put|claimed|called|"
                   r"named|stated|gave|described|listed|reported|estimated|that)\b", re.I)


def untold(text: str, cue: re.Match) -> bool:
    """A report cue that tells no report: "That initial report had an air of credibility"
    says nothing the later account could correct. Verb cues ("had been reported") tell one,
    save a toll told in the passive ("nine people had been reported dead"): that is the
    source's own count, unless the sentence marks it as overtaken."""
    if cue.group().lower().endswith("been reported"):
        return bool(_PASSIVE_TOLL.match(text, cue.end())) and not _OVERTAKEN.search(text)
    return cue.group().lower().endswith(("report", "reports")) and not _TOLD.match(text, cue.end())


_PASSIVE_TOLL = re.compile(r"\s+(?:killed|dead|injured|wounded|hurt|missing)\b", re.I)
_OVERTAKEN = re.compile(r"\b(?:later|however|initially|earlier|first|correct\w*|revis\w*|"
                        r"wrong\w*|mistaken\w*|erroneous\w*)\b", re.I)


def grew_from(text: str) -> bool:
    """The sentence tells a count that grew from an earlier figure."""
    return bool(GREW_FROM.search(text))


# a figure and what it counts: "300 passengers", "40 tonnes of grain"
FIGURE = re.compile(r"\b\d[\d,.]*\s+(?:[a-z]+\s+of\s+)?[a-z]+", re.I)


def agreed(report: str, account: str) -> str:
    """The figure phrases both sentences state alike, joined: words the correction detector
    must not count as what ties an early report to a later account."""
    phrases = {m.group(0).lower() for m in FIGURE.finditer(report)}
    return " ".join(sorted(phrases & {m.group(0).lower() for m in FIGURE.finditer(account)}))


def _dead(text: str) -> set[int]:
    from ..extract.counts import casualties
    try:
        c = casualties(text)
    except Exception:          # the counts module is another layer's; never let it stop us
        return set()
    return {m.count.low for m in c["mentions"] if m.kind == "dead" and not m.increment}


def toll_partner(text: str, pool: list):
    """The first sentence of `pool` stating a death toll other than the one `text` (an early
    report or a correction) states, when `text` states one; else None."""
    figures = _dead(text)
    if not figures:
        return None
    return next((o for o in pool if not CORRECTION.search(o.text) and not grew_from(o.text)
                 and _dead(o.text) - figures), None)


# an early report told as wrong, not merely early: "correcting earlier reports that 12 were killed"
WRONG = re.compile(r"\b(?:correct\w*|wrong\w*|erroneous\w*|mistaken\w*|in error|inaccurate\w*|revis\w*|"
                   r"false\w*|incorrect\w*|overstat\w*|understat\w*)\b", re.I)


def grown_toll(early: str, later: str) -> bool:
    """An early report's toll below the account's, and not told as wrong ("the initial report
    showed that 17 died" against "at least 27 were killed"): the count grew as the dead were
    found, an update a reader needs no dispute for."""
    lo, hi = _dead(early), _dead(later)
    return bool(lo and hi) and max(lo) < min(hi) and not WRONG.search(early)


# a toll told as risen to its figure: "rose dramatically Monday, April 22 to 290"
RISE_TO = re.compile(r"\b(?:ris(?:es|en|ing)|rose|climb\w*|jump\w*|increas\w*|soar\w*|surg\w*)\b[^.;:]{0,40}?"
                     r"\bto\s+(?:(?:at least|more than|over|nearly|almost|about|around|some)\s+)?\d", re.I)


def past_rise(tops: dict, tolls: dict) -> dict:
    """Each outlet's top toll, less those the coverage says the toll rose past: when one outlet
    writes that the toll 'rose to 290', lower figures are the earlier counts it grew from, not
    rival accounts; figures above the risen one still disagree with it, and so does a capped
    figure below it ("no more than 40 were killed" against doctors' "risen to 93"): a rival
    account, so the tolls stand as they are."""
    up = [v[0] for s, v, _ in tops.values() if RISE_TO.search(s.text)]
    if not up or any(("max" in q or "most" in q) and v[0] < max(up) for t in tolls.values() for _, v, q in t):
        return tops
    return {aid: x for aid, x in tops.items() if x[1][0] >= max(up)}
