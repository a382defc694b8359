"""A person written as a role word and one name: 'resident Ahmed told AFP', 'said nurse
Fatima', 'keeper Kennedy said'. Crisis coverage often quotes residents and staff by a first
name only (or a surname only); the readers of longer descriptions (speakers._DESCRIBED,
described_name) want two name words, so such a speaker was lost and the quote left to an
earlier one. Office words count too ('mission chief Roe told reporters'). The role word must
name a person, so 'officials in Kabul' or 'the attack on Monday' never give a name."""
from __future__ import annotations

import re

_ROLE_ONE = frozenset("""
    resident witness eyewitness survivor nurse doctor keeper student teacher driver farmer shopkeeper
    villager neighbour neighbor worker volunteer activist protester demonstrator father mother son daughter
    brother sister uncle aunt cousin grandmother grandfather widow refugee soldier officer fighter medic
    paramedic rescuer firefighter engineer pilot imam priest pastor trader vendor fisherman shepherd
    mechanic labourer laborer guard coach owner manager journalist photographer reporter pensioner
    mourner passenger teenager housewife businessman businesswoman agency broadcaster channel newspaper
    chief spokesman spokeswoman spokesperson governor minister official director commander coordinator
    commissioner mayor sheriff superintendent prosecutor lawyer attorney diver
""".split())
_CALENDAR = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December Today Tonight""".split())
_ONE = re.compile(r"(?:[a-z][\w'’-]*\s+){0,2}?([a-z][\w-]*)\s+([A-Z](?:[a-z][\w'’-]*|[A-Z]{1,5}))")


def single_named(np: str) -> tuple[str, int] | None:
    """(name, offset in np) when np is a lowercase role word (after at most two modifiers)
    and one capitalised name, else None."""
    m = _ONE.fullmatch(np.strip())
    if not m or m.group(1) not in _ROLE_ONE or m.group(2) in _CALENDAR:
        return None
    return m.group(2), m.start(2) + len(np) - len(np.lstrip())


# the heads of an unnamed group or medium that speaks: 'security sources', 'hospital officials',
# 'rescue workers', 'state television'
_GROUP_HEADS = frozenset("""
    officials sources workers services authorities members elders residents witnesses medics doctors
    officers investigators prosecutors rescuers volunteers activists organisers organizers spokesmen
    leaders commanders fighters militants rebels lawmakers ministers diplomats analysts experts
    media television tv radio
""".split())
_NOT_MODIFIER = frozenset("""
    in on at of for to from with by and or but as than that which who whom when while after before
    said says told is was were are has have had be been will would could
""".split())


def lower_group(np: str) -> bool:
    """'security sources' / 'hospital officials' / 'state television': up to four lowercase
    words ending in the head of an unnamed group or medium that speaks (speakers.subject_before
    otherwise takes only a lowercase subject from a short list of first words)."""
    words = np.split()
    return 2 <= len(words) <= 4 and words[-1] in _GROUP_HEADS and \
        all(re.fullmatch(r"[a-z][a-z-]*", w) and w not in _NOT_MODIFIER for w in words)

