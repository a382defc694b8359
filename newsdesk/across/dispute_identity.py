"""Who the armed men are, told two ways: "a Foreign Ministry official stated the insurgents
were Russian" against "local authorities claimed that the men were from local self-defense
militias".

Why a detector of its own: neither side names an act's culprit (`dispute_culprit`) or denies
the other's words; each holder only says who the unmarked fighters are. Yet whose account of
their identity stands is the story's open question, and an analyst must see it disputed.
The signal is generic: a named holder says "the <fighters> were <identity>", and another
holder of the story gives an identity that shares no word with it. Precision first: both
holders are named and on different sides, and a claim's identity is a short phrase.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_culprit import claim_holder
from .dispute_sides import one_side
from .disputes import _claim, detector

_FIGHTERS = r"(?:men|gunmen|insurgents|attackers|assailants|intruders|fighters|militants|soldiers|troops|occupiers)"
IDENTITY = re.compile(r"\b(?:said|says|stated|states|claimed|claims|insisted|insists|saying|maintained|"
                      r"believes?|told\s+\w+)\s+(?:that\s+)?the\s+" + _FIGHTERS +
                      r"\s+(?:were|are)\s+(?:from\s+)?(?P<who>[^.:;,\"\u201c\u201d]{3,60})")
_STOP = {"a", "an", "the", "of", "from", "local", "group", "groups", "members", "member", "men",
         "some", "either", "or", "and", "former", "so", "called"}


def _words(identity: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]+", identity.lower()) if w not in _STOP)


def _claims(art: Article, ctx: dict) -> list[tuple]:
    out = []
    res = ctx["res"][art.id]
    for s in ctx["sents"][art.id]:
        m = IDENTITY.search(s.text)
        if not m or not (words := _words(m.group("who"))):
            continue
        held = claim_holder(s.text, res, s.start)
        if held:
            out.append((art, s, held, words, m.group("who").strip()))
    return out


@detector("identity")
def identities(articles: list[Article], ctx: dict) -> list[Dispute]:
    found = [c for art in articles for c in _claims(art, ctx)]
    for i, (a1, s1, h1, w1, p1) in enumerate(found):
        rivals = [c for c in found[i + 1:] if not (c[3] & w1) and not one_side(h1, c[2])]
        if rivals:
            a2, s2, h2, _, p2 = rivals[0]
            allies = [c for c in found if c[3] & w1 and c[:2] != (a1, s1)]
            claims = [_claim(a1, s1, h1)] + [_claim(a, s, h) for a, s, h, *_ in allies[:2]] \
                + [_claim(a2, s2, h2)]
            return [Dispute(f"who the armed men are: {p1} ({h1}) vs {p2} ({h2})", claims, "identity")]
    return []
