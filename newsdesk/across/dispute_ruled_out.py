"""A means ruled out against a report of it: "the ministry said rockets hit the barracks"
against "investigators say it was definitely not rocket fire".

Why a detector of its own: `method` pairs two asserted means of one axis and sets aside any
negated one, and the ruling-out side often names no means of its own in the same sentence
(it says what the act was not, and what it was elsewhere, or nowhere); yet one party
excluding the very means another party reports is the quarrel over how the act was done.
The signal is generic: an attributed clause negates a means class of `dispute_method.MEANS`
right at its copula or cause ("was not rocket fire", "not caused by a mine", "no sign of a
missile"), and another voice of the story states that class as the means of an act
(`dispute_method.means`: an act verb, not negated, not an older act). Precision first: the
negation stands next to the means, the ruling-out voice is not the outlet's own, the two
voices differ, and a story keeps at most one such dispute.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_background import background
from .dispute_holders import own_voice
from .dispute_method import AXIS, MEANS, means, voice
from .dispute_sides import one_side
from .disputes import _claim, detector

_LEAD = (r"(?:\b(?:was|were|is|are|been)\s+(?:\w+ly\s+)?not\s+(?:(?:caused|hit|struck|damaged|destroyed|sunk|done)\s+by\s+|due\s+to\s+|the\s+result\s+of\s+)?"
         r"|\bno\s+(?:signs?|traces?|evidence)\s+of\s+)(?:(?:a|an|the|any)\s+)?(?:[\w-]+\s+){0,2}?")
RULED_OUT = {c: re.compile(_LEAD + rf"(?P<means>(?:{p}))\b", re.I) for c, p in MEANS.items() if AXIS[c] == "means"}
_UNREAL = re.compile(r"\b(?:if|whether|unless|not only|could|would|might)\b", re.I)
MAX_CLAIMS = 6


def ruled_out(text: str) -> tuple[str, str] | None:
    """(class, words) of the means a sentence rules out, or None."""
    for cls, rx in RULED_OUT.items():
        m = rx.search(text)
        if m and not _UNREAL.search(text[max(0, m.start() - 30):m.end()]):
            return cls, m.group("means").lower()
    return None


@detector("ruled_out")
def ruled_out_means(articles: list[Article], ctx: dict) -> list[Dispute]:
    nots, told = [], []
    for art in articles:
        res = ctx["res"][art.id]
        known = set(re.findall(r"(?<=[a-z,;] )[A-Z][\w'\u2019-]+", art.text))
        for s in ctx["sents"][art.id]:
            if background(s.text, art):
                continue
            if (out := ruled_out(s.text)) and (who := voice(art, s, res)) != own_voice(art.outlet):
                nots.append((art, s, who, *out))
            for m in means(s.text, known):
                told.append((art, s, m.cls))
    for a1, s1, h1, cls, words in nots:
        others = [(a, s) for a, s, c in told if c == cls and s is not s1]
        claims = [_claim(a1, s1, h1)]
        for a, s in others:
            who = voice(a, s, ctx["res"][a.id])
            if who != h1 and not one_side(who, h1) and len(claims) < MAX_CLAIMS:
                claims.append(_claim(a, s, who))
        if len(claims) >= 2:
            return [Dispute(f"whether it was {words}: {h1} rules it out", claims, "cause")]
    return []
