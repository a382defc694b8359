"""A quarrel the reporter spells out in one sentence: "There are conflicting reports about the
fire, with witnesses saying a gas tank exploded, while the fire service said this was not the
case", set beside the story's sentences that state the contested point.

Why a detector of its own: `marked` wants the reporter's "rival claims" after attributed
figures and leaves "reports" aside (news that is merely unclear), and `inline` needs a
claim verb and a that-clause after "while"; yet this sentence shape names both sides and
their contrast at once: a marker (varying, conflicting, differing, contradictory reports or
accounts), "with A saying / suggesting P" and a contrasting "while / whereas / but B ...".
The claims a reader checks are the other sentences of the story stating P, so the detector
keeps the marked sentence and up to three story sentences (one an article) sharing a
two-word phrase of P ("gas tank"). Not a quarrel: a marker without the two sides ("There
are conflicting reports about casualties." alone), and "reports" of something unconfirmed.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_holders import own_voice
from .disputes import _claim, detector, holder

MARKER = re.compile(r"\b(?:varying|conflicting|differing|contradictory|contrasting|divergent|mixed|competing)\s+"
                    r"(?:reports|accounts|claims|versions|statements|information|explanations)\b", re.I)
_SAY = r"(?:suggesting|saying|claiming|reporting|stating|indicating|insisting|maintaining|asserting|alleging)"
SIDE_A = re.compile(rf"\bwith\s+[^,;]{{2,80}}?\s+{_SAY}\s+(?:that\s+)?([^,;]{{6,140}}?)\s*,?\s+"
                    r"(?:while|whereas|but|and\s+others)\b", re.I)
_STOP = set("that this there these those with were was have has been being their they them from into about "
            "which while would could after before some more most other others also only said says".split())
MAX_OTHERS = 3


def contested(text: str) -> str | None:
    """The point P a marked one-sentence quarrel is about ("suicide bombers were involved")."""
    if not MARKER.search(text):
        return None
    m = SIDE_A.search(text, MARKER.search(text).end())
    return m.group(1) if m else None


def phrases(point: str) -> set[str]:
    """Two-word phrases of content words in P (the words another sentence must share)."""
    words = [w for w in re.findall(r"[a-z][a-z-]+", point.lower())]
    return {f"{a} {b}" for a, b in zip(words, words[1:])
            if len(a) > 2 and len(b) > 2 and a not in _STOP and b not in _STOP}


@detector("varying")
def varying(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first marked one-sentence quarrel with the story's sentences
    stating its point (other articles first, one sentence an article)."""
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            if not (point := contested(s.text)) or not (keys := phrases(point)):
                continue
            others = []
            for a in sorted(articles, key=lambda a: a.id == art.id):
                p = next((p for p in ctx["sents"][a.id]
                          if p is not s and any(k in " ".join(re.findall(r"[a-z][a-z-]+", p.text.lower()))
                                                for k in keys)), None)
                if p:
                    others.append((a, p))
            if not others:
                continue
            claims = [_claim(art, s, holder(s.text, res, s.start) or own_voice(art.outlet))]
            claims += [_claim(a, p, holder(p.text, ctx["res"][a.id], p.start) or own_voice(a.outlet))
                       for a, p in others[:MAX_OTHERS]]
            return [Dispute(f"conflicting reports: {' '.join(point.split()[:8])}", claims, "claim")]
    return []
