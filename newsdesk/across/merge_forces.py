"""The forces' own casualties are no toll of the act they carry out.

Why: a report of a police crackdown adds the officers hurt on the day ("besides the voters
hurt, the ministry says nine officers were injured"); the extractor gives that figure to the
crackdown, and the record then reads as if its victims were nine, while the outlets count
the civilians it hurt in the hundreds. When the record's own sentences have the security
forces doing the act (they charge, fire, beat, or hurt people "by police") and name no other
attacker (gunmen, militants, a mob), a figure that a source's sentences give only as a count
of those forces does not vote for the record's toll. The source keeps it as its own figure:
two outlets' counts of the officers hurt are still a dispute to find. With an attacker
named, the forces are the victims ("gunmen wounded three officers") and the figure votes.
"""
from __future__ import annotations

import re

from ..model import EventMention
from .figures import ATTACKER_NOUN

_FORCE = (r"(?:(?:riot |security |military |border )?police(?:men| officers?)?|officers|"
          r"policemen|soldiers|troops|security forces|guards|gendarmes|agents)")
# the forces doing the act: "police fired rubber bullets", "officers baton-charged",
# "were beaten by police"
_ACTING = re.compile(r"\b" + _FORCE + r"\s+(?:(?:have|had|has|were|was|then|also|reportedly)\s+)*"
                     r"(?:fir|baton|charg|beat|shot|shoot|storm|raid|attack|tear-?gass|us(?:ed|ing) "
                     r"(?:force|tear|batons|rubber)|drag|hit|club|kick)\w*|\bby (?:the )?"
                     r"(?:\w+ )?" + _FORCE + r"\b", re.I)
# another side's violence: the forces may be its victims
_OTHER_SIDE = re.compile(r"\b(?:protesters|demonstrators|rioters|mob|crowds?) (?:\w+ )?"
                         r"(?:threw|attacked|hurled|stoned|fired|set fire)\b", re.I)


def _counts_forces(text: str, low: int) -> bool:
    """Whether `text` gives the figure `low` as a count of the forces ("12 police officers")."""
    num = r"(?<![\d,])(?:" + "|".join(re.escape(d) for d in {str(low), f"{low:,}"}) + r")(?![\d,])"
    return bool(re.search(num + r"\s+(?:[\w-]+\s+)?" + _FORCE + r"\b", text, re.I))


def _forces_act(group: list[EventMention]) -> bool:
    """Whether the group's sentences have the forces carry out the act, with no other side."""
    if not group or group[0].type not in ("ASSAULT", "COERCE"):
        return False
    texts = [sp.text for m in group for sp in [m.span, *m.extra_spans]]
    return any(_ACTING.search(t) for t in texts) and \
        not any(ATTACKER_NOUN.search(t) or _OTHER_SIDE.search(t) for t in texts)


def _forces_count(m: EventMention, field: str) -> bool:
    c = getattr(m, field)
    if c is None:
        return False
    told = [sp.text for sp in [m.span, *m.extra_spans] if re.search(
        r"(?<![\d])" + re.escape(str(c.low)) + r"(?![\d])", sp.text.replace(",", ""))]
    return bool(told) and all(_counts_forces(t, c.low) for t in told)


def victims_voters(group: list[EventMention], field: str) -> list[EventMention]:
    """The mentions whose `field` figure may vote for the record's toll: all of them, but
    for a count of the forces in an act those forces carry out (see module doc)."""
    if not _forces_act(group):
        return group
    return [m for m in group if not _forces_count(m, field)]
