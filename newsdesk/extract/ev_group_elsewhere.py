"""An attack told after "Also on Sunday," or "Elsewhere," at a place of its own is another act.

Why: a report ends with the day's other violence ("Also on Sunday, at least a dozen people
were killed in a bombing in another province"). The sentence has its own toll and place,
but its toll is near the main attack's and its day is the same, so it joined the article's
main attack, whose record then took the other province as its place and the other toll as
its figure. The opener says outright that the act is one more of the day, not the one told
before: the statement opens a record of its own (a sentence after it that refers back, "the
attack hit a market", may still join it). A statement at one of the group's own places
("Also on Sunday, gunmen in the same town shot ...") is left to the other rules.
"""
from __future__ import annotations

import re

# "Also on Sunday,", "Also Sunday,", "Also on Tuesday night,", "Elsewhere,", "Elsewhere in
# the province,": an opener that adds an act to the day's news
_OPENER = re.compile(r"^\W*(?:Also(?:\s+on)?\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|"
                     r"yesterday|that day|the same day)(?:\s+(?:morning|afternoon|evening|night))?|"
                     r"Elsewhere(?:\s+in\s+[^,]{1,40})?)\s*,", re.I)


def mark_elsewhere(art, cands: list) -> None:
    """Mark attack statements with a place that open on such an opener: no reference back.
    A bare reference back in the next sentence ("The blast hit a market ...") is
    to that act, so it is marked as following it."""
    marked = set()
    for c in cands:
        if c.type == "ASSAULT" and c.places and _OPENER.match(art.sentences[c.sent].text):
            c.elsewhere, c.anaphoric = True, False
            marked.add(c.sent)
    for c in cands:
        if c.type == "ASSAULT" and c.anaphoric and c.dead is None and c.sent - 1 in marked:
            c.after_elsewhere, c.anaphoric = True, False


def elsewhere(c, g) -> bool:
    """A marked statement joins no group of unmarked statements at other places; the
    reference back after it joins only a group holding a marked statement."""
    there = any(getattr(o, "elsewhere", False) for o in g.cands)
    if getattr(c, "after_elsewhere", False):
        return not there
    if not getattr(c, "elsewhere", False) or there:
        return False
    return not set(c.places) & set(g.places)
