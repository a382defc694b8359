"""A group's claim of the act scorned by an official: "the Black Hand said it had blown up the
bridge" against "the governor called that claim propaganda" or "claims by the Black Hand that
it destroyed the bridge were lies".

Why a detector of its own: `dismissed` wants "reports that ..." with the rejected account in a
that-clause and a falsity word from a short list; `recast` wants the attackers renamed or the
act given another motive. An official who scorns a claim of responsibility usually does
neither: he points back at "that claim" / "the group's claims" and calls it propaganda, a lie
or a stunt. Whose account of the act stands is the story's open question all the same.
The signal is generic: one sentence where a group claims or says it did the act (downed,
brought down, blew up, carried out ...), another sentence of the story, from another holder,
that rejects "the/that/its claim(s)" or calls claims of the act propaganda / lies / false.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_claimed import _claimant
from .dispute_culprit import claim_holder
from .dispute_holders import own_voice
from .dispute_sides import one_side
from .disputes import _claim, detector

_DID = (r"(?:brought\s+(?:the\s+\w+\s+)?down|brought\s+down|downed|shot\s+down|blew\s+up|blown\s+up|bombed|"
        r"carried\s+out|was\s+behind|were\s+behind|attacked|struck|killed|planted)")
# "the rebels said they had brought the jet down", "X claimed on Sunday that it downed the plane"
SAID_DID = re.compile(r"\b(?:said|claimed|announced|boasted|declared|stated)\b[^.;]{0,45}?\b(?:that\s+)?"
                      r"(?:it|they|its\s+\w+|their\s+\w+)\s+(?:had\s+|have\s+|has\s+)?[\"'\u201c\u2018]?"
                      + _DID + r"\b", re.I)
_SCORN = (r"(?:propaganda|lies|a\s+lie|false|untrue|baseless|groundless|unfounded|fabricat\w*|"
          r"a\s+stunt|nonsense|absurd)")
# "called that claim 'propaganda'", "dismissed the group's claims", "rejected its claim"
POINTED = re.compile(r"\b(?:call|dismiss|reject|rubbish|deride|denounc|brand|label|describ)\w*\s+"
                     r"(?:that|the|this|these|its|their|such|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*'s?)\s+"
                     r"(?:\w+\s+)?claims?\b", re.I)
# "claims by the rebels that they had shot the jet down were 'lies'"
CLAIMS_WERE = re.compile(r"\bclaims?\s+(?:by|from|of)\s+[^.;]{3,120}?\b(?:were|was|are|is)\s+"
                         r"(?:\w+\s+)?[\"'\u201c\u2018]?" + _SCORN + r"\b", re.I)
_SCORN_NEAR = re.compile(_SCORN, re.I)
_HEDGE = re.compile(r"\b(?:whether|if|may|might|could|not\s+(?:call|dismiss|reject))\b", re.I)


def _scorns(text: str) -> bool:
    """The sentence scorns a claim of the act: it points back at the claim and a scorn word
    follows, or says claims by someone "were propaganda"."""
    if CLAIMS_WERE.search(text):
        return True
    m = POINTED.search(text)
    return bool(m) and bool(_SCORN_NEAR.search(text[m.end():m.end() + 60]))


def _claims_did(text: str) -> bool:
    return bool(SAID_DID.search(text)) and not _scorns(text) and not _HEDGE.search(
        text[:SAID_DID.search(text).start()][-30:])


def _claimer(art: Article, s, ctx: dict) -> str | None:
    if who := _claimant(s.text):
        return who
    m = SAID_DID.search(s.text)
    lead = re.split(r"[,;:]\s*", s.text[:m.start()])[-1].strip() if m else ""
    lead = re.sub(r"^(?:But|And|However|In\s+\w+)\s+", "", lead)
    if 0 < len(lead.split()) <= 6:
        return lead
    return claim_holder(s.text, ctx["res"][art.id], s.start)


@detector("scorned")
def scorned(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first scorning sentence with a claim of the act, the claim of
    its own article first."""
    for art in articles:
        for s in ctx["sents"][art.id]:
            if not _scorns(s.text):
                continue
            h2 = claim_holder(s.text, ctx["res"][art.id], s.start)
            for a in sorted(articles, key=lambda a: a.id != art.id):
                for p in ctx["sents"][a.id]:
                    if p is s or not _claims_did(p.text):
                        continue
                    h1 = _claimer(a, p, ctx)
                    if h1 and h2 and one_side(h1, h2):
                        continue
                    return [Dispute(f"whether {h1 or 'the group'} did it: its claim vs {h2 or 'another account'}",
                                    [_claim(a, p, h1 or own_voice(a.outlet)),
                                     _claim(art, s, h2 or own_voice(art.outlet))], "responsibility")]
    return []
