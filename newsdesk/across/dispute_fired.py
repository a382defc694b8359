"""Whether a force fired at all: a minister insists the troops "did not fire a single shot"
while another account tells of a victim shot in the chest or of live rounds used on a crowd.

Why a detector of its own: the denial names no accuser and says neither "deny" nor "this",
and the answer usually sits in another outlet as a plain report (a doctor, a medic, a
reporter), so the denial, negation and method detectors pair nothing. The signal is generic:
one attributed sentence negates an act of firing ("not ... a single shot", "never opened
fire", "no shots were fired", "did not use live ammunition"), and another sentence of the
story, not negated and not of the same holder, tells of a gunshot casualty or of firing on
people. Precision first: the denial must have a holder, and a story keeps at most one.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_sides import one_side
from .disputes import _claim, detector, holder

NO_FIRE = re.compile(r"\b(?:not|never|no)\s+(?:[\w()]+\s+){0,3}?(?:single\s+(?:shot|bullet|round)s?|"
                     r"fired?\b|opened\s+fire|shots?\s+(?:was|were|had\s+been)\s+fired|"
                     r"(?:use[ds]?\s+)?live\s+(?:ammunition|rounds|fire|bullets))", re.I)
SHOT = re.compile(r"\b(?:shot\s+(?:in|through|dead|and\s+killed)\b|gunshot|bullet\s+wounds?|"
                  r"(?:killed|wounded|hit)\s+by\s+(?:a\s+)?(?:bullets?|gunfire|live\s+\w+)|"
                  r"live\s+(?:ammunition|rounds)\s+(?:on|at|against)|"
                  r"(?:opened\s+fire|fired)\s+(?:on|at|into)\s+(?:the\s+)?(?:crowds?|protesters|demonstrators|"
                  r"people|civilians|students|residents|mourners))", re.I)
# "The Minister of Defense, Fernando Lopez, has assured that ...": the speaker before the verb
SPEAKER = re.compile(r"^\W*((?:[\w'\u2019.()-]+,?\s+){0,9}?[\w'\u2019.()-]+),?\s+(?:has\s+|have\s+|had\s+)?"
                     r"(?:assured|insisted|maintained|stressed|said|says|told|claimed|asserted|declared)\b")


def _denier(text: str, res, offset: int) -> str | None:
    m = SPEAKER.match(text)             # the subject first: the attribution rule may take a
    if m:                               # noun of the denied clause ("the pertinent reports")
        parts = [p.strip() for p in m.group(1).split(",") if p.strip()]
        return parts[-1]                # the appositive name over the title
    return holder(text, res, offset)


@detector("fired")
def fired(articles: list[Article], ctx: dict) -> list[Dispute]:
    denials, shots = [], []
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            if NO_FIRE.search(s.text):
                who = _denier(s.text, res, s.start)
                if who:
                    denials.append((art, s, who))
            elif SHOT.search(s.text):
                shots.append((art, s, holder(s.text, res, s.start)))
    for a1, s1, h1 in denials:
        for a2, s2, h2 in shots:
            if h2 and (one_side(h1, h2) or h1.split()[-1].lower() == h2.split()[-1].lower()):
                continue
            return [Dispute(f"whether they fired: {h1} vs {h2 or 'reports'}",
                            [_claim(a1, s1, h1), _claim(a2, s2, h2)], "claim")]
    return []
