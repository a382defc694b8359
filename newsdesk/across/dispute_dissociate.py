"""A party disowning what another says it did: "According to the police, the rioters then ran
into the college" followed by "The college's students later distanced themselves from the
unrest."

Why a detector of its own: disowning is a denial without a denial word, and it answers the
account told just before it, which names no accuser; the denial and negation detectors read
neither. The signal is generic: a sentence in which a party dissociates or distances itself
from something, right after an attributed account by another holder. Precision first: the
account must have a holder that is not the disowning party, and a story keeps at most one.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_holders import after_previous
from .dispute_sides import one_side, states_claim
from .disputes import _claim, detector, holder

DISOWN = re.compile(r"\b(?:dissociat\w+|disassociat\w+|distanc(?:e|es|ed|ing))\s+"
                    r"(?:themselves|itself|himself|herself)\s+from\b", re.I)
# who disowns: the words before the first verb ("Students later issued a statement dissociating")
SUBJECT = re.compile(r"^\W*((?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+?)\s+"
                     r"(?:later\s+|also\s+|have\s+|has\s+|had\s+)*(?:[a-z]+ed|[a-z]+s)\b")


@detector("dissociate")
def dissociate(articles: list[Article], ctx: dict) -> list[Dispute]:
    for art, res, prev, s in after_previous(articles, ctx, DISOWN):
        hp = holder(prev.text, res, prev.start)
        m = SUBJECT.match(s.text)
        hs = holder(s.text, res, s.start) or (m.group(1) if m else None)
        if not hp or not hs or not states_claim(prev.text) or one_side(hp, hs) \
                or hp.split()[-1].lower() == hs.split()[-1].lower():
            continue
        return [Dispute(f"whether {hs} took part: {hp} vs {hs}",
                        [_claim(art, prev, hp), _claim(art, s, hs)], "claim")]
    return []
