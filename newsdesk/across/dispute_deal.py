"""Whether a deal was reached: "the rebels said the deal was back on" against "the military
media denied an agreement had been reached".

Why a detector of its own: the denial names the deal with another word than the claim
("agreement" / "deal") and shares no other content word with it, sits a few sentences away,
and no contrast opener links the two, so the contrast and denial detectors miss it; yet
whether a truce or deal stands is the first thing an analyst of a negotiation must see
contested. Precision first: the denial must deny that a pact was reached or is on (not
merely that talks go on), the claim must assert it (not hope, expect or deny it), both are
attributed, the two holders are not one side, and they sit in one article within a few
sentences of each other, so that both speak of the same pact.
"""
from __future__ import annotations

import re

from ..extract.speakers import subject_before
from ..model import Article, Dispute
from .dispute_blame import _PACT
from .dispute_sides import kin, one_side
from .disputes import _claim, detector, holder

_ON = r"(?:reached|agreed|struck|concluded|signed|clinched|sealed|restored|revived|back\s+on|in\s+place)"
DENIED = re.compile(
    r"\b(?:den(?:y|ied|ies|ying)|reject(?:ed|s)?|dismiss(?:ed|es)?)\s+(?:(?:reports?|claims?)\s+)?(?:that\s+)?"
    r"(?:a|an|any|the)\s+(?:new\s+)?" + _PACT + r"\s+(?:had|has|have|was|were|is|are)\s+(?:been\s+)?" + _ON + r"\b"
    r"|\bno\s+(?:new\s+)?" + _PACT + r"\s+(?:had|has|have)\s+(?:yet\s+)?been\s+" + _ON + r"\b", re.I)
CLAIMED = re.compile(
    r"\b" + _PACT + r"\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:now\s+|again\s+)?back\s+on\b"
    r"|\b" + _PACT + r"\s+(?:had|has|have|was|were)\s+(?:been\s+)?(?:reached|struck|agreed|restored|revived)\b"
    r"|\b(?:reached|struck|clinched|sealed|agreed\s+(?:on|to|upon))\s+(?:a|an|the)\s+(?:new\s+)?" + _PACT + r"\b",
    re.I)
# a pact hoped for, expected, conditional or denied is not claimed
_UNSURE = re.compile(r"\b(?:not|no|never|n't|den(?:y|ied|ies|ying)|reject\w*|if|unless|whether|hop\w+|expect\w*|"
                     r"would|could|may|might|should|close to|near(?:ly)?|try\w*|tried|seek\w*|sought|aim\w*)\b", re.I)
_CLAUSE = re.compile(r"[,;:]|\bthat\s|\b(?:said|says|say|stated|added|insisted|claimed)\s")
WINDOW = 5


def _denier(text: str, m: re.Match, res, offset: int) -> str | None:
    """Who denies: the subject of the denial verb, else the sentence's holder."""
    sub = subject_before(text[:m.start()])
    if sub and sub[0].lower() not in {"it", "this", "that", "which", "who", "there"}:
        return sub[0]
    return holder(text, res, offset)


def _claimed(text: str) -> bool:
    """The sentence asserts a pact reached or back on, outside any hedge of its own clause."""
    for m in CLAIMED.finditer(text):
        cut = max((x.end() for x in _CLAUSE.finditer(text[:m.start()])), default=0)
        if not _UNSURE.search(text[cut:m.start()]):
            return True
    return False


def _pair(art: Article, ctx: dict) -> Dispute | None:
    res, sents = ctx["res"][art.id], ctx["sents"][art.id]
    for i, s in enumerate(sents):
        m = DENIED.search(s.text)
        who = _denier(s.text, m, res, s.start) if m else None
        if not who:
            continue
        for o in sents[max(0, i - WINDOW):i] + sents[i + 1:i + 1 + WINDOW]:
            if DENIED.search(o.text) or not _claimed(o.text):
                continue
            other = holder(o.text, res, o.start)
            if other and other != who and not one_side(who, other) and not kin(who, other):
                return Dispute(f"whether a deal was reached: {other} vs {who}",
                               [_claim(art, o, other), _claim(art, s, who)], "occurrence")
    return None


@detector("deal")
def deal(articles: list[Article], ctx: dict) -> list[Dispute]:
    return [d for art in articles if (d := _pair(art, ctx))][:1]
