"""A group's claim of an attack set against officials who blame another group: "the Northern
Front claimed responsibility, although officials blamed a faction of the Valley Brigade" and,
elsewhere in the story, "police blamed a faction of the Valley Brigade for the raid".

Why a detector of its own: `claimed` pairs two claimants and `culprit` reads blame told as
"blamed the attack on X"; blame told with the group as the direct object ("blamed a faction
of X", "blamed another militant group called X") passes both by, yet a claim of authorship
that the authorities answer by naming someone else is the story's open question of who did
it. The signal is generic: one sentence with "<Group> (has) claimed responsibility/credit" and
the story's sentences where a holder blames a named group sharing no word with the claimant.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_culprit import claim_holder
from .dispute_holders import own_voice
from .disputes import _claim, detector

_NAME = r"[A-Z][\w'’-]*(?:\s+(?:of\s+|al-)?[A-Z][\w'’-]*){0,4}"
CLAIMED = re.compile(rf"(?P<who>{_NAME})\s+(?:has\s+|have\s+|had\s+)?claimed\s+(?:responsibility|credit)\b")
# the group as the object ('blamed a faction of X'); 'blamed the attack on X' is `culprit`'s
BLAMED = re.compile(rf"\bblam(?:ed|es|ing)\s+(?:(?!on\b|for\b)[a-z]+\s+){{0,4}}?(?P<group>{_NAME})")
_STOP = {"the", "of", "al", "group"}
# one group under its other names: 'Daesh' and 'ISIS' are the Islamic State
_ALIAS = {"isis": "islamic", "isil": "islamic", "is": "islamic", "daesh": "islamic", "state": "islamic"}
MAX_BLAMES = 2


def _words(name: str) -> set[str]:
    return {_ALIAS.get(w, w) for w in re.findall(r"[a-z]+", name.lower()) if w not in _STOP}


@detector("claim_blame")
def claim_blame(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first claim of responsibility with the story's blame of
    another named group (other sentences first; the claim's own 'although others blamed')."""
    for art in articles:
        for s in ctx["sents"][art.id]:
            if not (c := CLAIMED.search(s.text)) or c.group("who").split()[0] in {"No", "Nobody", "It"}:
                continue
            if not (who := _words(c.group("who"))):
                continue
            blames = [(a, p) for a in sorted(articles, key=lambda a: a.id == art.id) for p in ctx["sents"][a.id]
                      if p is not s and (b := BLAMED.search(p.text)) and _words(b.group("group"))
                      and not _words(b.group("group")) & who
                      and not ctx["res"][a.id]._place(b.group("group"))]   # 'blamed Pakistan': a state
            if not blames:
                continue
            claims = [_claim(art, s, c.group("who"))]
            claims += [_claim(a, p, claim_holder(p.text, ctx["res"][a.id], p.start) or own_voice(a.outlet))
                       for a, p in blames[:MAX_BLAMES]]
            return [Dispute(f"who carried out the attack: {c.group('who')} claimed it, others blamed another group",
                            claims, "claim_blame")]
    return []
