"""How far a vehicle went, told two ways: "onlookers said the lorry ran on for a few hundred
metres" against "a news agency said the lorry swerved along the avenue for three kilometres"
and "the lorry drove nearly two miles".

Why a detector of its own: the figure disputed is no casualty count, so the count detectors
never read it; yet in a ramming or a chase how far the vehicle went is a fact outlets give
differently and an analyst must see whose figure is whose. The signal is generic: a vehicle
noun, a verb of driving, and a distance after it ("over a distance of", "for", or a bare
measure), read as a range in metres; two such sentences of one story about the same vehicle
noun whose ranges cannot both hold, from two holders. Precision first: one per story, and a
trip between two named places ("from Lyon to Paris") is a journey, not the attack's path.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .disputes import _claim, _quoted_by, detector, holder

VEHICLE = re.compile(r"\b(truck|lorry|van|car|vehicle|bus|suv|tractor|bulldozer|tank|train)s?\b", re.I)
DRIVE = r"(?:drove|driven|plow(?:ed|ing)|plough(?:ed|ing)|zigzagg(?:ed|ing)|travel(?:l)?ed|sped|careered|" \
        r"careened|swerved|ran|rolled|mowed|barrel(?:l)?ed|rammed|ploughed|went|continued|dragged)"
_WORDNUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "half a": 0.5, "half": 0.5}
UNIT = {"metre": 1, "meter": 1, "m": 1, "kilometre": 1000, "kilometer": 1000, "km": 1000,
        "mile": 1609, "yard": 0.914, "foot": 0.305, "feet": 0.305}
DISTANCE = re.compile(
    DRIVE + r"\b[^.;]{0,80}?\b(?:over\s+a\s+distance\s+of|for|over|some|about|nearly|almost|around)?\s*"
    r"(?P<q>about|around|some|nearly|almost|roughly|more than|at least|over)?\s*"
    r"(?P<n>\d+(?:[.,]\d+)?|several hundred|a few hundred|hundreds of|half a|a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s*(?P<u>kilomet(?:re|er)s?|km|met(?:re|er)s?|m|miles?|yards?|feet|foot)\b", re.I)
JOURNEY = re.compile(r"\bfrom\s+[A-Z][a-z]+\b[^.;]{0,40}\bto\s+[A-Z]", re.I)


def metres(m: re.Match) -> tuple[float, float]:
    """The range in metres a distance phrase allows."""
    n, q = m.group("n").lower(), (m.group("q") or "").lower()
    unit = UNIT[re.sub(r"s$", "", m.group("u").lower()).replace("kilometer", "kilometre").replace("meter", "metre")]
    if n in ("several hundred", "hundreds of"):
        lo, hi = 200.0, 950.0
    elif n == "a few hundred":
        lo, hi = 200.0, 500.0
    else:
        v = float(_WORDNUM.get(n, 0) or n.replace(",", "."))
        lo = hi = v
    lo, hi = lo * unit, hi * unit
    if q in ("about", "around", "some", "roughly", "nearly", "almost"):
        return lo * 0.85, hi * 1.15
    if q in ("more than", "at least", "over"):
        return lo, float("inf")
    return lo * 0.95, hi * 1.05


def _apart(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[1] < b[0] or b[1] < a[0]


@detector("distance")
def distance(articles: list[Article], ctx: dict) -> list[Dispute]:
    told = []                # (article, sentence, vehicle noun, range, phrase)
    for art in articles:
        for s in ctx["sents"][art.id]:
            m, v = DISTANCE.search(s.text), VEHICLE.search(s.text)
            if m and v and not JOURNEY.search(s.text):
                told.append((art, s, v.group(1).lower(), metres(m), m.group(0)))
    for i, (a, s, noun, rng, _) in enumerate(told):
        rivals = [x for x in told if x[2] == noun and _apart(x[3], rng)]
        if not rivals:
            continue
        group = [told[i]] + [x for x in told if x[2] == noun and x is not told[i]]
        claims = [_claim(art, sent, holder(sent.text, ctx["res"][art.id], sent.start) or _quoted_by(art, sent))
                  for art, sent, _, _, _ in group[:5]]
        if len({(c.article, c.holder) for c in claims}) < 2:
            continue
        return [Dispute(f"how far the {noun} went", claims, "claim")]
    return []
