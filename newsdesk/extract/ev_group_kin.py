"""A relative's death told through a mourner is one victim of the attack, not its toll.

Why: a photo caption or a witness line ("A woman weeps after learning her brother was
killed in the market bombing") reads as a toll of one for the bombing. Grouped with the
report's opening sentence, that one death became the group's toll, and the ministry's
figure told next clashed with it, so one attack was split into two records. The death
stays in the sentence (and in its group) but counts no toll.
"""
from __future__ import annotations

import re

_KIN = (r"son|daughter|child|brother|sister|father|mother|husband|wife|cousin|nephew|niece|"
        r"uncle|aunt|grandson|granddaughter|grandfather|grandmother|relative|friend|colleague")
_KIN_DEATH = re.compile(r"\b(?:his|her|their|my|our)\s+(?:" + _KIN + r")\s+(?:was|had been)\s+"
                        r"(?:killed|shot dead|slain)\s+(?:during|in)\s+(?:a|an|the)\b", re.I)


def drop_kin_tolls(art, cands: list) -> None:
    """An attack statement whose only toll is one relative's death counts no toll."""
    for c in cands:
        if c.type == "ASSAULT" and c.dead is not None and c.dead.low == 1 and c.dead.high == 1 \
                and _KIN_DEATH.search(art.sentences[c.sent].text):
            c.dead = None
