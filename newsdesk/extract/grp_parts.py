"""A "second bomb" that is part of a twin bombing already counted (grp_link.another_act).

Why: "a second blast struck the depot" usually tells one more act, so an ordinal before an
attack noun opens a record of its own. But when the article has already told the act as a
set of that many devices ("two bombs hit the cathedral", "a double bomb attack", "twin
blasts"), "a second bomb exploded in the car park moments later" is the set's second part:
one coordinated attack, one record (the dev gold's double bombing at a stadium, set 21's
twin cathedral bombing). A part numbered past the count ("a third blast" after "two
explosions at the airport") is still another act, and so is a part told hours or days later.
The same holds for the attack's doers: "a third gunman blew himself up at the gate" after
"three gunmen stormed the hall" is one of the three, not a third attack.
"""
from __future__ import annotations

import re

_NUM = {"two": 2, "twin": 2, "double": 2, "both": 2, "pair": 2, "three": 3, "triple": 3,
        "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_ORD = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
_DEVICE = r"(?:bomb(?:s|ings?)?|blasts?|explosions?|explosive devices?|devices?|ieds?|car bombs?)"
_DOER = r"(?:attackers?|assailants?|gunm[ae]n|bombers?|shooters?)"
# "two bombs", "twin bomb blasts", "a double bomb attack", "both explosions", "a pair of
# blasts"; "three suicide attackers"; each kind of set counts only its own parts
_COUNTED = {k: re.compile(r"\b(two|twin|double|both|three|triple|four|five|[2-5])\s+"
                          r"(?:(?:[\w-]+|of)\s+){0,2}?" + noun + r"\b", re.I)
            for k, noun in (("device", _DEVICE), ("doer", _DOER))}
_PART = re.compile(r"\ba\s+(second|third|fourth|fifth)\s+(?:[\w-]+\s+)?(?:(" + _DEVICE + r")|" + _DOER + r")\b",
                   re.I)
# a part told apart in time is its own act, whatever the count
_LATER = re.compile(r"\b(?:hours?|days?|weeks?|an hour)\s+(?:later|after)\b|\b(?:the next|the following)\s+"
                    r"(?:day|morning|night)\b|\b(?:on|last)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)


def counted_part(art, c) -> bool:
    """The statement's ordinal device or doer ("a second bomb", "a third attacker") is a part
    of a set of that kind the article counted before it in at least that number, with no
    later hour or day of its own."""
    text = art.sentences[c.sent].text
    part = next((m for t in c.triggers if (m := _part_at(text, t.start)) is not None), None)
    if part is None or _LATER.search(text):
        return False
    n = _ORD[part.group(1).lower()]
    before = " ".join(s.text for s in art.sentences[:c.sent])
    kind = "device" if part.group(2) else "doer"
    return any(_NUM[m.group(1).lower()] >= n for m in _COUNTED[kind].finditer(before))


def _part_at(text: str, start: int):
    """The "a second <device>" phrase that holds the trigger starting at `start`, or the "a
    third attacker" phrase right before it (the doer of the trigger's act)."""
    base = max(0, start - 40)
    for m in _PART.finditer(text[base:start + 30]):
        a, e = base + m.start(), base + m.end()
        if a <= start < e or (not m.group(2) and e <= start <= e + 1):
            return m
    return None
