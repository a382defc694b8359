"""A toll the article itself sets against another one: "The interior minister said 75 people
died ..." and then "The minister's figure is below an earlier army count of 90 dead."

Why a detector of its own: the comparing sentence gives the rival figure as the object of
"than", held by no speaking verb, so the count detector's attributed figures side by side
never see it; yet the reporter has told the reader in so many words that two sources' figures
differ. The signal is that wording: a comparative ("lower", "higher") against a total, toll or
figure "of N", in a sentence about a toll, paired with the nearest sentence before it (at
most three back) that states a casualty figure other than N.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .disputes import DEAD_HINT, _claim, detector, holder

COMPARED_TOLL = re.compile(r"\b(?:lower|higher|smaller|larger|greater|fewer|more)\s+than\s+(?:a|an|the)\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:total|toll|figure|tally|count|estimate|number)\s+of\s+"
                           r"(?:about\s+|some\s+|at\s+least\s+|nearly\s+)?(?P<n>\d[\d,]*)", re.I)
HURT = re.compile(r"\b(?:injur\w*|wound\w*|hurt)\b", re.I)
BACK = 3


def _figures(text: str, kind: str) -> set[int]:
    from ..extract.counts import casualties
    try:
        c = casualties(text)
    except Exception:          # the counts module is another layer's; never let it stop us
        return set()
    return {m.count.low for m in c["mentions"] if m.kind == kind and not m.increment and not m.subgroup}


@detector("compared")
def compared(articles: list[Article], ctx: dict) -> list[Dispute]:
    out = []
    for art in articles:
        res, sents = ctx["res"][art.id], ctx["sents"][art.id]
        for i, s in enumerate(sents):
            m = COMPARED_TOLL.search(s.text)
            if not m or not (DEAD_HINT.search(s.text) or HURT.search(s.text)):
                continue
            n = int(m.group("n").replace(",", ""))
            kind = "dead" if DEAD_HINT.search(s.text) else "injured"
            prev = next((p for p in reversed(sents[max(0, i - BACK):i]) if _figures(p.text, kind) - {n}), None)
            if prev is None:
                continue
            first = min(_figures(prev.text, kind) - {n})
            kind = "death toll" if kind == "dead" else "number of injured"
            out.append(Dispute(f"{kind}: {first} vs {n}",
                               [_claim(art, prev, holder(prev.text, res, prev.start)),
                                _claim(art, s, holder(s.text, res, s.start))], "count"))
    return out
