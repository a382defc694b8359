"""Who moved first: "the clashes began when troops raided the rebels' camp" in one account,
"fighting broke out after the rebels ambushed an army patrol" in another.

Why a detector of its own: `provoked` needs a self-defence cue on one side, yet most
accounts of how fighting began just name who attacked first, each as plain fact, and which
side opened the fight is what the two sides' statements are about. The signal is generic:
a fight noun (fighting, clashes, a gunfight, a battle) that started, erupted or broke out
when or after a named party attacked, raided, ambushed or opened fire; two such sentences
whose first movers stand on opposite sides, one the state's forces (troops, police, the
army, the government) and the other not. Two words for one side ("troops" and "soldiers")
are no quarrel, nor is a sentence in which the first mover is no party ("when a bomb went off").
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_holders import accounts
from .disputes import _claim, detector

_FIGHT = r"(?:fighting|clash(?:es)?|violence|gun\s*fight|firefight|gun\s+battle|battle|shoot-?out|skirmish(?:es)?|" \
         r"confrontation|exchange\s+of\s+fire|hostilities|standoff|encounter)"
_BEGAN = r"(?:(?:first\s+|reportedly\s+)?(?:started|erupted|broke\s+out|began|ensued|flared(?:\s+up)?|" \
         r"was\s+(?:triggered|sparked)|were\s+(?:triggered|sparked)))"
_MOVE = r"(?:attacked|raided|ambushed|stormed|opened\s+fire\s+on|fired\s+(?:on|at)|assaulted|tried\s+to\s+arrest|" \
        r"launched\s+an?\s+(?:attack|assault|raid|offensive)|moved\s+against)"
FIRST = re.compile(rf"\b{_FIGHT}\s+{_BEGAN}\s+(?:when|after|as)\s+((?:[\w'’-]+\s+){{1,6}}?)(?:had\s+)?{_MOVE}\b",
                   re.I)
# passive: "after soldiers were ambushed by gunmen" (the mover is the agent)
FIRST_PASSIVE = re.compile(rf"\b{_FIGHT}\s+{_BEGAN}\s+(?:when|after|as)\s+(?:[\w'’-]+\s+){{1,6}}?(?:were|was|had\s+been)\s+"
                           rf"(?:attacked|raided|ambushed|fired\s+(?:on|upon)|assaulted)\s+by\s+((?:[\w'’-]+\s*){{1,5}})",
                           re.I)
STATE = re.compile(r"\b(?:troops?|soldiers?|army|military|forces|police(?:men)?|officers|government|marines|"
                   r"commandos|security|authorities|national\s+guard|gendarmes?)\b", re.I)
_PARTY_STOP = re.compile(r"\b(?:bomb|blast|explosion|fire|storm|quake)\b", re.I)


def first_mover(text: str) -> str | None:
    """'state' or 'other': whose attack the sentence says started the fight, else None."""
    m = FIRST_PASSIVE.search(text) or FIRST.search(text)
    if not m:
        return None
    who = m.group(1).strip()
    if _PARTY_STOP.search(who) or re.search(r"\b(?:not|never|no)\b", who, re.I):
        return None
    return "state" if STATE.search(who) else "other"


@detector("first_move")
def first_move(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first account naming the state's forces as first movers against
    the first naming the other side."""
    sides = accounts(articles, ctx, lambda text: [k] if (k := first_mover(text)) else [], ("state", "other"))
    if not sides["state"] or not sides["other"]:
        return []
    (a1, s1, h1), (a2, s2, h2) = sides["state"][0], sides["other"][0]
    return [Dispute("who started the fighting: the state's forces vs the other side",
                    [_claim(a1, s1, h1), _claim(a2, s2, h2)], "claim")]
