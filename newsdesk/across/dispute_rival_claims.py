"""Two groups claiming one attack in one sentence: "Both the Northern Front and a group calling
itself the Sons of the Valley claimed responsibility", set beside the story's other accounts
of who was behind it ("the ministry blamed the attack on foreign-backed separatists").

Why a detector of its own: `claimed` pairs claims of responsibility told in separate
sentences, each with one claimant, so two claimants named together pass it by; yet a claim
that two groups make at once is a quarrel over authorship by itself, and the other parties'
blame in the story is the rest of that quarrel. The signal is generic: "both X and Y claimed
responsibility (or credit)", "X and Y both claimed ...", or "rival claims of responsibility",
and the story's sentences that name who was behind the attack (a blame, "the attackers were
members of ...", "accused ... of being behind"). Not a quarrel: one group claiming twice,
"both attacks were claimed by X" (one claimant), and a claim with no other account beside it.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_holders import own_voice
from .disputes import _claim, detector, holder

_CLAIM = r"(?:claimed|claim|have\s+claimed|had\s+claimed)\s+(?:responsibility|credit)"
_NAME = r"(?:(?!(?:were|was|are|is|had|have|been|and|attacks|bombings|blasts|incidents|sites|men)\b)[^\s.;,]+\s+){1,8}?"
_SECOND = r"(?:(?!(?:said|says|told|reported|that|were|was|are|is)\b)[^\s.;]+\s+){1,10}?"
RIVALS = re.compile(rf"\b[Bb]oth\s+{_NAME}and\s+{_SECOND}{_CLAIM}\b"
                    rf"|\b[A-Z][^.;]{{1,80}}?\s+and\s+[^.;]{{2,80}}?\s+(?:have\s+|had\s+)?both\s+claimed\s+"
                    r"(?:responsibility|credit)\b"
                    r"|\b(?:rival|competing|conflicting|contradictory)\s+claims\s+of\s+(?:responsibility|credit)\b")
BEHIND = re.compile(r"\bblam(?:ed|es|ing)\s+(?:the\s+)?(?:\w+\s+){0,3}?on\b"
                    r"|\baccus(?:ed|es|ing)\b[^.;]{0,80}?\b(?:of\s+(?:being\s+)?(?:behind|involved|backing|"
                    r"supporting|sponsoring)|of\s+involvement)"
                    r"|\b(?:attackers|gunmen|assailants|militants|bombers)\s+(?:were|was|are)\s+(?:members|part)\s+of\b"
                    r"|\b(?:was|were)\s+behind\s+the\s+(?:attack|bombing|assault|shooting|blast)", re.I)
MAX_OTHERS = 3


@detector("rival_claims")
def rival_claims(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first two-claimant sentence with the story's accounts of who
    was behind the attack (those of its own article first)."""
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            if not RIVALS.search(s.text):
                continue
            others = [(a, p) for a in sorted(articles, key=lambda a: a.id != art.id)
                      for p in ctx["sents"][a.id] if p is not s and BEHIND.search(p.text)]
            if not others:
                continue
            claims = [_claim(art, s, holder(s.text, res, s.start) or own_voice(art.outlet))]
            claims += [_claim(a, p, holder(p.text, ctx["res"][a.id], p.start) or own_voice(a.outlet))
                       for a, p in others[:MAX_OTHERS]]
            return [Dispute("who was behind the attack: rival claims of responsibility", claims, "claim")]
    return []
