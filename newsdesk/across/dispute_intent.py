"""Whether a strike hit its target on purpose: "the strike may have resulted in collateral
damage to a nearby medical facility" against "airstrikes targeted the hospital"; "the shell
landed on the school by mistake" against "the army deliberately shelled the school".

Why a detector of its own: the two sides share no denial, figure or contrast word and come
from different parties (the force that struck, its victims or its foes), usually in
different sentences or outlets; yet whether a hit was an accident or an aim is what an
analyst must see contested (it decides whether it was a crime). The signal is generic: one
attributed sentence calls the hit accidental (collateral damage, by mistake, inadvertently,
"did not target"), another attributed sentence says it was aimed (targeted, deliberately,
on purpose, "decided to bomb"), both name the act with a word of one family (a strike, a
bombing, shelling, a missile), and the holders are not one side. A story keeps at most one.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_sides import kin, one_side
from .disputes import _claim, _quoted_by, detector, holder

ACCIDENT = re.compile(r"\b(?:collateral damage|by (?:mistake|accident|error)|mistaken(?:ly)?|accidental(?:ly)?|"
                      r"inadvertent(?:ly)?|unintention(?:al|ally)?|in error|errant|"
                      r"(?:not|never|no)\b[^.,;]{0,25}\b(?:deliberately|intentionally|target(?:ed|ing)?))\b", re.I)
AIMED = re.compile(r"\b(?:deliberately|intentionally|purposely|on purpose|wil(?:l)?fully|knowingly|"
                   r"targeted|decided to (?:bomb|strike|attack|shell|raze|hit))\b", re.I)
NOT_AIMED = re.compile(r"\b(?:not|never|no|whether|if|may|might|could)\b[^.,;]{0,25}$", re.I)
# the act named by one family of words: a hit from the air, a shell, a missile or rocket
FAMILIES = {"strike": re.compile(r"\b(?:air\s?)?strikes?\b|\bairstrikes?\b|\bair raids?\b|\bbomb(?:s|ed|ing|ings)?\b", re.I),
            "shell": re.compile(r"\bshell(?:s|ed|ing|fire)?\b|\bartillery\b|\bmortars?\b", re.I),
            "missile": re.compile(r"\bmissiles?\b|\brockets?\b", re.I)}


def _family(text: str) -> set[str]:
    return {k for k, p in FAMILIES.items() if p.search(text)}


def _who(art: Article, s, ctx: dict) -> str | None:
    return holder(s.text, ctx["res"][art.id], s.start) or _quoted_by(art, s)


@detector("intent")
def intent(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first accident account with the aimed accounts of the same act."""
    accidents, aimed = [], []
    for art in articles:
        for s in ctx["sents"][art.id]:
            fam = _family(s.text)
            if not fam:
                continue
            if ACCIDENT.search(s.text):
                if who := _who(art, s, ctx):
                    accidents.append((art, s, who, fam))
            elif (m := AIMED.search(s.text)) and not NOT_AIMED.search(s.text[:m.start()]):
                if who := _who(art, s, ctx):
                    aimed.append((art, s, who, fam))
    for a1, s1, h1, f1 in accidents:
        rivals = [(a2, s2, h2) for a2, s2, h2, f2 in aimed
                  if f1 & f2 and not one_side(h1, h2) and not kin(h1, h2)]
        if rivals:
            fam = sorted(f1 & _family(" ".join(s2.text for _, s2, _ in rivals)))[0]
            return [Dispute(f"whether the {fam} was aimed or accidental: {h1} vs {rivals[0][2]}",
                            [_claim(a1, s1, h1)] + [_claim(a, s2, h) for a, s2, h in rivals[:4]], "claim")]
    return []
