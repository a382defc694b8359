"""One source calls a thing sound, another says it was not: "the inspector told owners the
bridge was in good shape" against "we knew the bridge wasn't in good shape", a relative said.

Why a detector of its own: the two sides share one evaluative phrase and differ only by a
negation, with no denial word and often in different outlets, so the denial, contrast and
negation detectors (which need a falsity word, a 'but' reply or an 'only' clause) miss it.
The cue is generic: a copula with an optional 'not' before a condition phrase ('in good shape /
condition', 'safe', 'structurally sound', 'stable'); a dispute needs both polarities of the same
phrase from holders who are not one side. Precision first: one per story, each sentence must
have a holder, and a sentence that asks or supposes ('if', 'whether') holds no side.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..model import Article, Dispute
from .dispute_holders import holder, quoted_by
from .dispute_sides import one_side
from .disputes import _claim, detector

_Q = r"[\"\u201c\u2018']?"
CONDITION = re.compile(rf"\b(?:was|is|were|are|remained|remains)(n['\u2019]t|\s+not|\s+never)?\s+{_Q}\s*"
                       rf"(?:in\s+(?:very\s+|perfectly\s+|really\s+)?(good|great|sound|fine|excellent|bad|poor)\s+"
                       rf"(shape|condition|order|repair)|(?:perfectly\s+|completely\s+|structurally\s+)?(safe|sound|stable))\b", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:if|whether|unless)\b", re.I)
_GOOD = {"good", "great", "sound", "fine", "excellent", "safe", "stable"}


@detector("condition")
def condition(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the sentences calling a thing sound and those saying it was not."""
    sides: dict[str, dict[bool, list]] = defaultdict(lambda: {True: [], False: []})
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            m = CONDITION.search(s.text)
            if not m or _HYPOTHETICAL.search(s.text[:m.start()]):
                continue
            who = holder(s.text, res, s.start) or quoted_by(art, s)
            if not who:
                continue
            word = (m.group(2) or m.group(4)).lower()
            phrase = f"{'good' if word in _GOOD else 'bad'} {m.group(3) or 'state'}".lower()
            sound = (word in _GOOD) != bool(m.group(1))
            sides[phrase][sound].append((art, s, who))
    for phrase, sd in sides.items():
        pro, con = sd[True], sd[False]
        if pro and con and not any(one_side(a[2], b[2]) for a in pro for b in con):
            claims = [_claim(a, s, w) for a, s, w in pro[:3] + con[:3]]
            return [Dispute(f"whether it was in {phrase}: {pro[0][2]} vs {con[0][2]}", claims, "claim")]
    return []
