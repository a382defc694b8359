"""How many people were inside when it struck: "some 900 people were sheltering in the hall"
against another outlet's "a few dozen had taken refuge there".

Why a detector of its own: the count of people present (inside a building, on board, taking
refuge) is no toll, so the toll detectors never read it, and outlets state it as plain fact
with no contrast word; yet early counts of who was inside differ in most coverage of a struck
building, ship or plane, and they bound the toll to come. The signal is generic: a sentence
counting people with a verb of presence, and another article's count of the same kind whose
span cannot meet it. Vague words get the spans they say ("several hundred" is 200 to 999).
Precision first: a count is read only when the presence verb follows it closely, a figure
of the dead or wounded in the sentence makes it no count of those present, the two
sentences must share a place word and count one kind of people, and a story keeps at most one such dispute.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Article, Dispute
from ..extract.quantities import quantities
from .dispute_holders import accounts
from .disputes import DEAD_HINT, _claim, _content, detector

# vague counts and the spans they say
_VAGUE = {"a few dozen": (24, 60), "dozens": (24, 99), "several dozen": (24, 99), "a few hundred": (200, 500),
          "several hundred": (200, 999), "hundreds": (200, 999), "a few thousand": (2000, 5000),
          "several thousand": (2000, 9999), "thousands": (2000, None)}
_Q = (r"(?P<q>(?:a few|several)\s+(?:dozen|hundred|thousand)|dozens|hundreds|thousands|"
      r"(?:(?:between|some|about|around|nearly|almost|over|more than|at least|up to|roughly|approximately|"
      r"an estimated)\s+)?\d[\d,]*(?:\s*(?:and|to|-|\u2013)\s*\d[\d,]*)?)")
_WHO = r"(?:\s+(?:[a-z]+\s+)?(?P<who>people|persons|civilians|passengers|residents|worshippers|guests|visitors))"
_PRESENT = (r"(?:\s+(?:were|was|had\s+been|are|have\s+been|had|have))?\s+(?:still\s+)?"
            r"(?:inside|in\s+the\s+(?:building|theatre|theater|basement|hall|church|mosque|hotel|mall|shelter|"
            r"school|station|ship|plane)|on\s+board|aboard|sheltering|taken\s+(?:refuge|shelter)|"
            r"(?:took|sought)\s+(?:refuge|shelter))\b")
_PLACES = ("building", "theatre", "theater", "basement", "hall", "church", "mosque", "hotel", "mall", "shelter",
           "school", "station", "ship", "plane")
_CHEAP = ("inside", "board", "shelter", "refuge") + tuple("in the " + w for w in _PLACES)
_COUNT = re.compile(_Q + _WHO + _PRESENT, re.I)
_WHAT = re.compile(r"\b(?:building|theatre|theater|basement|hall|church|mosque|hotel|mall|shelter|school|"
                   r"station|ship|plane|ferry|vessel|aircraft)\b", re.I)


@lru_cache(maxsize=20000)     # an incremental refresh reads a story's old sentences again
def span(text: str) -> tuple[int, int | None] | None:
    """(low, high) of the people the sentence counts as present, None when it counts none."""
    low = text.lower()
    if not any(w in low for w in _CHEAP) or DEAD_HINT.search(text):
        return None                   # most sentences name no presence at all: skip the long pattern
    m = _COUNT.search(text)
    if not m:
        return None
    q = m.group("q").strip().lower()
    for word, rng in _VAGUE.items():
        if q.endswith(word):
            return rng
    qs = [x for x in quantities(m.group("q")) if x.count.low >= 10]
    if not qs:
        return None
    c = qs[-1].count
    if qs[-1].qualifier == "approx":
        return int(c.low * 0.9), int(c.low * 1.1) + 1
    return c.low, c.high


def _counted(text: str) -> str:
    """Who the count is of: "passengers" and "people" on board differ by the crew."""
    return _COUNT.search(text).group("who").lower()


def _apart(a: tuple, b: tuple) -> bool:
    (lo1, hi1), (lo2, hi2) = a, b
    return (hi1 is not None and hi1 < lo2) or (hi2 is not None and hi2 < lo1)


@detector("occupancy")
def occupancy(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first two counts of those present, from two articles, that
    cannot both hold."""
    told = accounts(articles, ctx, lambda text: ["present"] if span(text) else [], ("present",))["present"]
    for k, (a1, s1, h1) in enumerate(told):
        for a2, s2, h2 in told[k + 1:]:
            same_place = {w.lower() for w in _WHAT.findall(s1.text)} & {w.lower() for w in _WHAT.findall(s2.text)}
            if a1.id != a2.id and same_place and _counted(s1.text) == _counted(s2.text) \
                    and _apart(span(s1.text), span(s2.text)):
                return [Dispute("how many people were inside", [_claim(a1, s1, h1), _claim(a2, s2, h2)], "count")]
    return []
