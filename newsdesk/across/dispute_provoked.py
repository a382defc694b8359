"""Who started the violence: "the troops fired in self-defence after they were attacked with
knives" against "the soldiers opened fire unprovoked".

Why a detector of its own: when a force kills people it does not deny the shooting, so no
denial verb, no rival doer and no rival figure marks the quarrel; the two sides disagree on
the order of events instead: the force says it fired back (self-defence, "after being
attacked"), the victims' side says it fired first ("without provocation", "began to shoot the
moment they landed"). Seen in police, border and boarding clashes alike, so the signal is kept
general and needs both sides:
- one side: an attributed sentence that gives the firing (or force) as a defence: "in self-
  defence", "defend(ing) / protect(ing) themselves", "forced to open fire", or fire opened
  "after" the shooters were attacked;
- the other: an attributed sentence that gives it as unprovoked: "unprovoked", "without
  provocation", "fired first", "began to shoot the moment / as soon as", fire at random
  ("randomly / indiscriminately fired"), people shot "while trying to surrender / fleeing".
Look-alikes left out: an open question or a hedge on the unprovoked side ("whether", "if"),
a law or a right ("the right to self-defence"), and two voices of one side.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_holders import quoted_by
from .dispute_sides import one_side
from .disputes import _claim, detector, holder

_FIRE = r"(?:open(?:ed|s)?\s+fire|fir(?:ed|ing|e)|sho(?:t|ot|oting)|used?\s+(?:lethal\s+|deadly\s+)?force|respond(?:ed)?)"
# the force's account: it fired back
DEFENCE = re.compile(r"\b(?:(?:in|acted\s+in|out\s+of)\s+self[- ]?defen[cs]e"
                     r"|(?:defend|protect)(?:ing|ed)?\s+themselves|forced\s+to\s+" + _FIRE +
                     r"|" + _FIRE + r"\b[^.;]{0,30}?\bafter\s+(?:being|coming\s+under|(?:they|its\s+\w+|the\s+\w+|he|she)\s+"
                     r"(?:were|was|had\s+been|came\s+under))\s+(?:attack(?:ed)?|assaulted|fired\s+(?:up)?on|shot\s+at))\b", re.I)
# the other account: it fired first
UNPROVOKED = re.compile(r"\b(?:unprovoked|without\s+(?:any\s+)?provocation|(?:fired|shot)\s+first"
                        r"|(?:began|started)\s+(?:to\s+)?(?:shoot|fir)\w*\s+(?:the\s+moment|as\s+soon\s+as|immediately)"
                        r"|open(?:ed)?\s+fire\s+(?:as\s+soon\s+as|the\s+moment|immediately\s+(?:after|when|on))"
                        r"|(?:randomly|indiscriminately)\s+(?:shot|fired|opened\s+fire)|(?:shot|fired)\s+(?:\w+\s+){0,3}?"
                        r"(?:randomly|indiscriminately)|(?:shot|fired\s+(?:up)?on|killed)\b[^.;]{0,40}?\b(?:while|as)\s+"
                        r"(?:they\s+were\s+)?(?:trying\s+to\s+)?(?:surrender\w*|flee\w*|running\s+away))\b", re.I)
_LAW = re.compile(r"\bright\s+to\s+(?:self[- ]?defen[cs]e|defend)", re.I)
_OPEN = re.compile(r"\b(?:whether|if|who)\s+(?:\w+\s+){0,4}$", re.I)
MAX_SIDE = 4


def _side(text: str) -> tuple[bool, bool]:
    """(defence, unprovoked) accounts a sentence gives; a hedged cue counts for nothing."""
    d = bool(DEFENCE.search(text)) and not _LAW.search(text)
    u = UNPROVOKED.search(text)
    return d, bool(u) and not _OPEN.search(text[max(0, u.start() - 40):u.start()])


@detector("provoked")
def provoked(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the force's self-defence account against the unprovoked one."""
    back, first, both = [], [], []
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            d, u = _side(s.text)
            if not (d or u):
                continue
            who = holder(s.text, res, s.start) or quoted_by(art, s)
            if d and u:
                both.append((art, s, who or art.outlet))     # "X claim it was unprovoked and Y insist ..."
            elif who:
                (back if d else first).append((art, s, who))
    if not (back and first) and not both:
        return []
    rivals = [(a, s, h) for a, s, h in first if not any(one_side(h, hb) for _, _, hb in back)]
    if back and not rivals and not both:
        return []
    claims = [_claim(a, s, h) for a, s, h in back[:MAX_SIDE] + rivals[:MAX_SIDE] + both[:2]]
    if len(claims) < 2:
        return []
    h1 = back[0][2] if back else both[0][2]
    h2 = rivals[0][2] if rivals else both[0][2]
    return [Dispute(f"who started the violence: {h1} (self-defence) vs {h2} (unprovoked)", claims, "account")]
