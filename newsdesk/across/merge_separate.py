"""Acts the writer marks as another one: "In a separate incident yesterday, a family of six
... were among 30 people killed in Israeli air strikes."

The article's own grouping keeps such a statement apart from its main act, but across
articles the linker sees one more attack of the story's type, at the story's default place
and day, and often with a figure near another outlet's: it joins the main event, whose toll
then takes the other incident's dead (and a dispute compares the two). The writer has said
outright that this is not that act, so the mention joins no other article's mention (a wire
copy of its own article still may).

A hostage-taking the events step split from the killing told beside it (extract/ev_hostage.py,
mode "hostage") is another act too: it joins only another outlet's hostage-taking, never a
killing, which keeps each outlet's killing free to join the others'.

So is an earlier act the report recalls ("The kidnapping came just hours after a bomb killed
75 in the capital", "A week ago, gunmen killed 22 in a hotel", extract/ev_group_earlier.py):
a mention whose every statement tells one joins only another such recall, never another
outlet's report of the story's own act, which shares its words."""
from __future__ import annotations

import re

import numpy as np

from ..extract.ev_group_earlier import tells_earlier

SEPARATE = re.compile(r"^\W*(?:(?:In|At|During)\s+(?:an?\s+|the\s+)?(?:separate|unrelated)\s+"
                      r"(?:incidents?|attacks?|developments?|cases?|events?|strikes?|raids?)|"
                      r"Separately|In other (?:news|developments))\b")


def marked_separate(m) -> bool:
    """Every statement of the mention opens by calling its act a separate one."""
    return all(SEPARATE.match(sp.text) for sp in [m.span, *m.extra_spans])


def separate_vetoes(mentions: list) -> np.ndarray:
    """Pair vetoes (n x n): a marked mention and any mention of another article."""
    marked = np.array([marked_separate(m) for m in mentions])
    held = np.array([m.mode == "hostage" for m in mentions])
    told = np.array([all(tells_earlier(sp.text) for sp in [m.span, *m.extra_spans]) for m in mentions])
    return marked[:, None] | marked[None, :] | (held[:, None] != held[None, :]) | \
        (told[:, None] != told[None, :])
