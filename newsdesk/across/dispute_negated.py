"""A claim against a party's insistence that it is not so: "the government has claimed that
rebel fighters were using the clinic to fire on troops" against "the charity's director insisted
that there were no rebel fighters operating from inside the clinic".

Why a detector of its own: the answering side neither says "deny" nor points back ("this"),
nor names the claimant, and the two sentences usually sit in different outlets, so the
denial, contrast and denied-claim detectors miss them; yet a claim flatly contradicted by
another party is what an analyst must see contested. The signal is two-fold and generic:
one holder *claims* or *alleges* a that-clause (a verb that marks the content as contested),
another holder insists, maintains or says a clause that is negated by a quantifier ("there
were no", "none of", "no ... were"), and the two clauses share a named party and a content
word. Precision first: both sides are attributed, the holders are not one side, neither
clause is hedged, and a story keeps at most one such dispute.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_sides import kin, one_side
from .disputes import _STOP, _claim, detector, holder

# a claim verb, or an assessment told as a finding ("it appears likely that ..."): both state the
# content as the holder's own account, which the other side's "there were no ..." answers
CLAIMED = re.compile(r"\b(?:ha(?:ve|s|d)\s+)?(?:claim(?:ed|s)|alleg(?:ed|es))\s+(?:that\s+)?(?!responsibility|credit)|"
                     r"\b(?:appears?|seems?|is|was|it's)\s+[\"\u201c]?(?:likely|probable)[\"\u201d]?\s+that\s+", re.I)
_CLAIM_OPEN = re.compile(r"\b(?:the|of|these|those|such|any|their|its|his|her)\s+$", re.I)   # 'of claims': a noun
INSISTED = re.compile(r"\b(?:insist(?:ed|s)|maintain(?:ed|s)|stress(?:ed|es)|assert(?:ed|s)|said|says)\s+(?:that\s+)?",
                      re.I)
NO_PARTY = re.compile(r"^(?:there\s+(?:was|were|are|is|had\s+been)\s+no\b|none\s+of\b|no\s+[a-z]+\s+(?:was|were|had)\b)",
                      re.I)
HEDGE = re.compile(r"\b(?:may|might|could|possibly|perhaps|whether|if)\b", re.I)


def _words(clause: str) -> tuple[set[str], set[str]]:
    caps = {w.removesuffix("s") for w in re.findall(r"\b[A-Z][a-z]{3,}\b", clause)}   # "Kurds" ~ "Kurd"
    low = {w[:4] for w in re.findall(r"\b[a-z]{4,}\b", clause) if w not in _STOP}
    return caps, low


def _claims(art: Article, ctx: dict):
    res = ctx["res"][art.id]
    for s in ctx["sents"][art.id]:
        m = CLAIMED.search(s.text)
        if not m or _CLAIM_OPEN.search(s.text[:m.start()]) or HEDGE.search(s.text[m.end():]):
            continue
        clause = s.text[m.end():]
        if re.search(r"\b(?:no|not|never|none)\b", clause, re.I):
            continue
        who = holder(s.text, res, s.start)
        if who:
            yield s, who, _words(clause)


def _insisted(art: Article, ctx: dict):
    res = ctx["res"][art.id]
    for s in ctx["sents"][art.id]:
        for m in INSISTED.finditer(s.text):
            clause = s.text[m.end():]
            if NO_PARTY.match(clause) and not HEDGE.search(clause):
                who = holder(s.text, res, s.start)
                if who:
                    yield s, who, _words(clause)
                break


@detector("negated")
def negated(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first claim that another holder's negated clause answers."""
    said = [(a, *x) for a in articles for x in _claims(a, ctx)]
    nots = [(a, *x) for a in articles for x in _insisted(a, ctx)]
    for a1, s1, h1, (c1, l1) in said:
        for a2, s2, h2, (c2, l2) in nots:
            if s1 is s2 or one_side(h1, h2) or kin(h1, h2):
                continue
            named = {w.removesuffix("s") for w in re.findall(r"[A-Z][a-z]+", h1 + " " + h2)}
            if c1 & c2 - named and l1 & l2:
                what = " ".join(s1.text[CLAIMED.search(s1.text).end():].split()[:10]).rstrip(",.;:")
                return [Dispute(f"whether {what}: {h1} vs {h2}",
                                 [_claim(a1, s1, h1), _claim(a2, s2, h2)], "claim")]
    return []
