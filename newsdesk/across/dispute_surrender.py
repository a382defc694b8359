"""A witness's surrender against the police's struggle: "a neighbour said the man had his hands
in the air when he was shot" against "police said the shooting followed a struggle over the
officer's gun".

Why a detector of its own: in coverage of a shooting by police the open question is usually
how it began, and the two accounts rarely share a word: witnesses tell a posture (hands up,
arms raised, surrendering, running away), the police tell a fight (a scuffle, struggle,
altercation, confrontation). No rebuttal verb links them, so the denial detectors stay silent.
The signal is generic: a sentence that tells the surrender and cites a witness (witness,
bystander, saw, watched), and another sentence of the story, in the voice of the police or the
authorities, that tells the fight, not negated. Holders on one side never dispute.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_culprit import claim_holder
from .dispute_holders import own_voice
from .dispute_sides import one_side
from .disputes import _claim, detector

SURRENDER = re.compile(r"\b(?:hands?\s+(?:were\s+|was\s+)?(?:up|raised|in\s+the\s+air)|raised\s+(?:his|her|their)\s+"
                       r"(?:hands|arms)|(?:raising|put(?:ting)?\s+up)\s+(?:his|her|their)\s+(?:hands|arms)|"
                       r"arms\s+(?:up|raised|in\s+the\s+air)|surrender(?:ed|ing)?|running\s+away|fleeing)\b", re.I)
WITNESS = re.compile(r"\b(?:witness\w*|eyewitness\w*|bystanders?|onlookers?|neighbou?rs?|saw|watched)\b", re.I)
FIGHT = re.compile(r"\b(?:scuffle[ds]?|struggle[ds]?|altercation|(?:physical\s+)?confrontation|tussle[ds]?|"
                   r"fought\s+with|wrestled|reached\s+for\s+(?:the|his|an)\s+(?:officer's\s+)?(?:gun|weapon))\b", re.I)
POLICE = re.compile(r"\b(?:police|authorities|officials?|chief|sheriff|department|investigators|officers?)\b", re.I)
MAX_SIDE = 4          # claims kept per side: enough for each outlet's telling, not a wall of them
_VOID = frozenset({"who", "he", "she", "they", "it", "police said", "the two"})
_NEG = re.compile(r"\b(?:no|not|never|without|denied|n't)\b", re.I)


def _fight_told(text: str) -> bool:
    m = FIGHT.search(text)
    return bool(m) and not _NEG.search(text[max(0, m.start() - 30):m.start()])


def _holder(art: Article, s, ctx: dict) -> str:
    who = claim_holder(s.text, ctx["res"][art.id], s.start)
    return who if who and who.lower() not in _VOID else own_voice(art.outlet)


@detector("surrender")
def surrender(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: every witnessed surrender (up to MAX_SIDE) against every police
    account of a fight (up to MAX_SIDE), when some pair of them comes from two sides."""
    told, fought = [], []
    for art in articles:
        for s in ctx["sents"][art.id]:
            if SURRENDER.search(s.text) and WITNESS.search(s.text) and not _fight_told(s.text):
                told.append((art, s, _holder(art, s, ctx)))
            elif _fight_told(s.text) and POLICE.search(s.text) and not SURRENDER.search(s.text):
                fought.append((art, s, _holder(art, s, ctx)))
    told, fought = told[:MAX_SIDE], fought[:MAX_SIDE]
    if not any(not one_side(h1, h2) for _, _, h1 in told for _, _, h2 in fought):
        return []
    return [Dispute(f"how the shooting began: {told[0][2]} (surrender) vs {fought[0][2]} (a struggle)",
                    [_claim(a, s, h) for a, s, h in told + fought], "account")]
