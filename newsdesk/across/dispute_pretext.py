"""A party waving away what the sentence before it reports as a mere excuse: "The government
wanted the prisoners freed first, diplomats said. The opposition said that was a pretext to
delay the talks."

Why a detector of its own: no denial word is used -- the demand or reason is not called false
but a cover for something else, which is still the other side's rival reading of the same act;
the denial and dismissal detectors look for falsity words. The signal is generic: a saying verb
whose object is an anaphor ("that", "this", "it") predicated as an excuse, a pretext, a ploy or
a smokescreen, or "dismissed it as a pretext". The claim is the sentence just before.
Precision first: that sentence must state something and not be the same voice; one per story.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_holders import after_previous
from .dispute_sides import one_side, states_claim
from .disputes import _claim, detector, holder

_COVER = r"(?:only\s+|merely\s+|just\s+|simply\s+|nothing\s+but\s+|little\s+more\s+than\s+)?(?:an?\s+)?" \
         r"(?:excuse|pretext|ploy|smokescreen|stalling\s+tactic)\b"
PRETEXT = re.compile(r"\b(?:said|says|saying|insisted|argued|called|calling)\s+(?:that|this|it)\s+"
                     r"(?:was|is|had\s+been|were|are)\s+" + _COVER +
                     r"|\b(?:dismiss\w*|describ\w*)\s+(?:that|this|it|the\s+\w+)\s+as\s+" + _COVER, re.I)
# who speaks when no holder is found: the words before the saying verb ("Rebel groups said ...")
_SUBJECT = re.compile(r"^\W*((?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)\s+(?:had\s+|has\s+|have\s+)?"
                      r"(?:said|says|insisted|argued|called|dismiss\w*|describ\w*)\b")


@detector("pretext")
def pretext(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the reported demand or reason and its dismissal as a pretext."""
    for art, res, prev, s in after_previous(articles, ctx, PRETEXT):
        sub = _SUBJECT.match(s.text)
        who = holder(s.text, res, s.start) or (sub.group(1) if sub else None)
        hp = holder(prev.text, res, prev.start)
        if not who or not states_claim(prev.text) or (hp and hp.lower() == who.lower()):
            continue
        return [Dispute(f"a real reason or a pretext: {hp or 'the report'} vs {who}",
                        [_claim(art, prev, hp), _claim(art, s, who)], "claim")]
    return []
