"""Which doer values may stand as rivals: two guards for the rival-accounts detector.

Why: two doer values that share no name are read as rival accounts of one act. Two kinds of
value are no such rival. (1) A descriptor, a nationality with a generic fighter noun
("Somali insurgents", "Afghan militants"), names no group: it is how one outlet tells the
group another outlet names ("al-Shabaab"), so it is no rival of a named group; against a
state's own forces it still is one ("Palestinian gunmen" against "Israeli troops"). (2) A
sentence that recalls an earlier attack ("The raid comes weeks after bombings that the
police blamed on X"; "It follows attacks last year claimed by Y") names the doer of that
attack, not of this one; so does blame "for previous attacks".
"""
from __future__ import annotations

import re

from ..extract.geo import demonym_country

_FIGHTERS = re.compile(r"^(?:the\s+|some\s+)?(?:(?:suspected|armed|local|foreign)\s+)?(?P<nat>[A-Z][a-z]+)\s+"
                       r"(?:rebels?|militants?|insurgents?|jihadists?|extremists?|separatists?|islamists?|"
                       r"terrorists?|gunmen|fighters?|guerrillas?)$", re.I)
_STATE = re.compile(r"\b(?:army|military|troops?|soldiers?|forces|police|government|regime|state|"
                    r"authorities|navy|air\s+force|ministry)\b", re.I)
# the sentence places the act after (or as the latest of) earlier ones, and the doer cue
# sits in that recalled part
RECALL = re.compile(r"\b(?:comes?|came|follow(?:s|ed)|happened|occurred)\s+(?:just\s+|only\s+|barely\s+)?"
                    r"(?:(?:(?:a|an|one|two|three|several|a\s+few|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+)?"
                    r"(?:after|on\s+the\s+heels\s+of)\b"
                    r"|\bthe\s+latest\s+(?:in\s+a\s+(?:series|string|spate|wave)\s+of|of\s+(?:several|many))\b", re.I)

EARLIER = re.compile(r"\bfor\s+(?:the\s+|a\s+series\s+of\s+)?(?:previous|earlier|past|prior|other)\s+"
                     r"(?:\w+\s+)?(?:attacks?|bombings?|strikes?|assaults?|raids?|incidents?)\b", re.I)


def descriptor(name: str) -> bool:
    """A nationality with a fighter noun: a description of some group, not its name."""
    m = _FIGHTERS.match(name.strip(" \"'“”‘’"))
    if not m:
        return False
    nat = m.group("nat")
    return bool(demonym_country(nat) or (nat.endswith("an") and demonym_country(nat[:-2])))


def not_rivals(a: str, b: str) -> bool:
    """A descriptor against a named group that is no state's force: one group told twice."""
    return (descriptor(a) and not _STATE.search(b)) or (descriptor(b) and not _STATE.search(a))


def recalled_at(text: str, pos: int) -> bool:
    """The doer named at `pos` is one of an earlier attack the sentence recalls."""
    r = RECALL.search(text)
    return bool(EARLIER.search(text)) or (bool(r) and r.start() < pos)


def recalled(text: str, cue: re.Pattern) -> bool:
    """The sentence blames for earlier attacks, or every doer cue follows its recall of one."""
    if EARLIER.search(text):
        return True
    r = RECALL.search(text)
    return bool(r) and all(m.start() > r.start() for m in cue.finditer(text))
