"""Rival accounts of who did an act: "group A claimed responsibility" against "officials
blamed group B", or two groups each claiming the same attack.

Why a reader of its own: the denial detectors need a denial and `culprit` needs blame traded
both ways between two camps; the commonest rival account of a claimed attack is neither: a
group claims it and the authorities name another group, or a second group claims it too. The
shape is one slot, the doer, with two values: a claimant (the subject of "claimed / took
responsibility" or "claimed credit") and a blamed party (the object of "blamed (the attack
on) X", "accused X of") or a party "behind / responsible for" it; two values are rivals
when they share no name stem, alias ("ISIS" ~ "Daesh") nor initials, unless one sentence
tells the one backs the other (a sponsor and its proxy).
Cue lists are attested in the gold of at least two crises of the tuning sets.
"""
from __future__ import annotations

import re

from ..extract.actors import _alias
from .dispute_claimed import _HEDGED, BACKING
from .dispute_culprit import TO_BLAME, culprit
from .dispute_sides import party_names

CLAIMED = re.compile(r"\b(?:(?:has|have|had)\s+)?(?:claimed|claims|claiming|took|takes|taken|taking)\s+"
                     r"(?:full\s+)?(?:responsibility|credit)\b", re.I)
# active blame only: in "X was blamed" the blamed is the subject, read by no object rule
BLAMED = re.compile(r"(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )"
                    r"\b(?:blam(?:ed|es|ing)\s+(?:(?:the|this)\s+\w+\s+on\s+)?|accus(?:ed|es|ing)\s+)", re.I)
# the blamed party ends at its charge, a clause or a place/time ("a faction of X" keeps going)
_NP_END = re.compile(r"(?<!faction)(?<!members)(?<!branch)\s+of\b|"
                     r"\s+(?:for|saying|and\s+said|as|who|which|that|after|over|on|in|at)\b|[,.;:\"“”]")
# a claim told as not made ("has not claimed responsibility") names no claimant
_NOT_CLAIMED = re.compile(r"\b(?:not|no|never|yet\s+to|den\w+)\s+(?:\w+\s+)?$|n['’]t\s+$", re.I)
# a part of a group is named by the group; a time after the name is no part of it
_PART_OF = re.compile(r"^\W*(?:an?|the)\s+(?:\w+\s+)?(?:faction|members?|branch)\s+of\s+", re.I)
_WHEN = re.compile(r"\s+(?:on|in|at|last|this)\s+(?:[A-Z]\w+day|the\s+\w+|\w+)$")
_AUX = re.compile(r"\s+(?:has|have|had|also|later|quickly|now)$", re.I)
_BOTH = re.compile(r"^(?:both\s+)?(.+?)\s+and\s+(?:a\s+group\s+called\s+)?(.+)$", re.I)
_LEAD = re.compile(r"^.*\b(?:that|while|but|although|as)\s+", re.I)


def _keys(name: str) -> set[str]:
    """Name stems of a party with its alias ("ISIS", "Daesh" -> the one canonical name)."""
    name = _PART_OF.sub("", _WHEN.sub("", name))
    canon = _alias(name.strip())
    acronyms = re.findall(r"\b[A-Z]{2,5}\b", name)
    aliased = {k for a in acronyms if (c := _alias(a)) for k in party_names(c)}
    caps = [w for w in re.findall(r"\b[A-Z][a-z]+", name) if w != "The"]
    initials = {"".join(w[0] for w in caps).lower()} if len(caps) > 1 else set()
    return (party_names(name) | {a.lower() for a in acronyms} | aliased | initials
            | (party_names(canon) if canon else set()))


def claimants(text: str) -> list[str]:
    """The groups a sentence says claimed the act (two when "Both A and B claimed")."""
    m = CLAIMED.search(text)
    if not m or _NOT_CLAIMED.search(text[:m.start()]):
        return []
    lead = _LEAD.sub("", re.split(r"[,;:]\s*", text[:m.start()])[-1]).strip(" \"'“”‘’")
    while _AUX.search(lead):
        lead = _AUX.sub("", lead)
    if not lead or len(lead.split()) > 10 or not re.search(r"[A-Z]", lead):
        return []
    both = _BOTH.match(lead)
    return [both.group(1), both.group(2)] if both else [lead]


def blamed(text: str) -> str | None:
    """The party a sentence blames or accuses, or None."""
    m = BLAMED.search(text)
    if not m:
        return None
    np = _NP_END.split(text[m.end():], maxsplit=1)[0].strip()
    return np if 0 < len(np.split()) <= 8 and re.search(r"[A-Z]", np) else None


def rivals(ka: frozenset, kb: frozenset) -> bool:
    """Two doers exclude each other: no shared name stem, alias nor initials."""
    return not ka & kb


def backs(text: str, keys: frozenset) -> bool:
    """A sentence telling its doer backs the other party (a sponsor and its proxy are one camp)."""
    return bool(BACKING.search(text)) and bool(_keys(text) & keys)


def to_blame(text: str) -> str | None:
    """The party a sentence says was behind or responsible for the act ("X was behind it")."""
    m = TO_BLAME.search(text)        # "could not verify who was behind it" names no one
    return culprit(text) if m and not _HEDGED.search(text[:m.start()]) else None


def doer_values(text: str) -> list[tuple[str, frozenset]]:
    """(party, name keys) for each doer a sentence names by claim or by blame."""
    names = claimants(text) + ([b] if (b := blamed(text) or to_blame(text)) else [])
    return [(n, frozenset(k)) for n in names if (k := _keys(n))]


# any sentence that may name a doer (the cheap gate before the readers)
DOER_CUE = re.compile("|".join(rx.pattern for rx in (CLAIMED, BLAMED, TO_BLAME)), re.I)
