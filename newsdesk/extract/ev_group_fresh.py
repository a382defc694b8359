""""Another attack" in an article that leads with "fresh attacks" is that same later act.

Why: a report of the second night of violence leads with "fresh attacks Monday night", then
quotes the claimant: "our fighters struck in another attack overnight". The claimant's "another"
counts from the first night, which this article does not tell as an act of its own; read as
one more act after the lede's, the quote opened a record of its own and split the night's
attack in two. When the article has told exactly one act of the type as a later one
("fresh", "new", "renewed", "another" attacks), a toll-less "another attack" retells it.
"""
from __future__ import annotations

import re

_FRESH = re.compile(r"\b(?:fresh|new|renewed|another|second)\s+(?:[\w-]+\s+)?"
                    r"(?:attacks?|raids?|killings?|assaults?|massacres?|violence|bombings?|shootings?)\b", re.I)


def retold_fresh(art, c, groups: list) -> bool:
    """The toll-less statement retells the one group of its type the article led with as a
    later act."""
    if c.dead is not None:
        return False
    led = [g for g in groups if g.type == c.type and g.cands[0].sent < c.sent
           and _FRESH.search(art.sentences[g.cands[0].sent].text)]
    return len(led) == 1


_ANOTHER = re.compile(r"\b(?:another|a\s+second|a\s+new)\s+(?:[\w-]+\s+)?$", re.I)


def mark_fresh_retold(art, cands: list) -> None:
    """A toll-less "another attack" after a lede statement of the type told as a later act
    refers back to it (it is marked anaphoric, so it joins the telling before it)."""
    for c in cands:
        if c.dead is not None or c.anaphoric or not any(
                t.kind == "noun" and _ANOTHER.search(art.sentences[c.sent].text[max(0, t.start - 30):t.start])
                for t in c.triggers):
            continue
        led = {o.sent for o in cands if o.type == c.type and o.sent < c.sent
               and _FRESH.search(art.sentences[o.sent].text)}
        if len(led) == 1:
            c.anaphoric = True
