"""The accused hitting back: "The ministry blamed the port authority for the collapse" against
"Port officials hit back, calling the charge a cover for the ministry's own failures".

Why a detector of its own: the answer carries neither a denial word nor a blame frame of its
own; news marks the rebuttal with a riposte verb ("hit back", "lashed back", "retorted",
"countered that"), and the charge it answers often sits in another paragraph or another
outlet. Yet the accused's answer to the charge is the story's open question. The signal is
generic: a riposte sentence whose subject is a named party, and a charge elsewhere in the
story that names that party after its accusing word, laid by a holder of another side.
Precision first: the riposte's subject must be named (a pronoun answers no one here), the
charge must name the subject's party, and the accuser must not be of the subject's side; one
dispute per story. Gunfire ("fired back", "shot back") is an act, not an answer: not read.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_holders import holder
from .dispute_sides import accuses, alike, kin, party_names
from .disputes import ACCUSE, _claim, detector

# the riposte verbs, after a named subject and an optional adverb ("quickly hit back")
RIPOSTE = re.compile(r"^\W*((?:[A-Z][\w'\u2019.-]*\s+){0,3}(?:[\w'\u2019-]+))\s+(?:[a-z]+ly\s+)?(?:has\s+|have\s+|had\s+)?"
                     r"(?:hit|hits|hitting|lashed|lashes|struck)\s+back\b(?!\s+at\s+(?:the\s+)?(?:gunmen|attackers|militants|troops))"
                     r"|^\W*((?:[A-Z][\w'\u2019.-]*\s+){0,3}(?:[\w'\u2019-]+))\s+(?:[a-z]+ly\s+)?retorted\b")
# a charge: the shared accusing words plus the verbs of open criticism
CHARGE = re.compile(ACCUSE.pattern + r"|\b(?:criticis|criticiz|lash(?:ed|es)\s+out\s+at|blasted|slammed|faulted)\w*", re.I)
_CAP = re.compile(r"\b[A-Z][a-z]{2,}")


def _names_party(text: str, subject: str) -> bool:
    """Whether the charge names, after its accusing word, the party the riposte's subject names
    ("the Saudi monarchy" for "Saudis"): one name key shared, or one word alike."""
    m = CHARGE.search(text)
    after = text[m.end():] if m else ""
    keys, words = party_names(subject), _CAP.findall(subject)
    return any(party_names(w) & keys or any(alike(w, s) for s in words) for w in _CAP.findall(after))


@detector("hit_back")
def hit_back(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the charge and the accused's riposte."""
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            m = RIPOSTE.search(s.text)
            subject = m and re.sub(r"\s+[a-z]+ly$", "", m.group(1) or m.group(2))
            if not subject or not _CAP.search(subject) or not party_names(subject):
                continue
            # the charge: the same article first, nearest before; then the rest of the story
            for other in [art] + [a for a in articles if a is not art]:
                cands = [c for c in ctx["sents"][other.id] if c is not s and (other is not art or c.start < s.start)]
                for c in reversed(cands) if other is art else cands:
                    if not accuses(c.text, CHARGE) or not _names_party(c.text, subject):
                        continue
                    accuser = holder(c.text, ctx["res"][other.id], c.start)
                    if not accuser or kin(accuser, subject) or party_names(accuser) & party_names(subject):
                        continue
                    return [Dispute(f"the charge and the riposte: {accuser} vs {subject}",
                                    [_claim(other, c, accuser), _claim(art, s, subject)], "claim")]
    return []
