"""A sentence that opens by listing what the act just told included is a part of that act.

Why: a lede gives a toll ("At least 12 died in fresh raids overnight") and the
next sentence goes on "This included the killing of two police officers in a nearby
village" or "Among the dead were two officers". The second sentence names a killing, a
smaller toll and often a place of its own, so it was read as a second, smaller attack
and opened a record of its own. Its opener says it is a part of the act before: it refers
back to it, and its figure, a part of the toll told, is no toll of its own.
"""
from __future__ import annotations

import re

_OPENER = re.compile(r"^\W*(?:(?:This|These|That|Those|They|It)\s+(?:also\s+)?(?:includ\w*|w(?:as|ere)\s+among)|"
                     r"Among\s+(?:them|those|the\s+(?:dead|victims|killed)))\b", re.I)


def mark_included(art, cands: list) -> None:
    """Mark the attack statements of such a sentence as references back when the sentence
    before tells an attack with a larger toll; their smaller figure is dropped."""
    for c in cands:
        if c.type != "ASSAULT" or not _OPENER.match(art.sentences[c.sent].text):
            continue
        before = [o for o in cands if o.type == c.type and o.sent == c.sent - 1 and o.dead is not None]
        if not before:
            continue
        c.anaphoric = True
        if c.dead is not None and all(c.dead.low < o.dead.low for o in before):
            c.dead = None

