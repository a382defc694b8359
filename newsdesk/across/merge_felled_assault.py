"""The forces' assault on the attackers' position is the siege's end, an act of its own.

"Security forces launched a counterassault on the hotel where gunmen held hostages", "the
operation to recapture the school goes on", "troops cordoned off the mall and then stormed
it": the gold of every siege (hotels, schools, a gas plant, a concert hall) keeps the
forces' assault apart from the attack it ends, as it does the attackers' death at their hands
(`merge_felled`). Only where attackers are named in the sentence: the forces storming a sit-in
or a ship is the crackdown itself, not the end of someone else's attack.
"""
from __future__ import annotations

import re

_FORCES = (r"(?:police|policem[ae]n|officers|troops|soldiers|security forces|commandos|"
           r"special forces)")
_ACT = (r"(?:launched|mounted|began|started)\s+(?:a|an|the|their)\s+(?:[a-z-]+\s+)?"
        r"(?:counter-?assault|counter-?attack|counter-?offensive|assault|operation|raid)|"
        r"stormed|raided|retook|recaptured")
# "security forces have reportedly launched a counterassault", "soldiers sealed the perimeter
# and stormed inside"
_FORCES_ACT = re.compile(rf"\b{_FORCES}\s+(?:[\w'-]+\s+){{0,5}}?(?:{_ACT})\b", re.I)
# "the operation to retake the hotel": the forces' assault, named by its aim
_RETAKE = re.compile(r"\b(?:operation|assault|raid)\s+to\s+(?:retake|recapture|free|clear|end|"
                     r"storm|secure)\b", re.I)


def forces_assault(text: str, killers, own: bool = False) -> bool:
    """Whether the sentence tells the forces' assault ending an attack whose doers (`killers`,
    a pattern) it names. Unless the mention is the forces' own (`own`), the forces' act must
    come before the attackers are named: "gunmen killed 80 before commandos launched an
    assault" tells the attack first, and its record keeps it."""
    k = killers.search(text)
    if k is None:
        return False
    if _RETAKE.search(text):
        return True
    m = _FORCES_ACT.search(text)
    return bool(m) and (own or m.start() < k.start())
