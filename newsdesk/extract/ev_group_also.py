"""An injury count told "also" after a toll counts for the toll's event too.

Why: reports give the dead and the hurt in consecutive sentences ("The ministry put the
toll at 212. More than 1,900 people were also injured in fighting that erupted when riot
police broke up two sit-ins"). The second sentence names an act of its own
(the break-up), which keeps its own record; the "also" says the figure adds to the count
just told, so the toll's event, which states no injured figure of its own, takes it as well.
"""
from __future__ import annotations

import re

# "were also wounded", "have also been injured", "also suffered injuries"
_ALSO_HURT = re.compile(r"\balso\s+(?:been\s+)?(?:wounded|injured|hurt|suffered (?:\w+ )?injuries)\b",
                        re.I)


def also_hurt(art, groups: list, g, figure):
    """The injured figure of a sentence right after one of `g`'s toll sentences that adds
    "also" wounded, when `g` has a death toll; `figure(art, group, field)` reads it."""
    if g.type != "ASSAULT" or not any(c.dead for c in g.cands):
        return None
    sents = {c.sent + 1 for c in g.cands}
    for h in groups:
        for c in h.cands:
            if h is not g and c.type == g.type and c.sent in sents and c.dead is None \
                    and c.injured is not None and _ALSO_HURT.search(art.sentences[c.sent].text):
                return figure(art, type(g)(c), "injured")
    return None
