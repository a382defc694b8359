"""Rival accounts of who did one act, given by different holders, neither a plain denial: a
group's claim against another party blamed, two groups claiming it, two parties blamed.

Why a detector of its own: over the tuning sets the one-slot culprit detectors (claimed,
claim_blame, rival_claims, culprit, doer) each find gold in one crisis; the shared shape is
two holders, one act, two values of the doer slot. The reader (dispute_rival_doer) gives
each sentence's doers; two sentences of different holders whose doers exclude each other make
the dispute, and a sentence naming two rival claimants is backed by another claim of either.
A story keeps at most one. It returns at once when no sentence holds a doer cue (holder
look-ups are costly). The cause slot (a bomb against a technical fault) was tried with the
same shape: with cue words attested in two crises it found nothing (the one gold pair of
deliberate against mishap is a single crisis).
"""
from __future__ import annotations

from ..model import Article, Dispute
from .dispute_doer_scope import not_rivals, recalled
from .dispute_rival_doer import DOER_CUE, backs, doer_values, rivals
from .disputes import _claim, detector, holder

MAX_CLAIMS = 4


def _doer_dispute(articles: list[Article], ctx: dict) -> list[Dispute]:
    vals = []
    for art in articles:
        for s in ctx["sents"][art.id]:
            if DOER_CUE.search(s.text) and not recalled(s.text, DOER_CUE) and (v := doer_values(s.text)):
                vals.append((art, s, v))
    if not any(len(v) > 1 for _, _, v in vals) and len({k for _, _, v in vals for _, k in v}) < 2:
        return []
    held = [(art, s, v, holder(s.text, ctx["res"][art.id], s.start) or v[0][0]) for art, s, v in vals]
    for i, (a1, s1, v1, h1) in enumerate(held):
        other = [(a, s, h) for a, s, v, h in held[i + 1:]
                 if h.split()[-1].lower() != h1.split()[-1].lower()
                 and all(rivals(x[1], y[1]) and not not_rivals(x[0], y[0]) for x in v1 for y in v)
                 and not any(backs(t, k) for t in (s1.text, s.text) for _, k in v1 + v)]
        if other:
            claims = [_claim(a1, s1, h1)] + [_claim(*r) for r in other[:MAX_CLAIMS - 1]]
            rival = next(v for a, s, v, h in held[i + 1:] if s is other[0][1])[0][0]
            return [Dispute(f"who did it: {v1[0][0]} vs {rival}", claims, "responsibility")]
    for a1, s1, v1, h1 in held:      # "both A and B claimed": rivals in one sentence, backed by each claim
        if len(v1) > 1 and rivals(v1[0][1], v1[1][1]) and not not_rivals(v1[0][0], v1[1][0]):
            seconds = [(a, s, h) for a, s, v, h in held if s is not s1 and any(k & x[1] for _, k in v for x in v1)]
            if seconds:
                claims = [_claim(a1, s1, h1)] + [_claim(*b) for b in seconds[:MAX_CLAIMS - 1]]
                return [Dispute(f"who did it: {v1[0][0]} vs {v1[1][0]}", claims, "responsibility")]
    return []


@detector("rival_accounts")
def rival_accounts(articles: list[Article], ctx: dict) -> list[Dispute]:
    return _doer_dispute(articles, ctx)
