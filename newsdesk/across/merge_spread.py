"""A telling that sums up an act drawn out over days dates no single day, so its day vetoes
no join: "weeks of unrest have left at least 40 dead", "the deaths of 70 marchers since the
army took power", "in recent days the crackdown has killed dozens".

Why: the linker keeps two reports of one type apart when their days lie more than a day (or,
for an article's default day, three days) apart. A protest movement or a crackdown is told by
one outlet on its first day and by another as a running total a week or a month on; the
running total's day is its report's, or the day the stretch began, not the day of one act, and
the date veto split one campaign into as many records as it had reports. Only the day stops
counting: wording, place, actors, figures and every other veto still decide, and the other
members of a record keep their own days, so two single acts days apart still never join.
A protest that stands for days (a sit-in, a protest camp) or a movement told as a whole ("the
protests erupted over fuel prices") is such a stretch too: its day is the report's.

Not a stretch: a comparison ("the deadliest attack in recent months", "the worst since
2015"), a running total told aside of a single act ("shot dead a third marcher, bringing the
toll since the coup to 15"), a stretch that is only the act's background ("after days of
fighting, a strike on the market killed 12"), and acts that happen once (a resignation after
weeks of protests is one day's act)."""
from __future__ import annotations

import re

# acts that run over days: a protest movement, a crackdown or campaign, a wave of arrests
SPREAD_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE"})

_SPREAD = re.compile(
    r"\b(?:(?:days|weeks|months|nights) of (?:\w+ ){0,2}(?:protests?|unrest|demonstrations?|"
    r"rallies|riots?|clashes|fighting|violence|crackdowns?|strikes|raids|shelling|bombardment|"
    r"marches|turmoil|bloodshed)|"
    r"(?:killed|died|dead|deaths?|wounded|injured|arrested|detained)\b[^.;]{0,80}?"
    r"\bsince\b(?!\s+\d{4})|"
    r"(?:over|in|during) the (?:past|last) (?:few |several |two |three )?(?:days|weeks|months)|"
    r"in recent (?:days|weeks|months))", re.I)

# a comparison with the past, a total told aside of the sentence's own act, or a stretch
# that is only the act's background
_NOT_STRETCH = re.compile(
    r"\b(?:most|worst|deadliest|bloodiest|heaviest|highest|biggest|largest|greatest|first|"
    r"(?:bringing|raising|taking|pushing|lifting) the|"
    r"(?:after|following|ending|ended) (?:\w+ ){0,2}(?:days|weeks|months|nights) of)\b", re.I)


# a protest that stands for days (a sit-in, a camp) or a movement told as a whole ("the protests")
_STANDING = re.compile(r"\b(?:sit-ins?|protest (?:camps?|sites?)|encampments?|"
                       r"(?:the|these|mass|nationwide|ongoing) (?:\w+ )?"
                       r"(?:protests|demonstrations|rallies))\b", re.I)


def spread_over_time(m) -> bool:
    """Whether the mention's own sentence tells its act as a stretch of days or a running
    total since some start (its date then names no one day of the act)."""
    if m.type not in SPREAD_TYPES:
        return False
    text = m.span.text
    hit = _SPREAD.search(text) or (_STANDING.search(text) if m.type == "PROTEST" else None)
    return bool(hit) and not _NOT_STRETCH.search(text, 0, hit.end())
