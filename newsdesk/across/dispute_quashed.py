"""An earlier finding set aside against the new one: "The deaths were first ruled accidental,
but that verdict was quashed" and, elsewhere in the story, "a jury ruled they were unlawful".

Why a detector of its own: inquests, appeals and reviews report two official findings on one
matter, the old one told only as overturned; neither sentence uses a denial word, so the denial
and contrast detectors miss the pair, yet the two findings are the story's rival readings. The
cue is generic: a sentence telling a finding ("ruled", "found", "verdict") that "was quashed /
overturned / set aside / reversed"; the rival is a finding sentence of the story (any article)
that is not itself set aside, shares a content word with it (the most shared first, then the same article's own retelling) and does not repeat the old
finding's own word. Precision first: one per story, at most three rival findings.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_holders import holder
from .disputes import _claim, detector

SET_ASIDE = re.compile(r"\b(?:was|were|had\s+been|have\s+been|has\s+been|being)\s+(?:later\s+|since\s+|subsequently\s+)?"
                       r"(?:quashed|overturned|overruled|set\s+aside|reversed|struck\s+down|annulled|thrown\s+out)\b", re.I)
OLD_FINDING = re.compile(r"\b(?:ruled|judged|declared|deemed|found\s+to\s+be|recorded\s+as)\s+([a-z]{4,})", re.I)
FINDING = re.compile(r"\b(?:ruled|rules|have\s+found|has\s+found|found\s+that|concluded|verdict|jury\s+found|"
                     r"court\s+found|inquests?\s+found)\b", re.I)
_STOP = frozenset("that this with from have been were when which their there about after before ruled found "
                  "verdict verdicts jury inquest inquests court following original".split())


def _content(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z0-9]{2,}", text)
            if len(w) >= 4 or w.isdigit()} - _STOP


@detector("quashed")
def quashed(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the set-aside finding and up to three findings that replace it."""
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            old = OLD_FINDING.search(s.text)
            if not SET_ASIDE.search(s.text) or not old or old.start() > SET_ASIDE.search(s.text).start():
                continue
            word, words = old.group(1).lower(), _content(s.text[:SET_ASIDE.search(s.text).start()])
            rivals = [(a, o) for a in articles for o in ctx["sents"][a.id] if o is not s
                      and FINDING.search(o.text) and not SET_ASIDE.search(o.text)
                      and word not in o.text.lower() and _content(o.text) & words]
            rivals.sort(key=lambda x: (-len(_content(x[1].text) & words), x[0] is not art))
            if rivals:
                claims = [_claim(art, s, holder(s.text, res, s.start) or "the earlier finding")]
                claims += [_claim(a, o, holder(o.text, ctx["res"][a.id], o.start)) for a, o in rivals[:3]]
                return [Dispute(f"which finding stands: {word} (set aside) vs the new finding", claims, "claim")]
    return []
