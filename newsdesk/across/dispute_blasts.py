"""How many explosions there were: "police counted at least six explosions" in one outlet,
"four blasts were heard" in another, "the first blast was followed by five more" in a third.

Why a detector of its own: the count and headcount detectors read tolls and people, yet in a
bombing with several devices the outlets' blast counts differ more often than not, and the
number of devices is what tells responders how many sites and cells to look for. The signal
is generic: a number directly counting explosions or blasts, read once per article, with
different values from different articles. A first blast "followed by N more" makes N + 1.
Not a count of all the blasts: a part ("two of the blasts", "three more explosions" without
the first one, "two blasts at the airport"), an ordinal ("a third explosion"), and a count
that rose as the news came in (an article whose own counts differ, or larger counts on later
days), which is an update, not a quarrel.
"""
from __future__ import annotations

import re

from ..extract.quantities import UNITS
from ..model import Article, Dispute
from .dispute_holders import own_voice
from .disputes import _claim, detector, holder

_WORDS = "|".join(w for w, n in UNITS.items() if n >= 2)
_N = rf"(?:\d{{1,2}}|{_WORDS})"
_BOUND = r"(?:(?:at\s+least|some|about|around|as\s+many\s+as|up\s+to|more\s+than)\s+)?"
_BLAST = r"(?:explosions|blasts|bomb\s+blasts|detonations)"
COUNT = re.compile(rf"(?<![\w-]){_BOUND}({_N})\s+(?:(?:separate|powerful|loud|large|big|huge|massive|"
                   rf"successive|consecutive|near-simultaneous|simultaneous|coordinated|bomb|suicide)\s+){{0,2}}"
                   rf"{_BLAST}\b", re.I)
FOLLOWED = re.compile(rf"\b(?:first|initial|opening)\s+(?:blast|explosion)\b[^.;]{{0,60}}?\bfollowed\s+by\s+"
                      rf"{_BOUND}({_N})\s+(?:more|further|other|additional)\s+{_BLAST}\b", re.I)
# a part of the whole: "two of the blasts", "three more explosions", "two blasts at the airport"
_PART_BEFORE = re.compile(r"\b(?:more|further|other|additional|another|last|remaining|first)\s+$|\bof\s+(?:the\s+)?$",
                          re.I)
_PART_AFTER = re.compile(rf"^\s*(?:of\s+the|more|at\s+(?:the|a|an)\s|outside|inside|near|in\s+(?:the\s+)?"
                         rf"(?:[A-Z]\w+\s+)?(?:metro|airport|station|market|hotel|mosque|church|city|town|district))",
                         re.I)
_HEDGE = re.compile(r"\b(?:unconfirmed|whether|if|may|might|possibly|expected|planned|plotted|feared)\b", re.I)


def _value(word: str) -> int:
    return int(word) if word.isdigit() else UNITS[word.lower()]


def blast_counts(text: str) -> set[int]:
    """The counts of all the explosions one sentence states (empty when it states none)."""
    if not re.search(r"\b(?:explosions|blasts|detonations)\b", text, re.I) or _HEDGE.search(text):
        return set()
    found = {_value(m.group(1)) + 1 for m in FOLLOWED.finditer(text)}
    if found:
        return found
    out = set()
    for m in COUNT.finditer(text):
        before, after = text[max(0, m.start() - 12):m.start()], text[m.end():m.end() + 30]
        head = text[m.start(1):m.end()]
        if _PART_BEFORE.search(before) or _PART_AFTER.match(after) or \
                re.search(r"\b(?:more|further|other|additional)\b", head, re.I):
            continue
        out.add(_value(m.group(1)))
    return out


def _day(art: Article) -> str:
    return str(art.published or art.layers.get("date_estimate") or "")[:10]


def _rose(told: dict[int, tuple]) -> bool:
    """Every count is dated, each on its own day, and the later the day the larger the count: the
    first reports' blasts grew as more were found, which is an update, not a quarrel."""
    days = [_day(a) for v, (a, _, _) in sorted(told.items())]
    return "" not in days and len(set(days)) == len(days) and days == sorted(days)


@detector("blasts")
def blasts(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first sentence of each distinct blast count, one count an
    article, when two articles count differently."""
    told: dict[int, tuple] = {}
    for art in articles:
        res = ctx["res"][art.id]
        mine = [(s, blast_counts(s.text)) for s in ctx["sents"][art.id]]
        mine = [(s, c) for s, c in mine if len(c) == 1]
        if len({next(iter(c)) for _, c in mine}) != 1:
            continue                      # none, or the article's own count moved
        s, c = mine[0]
        told.setdefault(next(iter(c)), (art, s, holder(s.text, res, s.start) or own_voice(art.outlet)))
    if len(told) < 2 or _rose(told):
        return []
    claims = [_claim(a, s, h) for a, s, h in list(told.values())[:3]]
    return [Dispute("how many blasts: " + " vs ".join(str(v) for v in list(told)[:3]), claims, "count")]
