"""Where an incident at sea or in the air took place: "ships attempting to illegally enter
Russian waters" against "an area of the sea that even Russia calls international waters".

Why a detector of its own: whether a ship or a plane was inside a state's waters or airspace
decides whether stopping it was a defence or an attack, and the two accounts say so with
place words, not with a denial, a label or a contrast cue, usually in different outlets; so
no other detector pairs them. The signal is generic: one sentence has a vessel or aircraft
intrude into a named state's waters or airspace (an intrusion verb beside "Russian waters",
"Iran's airspace", "the territorial waters of X"), and another sentence of the story, from
another outlet or holder, places it in international or neutral waters or airspace. A
negated side ("not in international waters") states neither.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_sides import one_side
from .disputes import _claim, detector, holder

_ZONE = r"(?:territorial\s+)?(?:waters|airspace)"
STATE_ZONE = re.compile(r"\b(?:[A-Z][a-z]+(?:an|ese|ish|ian|i)|[A-Z][a-z]+['\u2019]s)\s+" + _ZONE + r"\b"
                        r"|\bterritorial\s+(?:waters|airspace)\s+of\s+[A-Z][a-z]+")
INTRUSION = re.compile(r"\b(?:enter(?:ed|ing|s)?|violat\w+|intru\w+|incursions?|illegal\w*|breach\w*|"
                       r"trespass\w*|without\s+permission|invad\w+)\b", re.I)
OPEN_ZONE = re.compile(r"\b(?:international|neutral)\s+(?:waters|airspace)\b|\bhigh\s+seas\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no|outside)\s+(?:\w+\s+){0,3}$|n['\u2019]t\s+(?:\w+\s+){0,3}$", re.I)


def _asserted(cue: re.Pattern, text: str) -> bool:
    return any(not _NEGATED.search(text[max(0, m.start() - 30):m.start()]) for m in cue.finditer(text))


def _sides(articles: list[Article], ctx: dict) -> tuple[list, list]:
    """(intrusions into a state's zone, placements in open waters) as (article, sentence, holder)."""
    inside, outside = [], []
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            state = _asserted(STATE_ZONE, s.text) and INTRUSION.search(s.text)
            open_ = _asserted(OPEN_ZONE, s.text)
            if bool(state) == bool(open_):
                continue                  # both in one sentence: a report of the dispute, not a side
            who = holder(s.text, res, s.start) or art.outlet or art.id
            (inside if state else outside).append((art, s, who))
    return inside, outside


@detector("waters")
def waters(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story."""
    inside, outside = _sides(articles, ctx)
    for a1, s1, h1 in inside:
        rivals = [(a, s, h) for a, s, h in outside if a is not a1 or not one_side(h, h1)]
        if rivals:
            zone, open_ = STATE_ZONE.search(s1.text).group(), OPEN_ZONE.search(rivals[0][1].text).group()
            claims = [_claim(a1, s1, h1)] + [_claim(a, s, h) for a, s, h in rivals[:3]]
            return [Dispute(f"where it happened: {zone} vs {open_.lower()}", claims, "claim")]
    return []
