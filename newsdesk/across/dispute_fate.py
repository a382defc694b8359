"""What became of the attackers: "two assailants had been killed" against "the gunmen have
escaped".

Why a detector of its own: the two accounts share no figure and no contrast word, and each
outlet states its version as a plain fact, so the count, contrast and denial detectors pass
them by; yet whether the attackers are dead, held or still at large is what readers and
responders must know first. The signal is generic: a clause whose subject is the attackers
(a plural attacker noun) states them dead, and another outlet's clause with the same kind of
subject states them fled or at large.
Precision first: a hedged or negated clause ("may have fled", "did not escape") states no
fate; a part of the crew ("one of the gunmen", "another attacker", "the other two") is no
account of the whole; the two accounts come from different articles.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_holders import accounts
from .disputes import _claim, detector

_WHO = r"(?:gunmen|attackers|assailants|shooters|militants|terrorists|hostage-takers|jihadists)"
_SUBJ = rf"\b(?:the\s+|both\s+|all\s+(?:the\s+)?|\w+\s+)?(?:[\w-]+\s+)?{_WHO}\b"
# a relative clause may part the subject from its verb ("gunmen that took 100 hostages have fled")
_REL = r"(?:\s+(?:that|who)\s+(?:(?!escap|fled|kill|dead|flee)[^.;]){3,140}?)?"
_AUX = r"\s+(?:(?:have|has|had|were|are|was|is|been|all)\s+)*(?:\w+ly\s+)?"
_PASSIVE = r"\s+(?:(?:have|has|had|all)\s+)*(?:were|was|are|is|been)\s+(?:all\s+)?(?:\w+ly\s+)?"
DEAD = re.compile(_SUBJ + _REL + r"(?:" + _PASSIVE + r"(?:killed|shot\s+dead|neutrali[sz]ed)|" + _AUX +
                  r"blew\s+themselves\s+up|"
                  r"\s+(?:are|were|was|is)\s+(?:all\s+)?dead)\b"
                  rf"|\b(?:killed|shot\s+dead)\s+(?:all\s+|both\s+)?(?:the|all|both)\s+(?:[\w-]+\s+)?{_WHO}\b", re.I)
AWAY = re.compile(_SUBJ + _REL + _AUX + r"(?:escaped|fled|got\s+away|at\s+large|on\s+the\s+run)\b", re.I)
_CREW = re.compile(_WHO, re.I)
# a part of the crew, or a hedge or negation before the verb
_PART = re.compile(r"\b(?:one|another|other|remaining|rest|some|several|of\s+the)\b", re.I)
_HEDGE = re.compile(r"\b(?:not|no|never|may|might|could|would|whether|if|believed|feared|thought|possibly|"
                    r"perhaps|trying|tried|attempt\w*)\b|n['’]t\b", re.I)


def _fate(text: str) -> str | None:
    """'dead' or 'away' when a clause states the whole crew's fate unhedged, else None."""
    found = set()
    if not _CREW.search(text):          # both patterns need the crew's noun: most sentences lack it
        return None
    for kind, rx in (("dead", DEAD), ("away", AWAY)):
        for m in rx.finditer(text):
            lead = text[max(0, m.start() - 20):m.start()]
            if not _PART.search(m.group() + " " + lead[-8:]) and not _HEDGE.search(m.group()):
                found.add(kind)
    return found.pop() if len(found) == 1 else None


@detector("fate")
def fate(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first 'dead' account against the first 'away' one from
    another article."""
    sides = accounts(articles, ctx, lambda text: [k] if (k := _fate(text)) else [], ("dead", "away"))
    for a1, s1, h1 in sides["dead"]:
        for a2, s2, h2 in sides["away"]:
            if a1.id != a2.id:
                return [Dispute("what became of the attackers: killed vs escaped",
                                [_claim(a1, s1, h1), _claim(a2, s2, h2)], "occurrence")]
    return []
