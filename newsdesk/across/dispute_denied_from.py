"""A denial of another party's report named after the noun: "the mayor denied a report from the
army that the convoy was hit", "the union rejected claims by the minister that ...", and the
passive answer "That claim was firmly denied by the mayor." after the claim itself.

Why a detector of its own: `denied_named_claims` wants the party before the noun ("denied
Ruritanian claims that"), `denied_across` takes the first sentence elsewhere sharing two words
with the denied clause and keeps one pair. When several outlets each tell the same denial of
one party's report ("the headmaster denied reports from the army that ..."), the quarrel is
told in all of them, and the party's own statement usually sits in the same stories.
The signals are generic:
- "<denier> denied/rejected/disputed/contradicted (a/the) report(s)/claim(s)/statement/account
  from|by <party> that <clause>", grouped across the story by the party's head noun;
- "The report/claim/statement was (flatly) denied by <denier>" whose previous sentence names
  the same party: that sentence is the denied statement;
- the party's own attributed sentences sharing two content words with a denied clause.
Precision first: two sentences at least, not two voices of one side, one dispute per story.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..model import Article, Dispute
from .dispute_denied_claim import _claimant, _words
from .dispute_sides import kin, one_side
from .disputes import _claim, detector, holder

_VERB = r"(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|disput(?:es|ed|ing)|contradict(?:s|ed|ing)?)"
_NOUN = r"(?:reports?|claims?|statements?|accounts?|assertions?|announcements?)"
# "denied a report from the army that ...": the party after the noun
DENIED_FROM = re.compile(r"\b" + _VERB + r"\s+(?:an?\s+|the\s+|earlier\s+|official\s+)*" + _NOUN +
                         r"\s+(?:from|by)\s+((?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)\s+that\s+"
                         r"([^;\"\u201c\u201d]{12,200})", re.I)
# "That claim was firmly denied by the mayor": the previous sentence is the claim
PASSIVE = re.compile(r"^\W*(?:the|this|that|their|its|his|her)\s+(?:earlier\s+)?" + _NOUN +
                     r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?" + _VERB + r"\s+by\s+(.{3,80}?)[.,;]", re.I)
_OWN = re.compile(r"\b(?:its|their|our)\s+own\b", re.I)
MAX_CLAIMS = 8


def _head(party: str) -> str:
    """The party's head noun ('Nigeria's military' -> 'military')."""
    return re.sub(r"['\u2019]s?$", "", party.split()[-1]).lower()


def _denier(art: Article, s, res, m: re.Match) -> str:
    """Who denies: the sentence's holder unless that is the denied party, else the words before
    the verb."""
    who = holder(s.text, res, s.start)
    if who and _head(m.group(1)) not in who.lower():
        return who
    before = s.text[:m.start()].rstrip(" ,").split()
    return " ".join(before[-3:]) or art.outlet


@detector("denied_from")
def denied_from(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the party most denied, with every telling of the denial and the
    party's own statements."""
    denials = defaultdict(list)          # party head -> [(art, sentence, denier, denied clause)]
    for art in articles:
        res, sents = ctx["res"][art.id], ctx["sents"][art.id]
        for i, s in enumerate(sents):
            m = DENIED_FROM.search(s.text)
            if m and not _OWN.search(m.group(1)):
                denials[_head(m.group(1))].append((art, s, _denier(art, s, res, m), m.group(2)))
    if not denials:
        return []
    head, told = max(denials.items(), key=lambda kv: len(kv[1]))
    deniers = [d for _, _, d, _ in told]
    claims, seen = [], set()

    def add(art, s, who):
        if (art.id, s.start) not in seen and len(claims) < MAX_CLAIMS:
            seen.add((art.id, s.start))
            claims.append(_claim(art, s, who))

    for art, s, who, _ in told:
        add(art, s, who)
    denied = set().union(*(_words(c) for _, _, _, c in told))
    for art in articles:
        res, sents = ctx["res"][art.id], ctx["sents"][art.id]
        for i, s in enumerate(sents):
            p = PASSIVE.search(s.text)
            if p and i and head in sents[i - 1].text.lower():
                add(art, sents[i - 1], head)
                add(art, s, p.group(1).strip())
                continue
            if DENIED_FROM.search(s.text) or (art.id, s.start) in seen:
                continue
            who = _claimant(art, s, res)
            if not who or any(one_side(who, d) or kin(who, d) for d in deniers):
                continue
            if len(denied & _words(s.text)) >= 2 and re.search(r"\b(?:said|says|stated|announced|claimed)\b", s.text):
                add(art, s, who)
    if len(claims) < 2:
        return []
    return [Dispute(f"whether the {head}'s report holds: {deniers[0]} denies it", claims, "occurrence")]
