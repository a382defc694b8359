"""Who did it, told two ways: "officials said the plane was shot down by rebels" against
"the rebels insisted that government forces were to blame".

Why a detector of its own: each side names a culprit, not the other side's claim, and the
two sentences rarely share a contrast opener or sit in one article, so `contrast`, `blame`
and `inline` miss them; yet whose account of the perpetrator stands is what an analyst
must see disputed. The signal is generic: an attributed sentence names a culprit (the agent
of an attack verb, "X was to blame / responsible / behind", "blamed X for"), and another
holder of the story, from the culprit's own camp (same actor class), names the first
holder's camp in turn. Precision first: both holders must be named, and the blame must run
both ways between the two camps.
"""
from __future__ import annotations

import re

from ..extract.actors import actor_class
from ..model import Article, Dispute
from .dispute_sides import one_side
from .disputes import _claim, detector, holder

_ACT = (r"(?:shot\s+down|downed|attacked|bombed|shelled|killed|struck|hit|carried\s+out|fired\s+on|"
        r"targeted|destroyed|set\s+on\s+fire)")
BY_AGENT = re.compile(rf"\b{_ACT}(?:\s+[\w'\u2019-]+){{0,5}}?\s+by\s+", re.I)
TO_BLAME = re.compile(r"\s+(?:was|were|is|are)\s+(?:to\s+blame|responsible\s+for|behind)\b", re.I)
BLAMED = re.compile(r"\bblam(?:ed|es|ing)\s+", re.I)
_NOT_PARTY = {"it", "this", "that", "they", "he", "she", "who", "which", "there", "we"}


_STOP = r"(?:on|in|at|and|who|which|that|from|during|after|near|over|with|as|for|since|while)"
_NP = re.compile(r"((?:[\w'\u2019-]+\s+){0,6}?[\w'\u2019-]+)(?=\s+" + _STOP + r"\b|\s*[,.;:]|\s*$)")
_SAY = re.compile(r"\b(?:said|says|say|reported|report|reports|insisted|insists|claimed|claims|maintained|"
                  r"told|added|stated|argued|alleged)\b")
_OPENER = re.compile(r"^\W*(?:However|But|Yet|Still|Meanwhile|Instead|Later|Earlier|Then),?\s+")
_ADVERB = re.compile(r"\s+(?:later|also|earlier|again|now|then|had|have|has)\s*$")


def _np_from(text: str) -> str | None:
    m = _NP.match(text)
    return m.group(1) if m else None


def culprit(text: str) -> str | None:
    """The party a sentence names as the one who did the act, or None."""
    m = BY_AGENT.search(text)
    if m:
        return _np_from(text[m.end():])
    m = TO_BLAME.search(text)
    if m:
        lead = re.split(r"\bthat\s+|[,;:]\s*", text[:m.start()])[-1].strip()
        return lead if 0 < len(lead.split()) <= 8 else None
    m = BLAMED.search(text)
    if m and (np := re.match(r"((?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+)\s+for\b", text[m.end():])):
        return np.group(1)
    return None


def claim_holder(text: str, res, offset: int) -> str | None:
    """The attribution rule of the dispute detectors, else the words before the first
    saying verb with a leading "However" and a trailing "later" set aside."""
    who = holder(text, res, offset)
    if who:
        return _OPENER.sub("", who) or None
    v = _SAY.search(text)
    if not v:
        return None
    lead = _ADVERB.sub("", _OPENER.sub("", text[:v.start()])).strip()
    lead = re.sub(r"^(?:other|some|the)\s+", "", lead, flags=re.I)
    lead = re.sub(r"\s+(?:who|which|that)$", "", lead)          # 'A woman who (says ...)': the head
    return lead if 0 < len(lead.split()) <= 6 and "," not in lead else None


# a state's officials and its forces are one camp when blame is traded with its armed foes
_STATE_CAMP = {"government", "state forces", "police"}


def camp(name: str) -> str | None:
    cls = actor_class(name)
    return "state" if cls in _STATE_CAMP else cls


def _claims(art: Article, ctx: dict) -> list[tuple]:
    out = []
    res = ctx["res"][art.id]
    for s in ctx["sents"][art.id]:
        who = culprit(s.text)
        if not who or who.lower() in _NOT_PARTY:
            continue
        held = claim_holder(s.text, res, s.start)
        if not held or held.lower() in _NOT_PARTY or held in who or who in held:
            continue
        cw, ch = camp(who), camp(held)
        if cw and ch and cw != ch:
            out.append((art, s, held, ch, who, cw))
    return out


@detector("culprit")
def culprits(articles: list[Article], ctx: dict) -> list[Dispute]:
    found = [c for art in articles for c in _claims(art, ctx)]
    for i, (a1, s1, h1, hc1, w1, wc1) in enumerate(found):
        for a2, s2, h2, hc2, w2, wc2 in found[i + 1:]:
            if hc1 == hc2 or wc1 == wc2 or one_side(h1, h2):
                continue
            if hc2 == wc1 and hc1 == wc2:         # each camp names the other as the culprit
                return [Dispute(f"who did it: {w1} ({h1}) vs {w2} ({h2})",
                                [_claim(a1, s1, h1), _claim(a2, s2, h2)], "responsibility")]
    return []
