"""One lone attacker told in two ways in one article: by a role ("a student", "the
shooter") and by name ("Lev Danko"), or by two roles ("a student" / "a gunman or gunmen").

Why: grouping keeps statements apart when their actors are different parties, and two
unrelated words read as two parties. A lone person's role names no party of its own: the
student who opened fire may be the named man the next paragraph gives, and the witnesses'
"gunman" may be that student. So a role of no party class (student, teenager) is no rival
of a personal name of no class; two roles are no rivals unless both have a class or their
sexes differ. A role with a class ("the fifth attacker") may still be a party apart from a
named person (a policewoman returning fire).
"""
from __future__ import annotations

import re

from .actors import actor_class, actor_country

# heads of a role that tells one person, registry of word -> sex (None: either)
ROLE_HEADS = {"student": None, "pupil": None, "teenager": None, "teen": None, "youth": None,
              "man": "m", "boy": "m", "woman": "f", "girl": "f", "gunman": "m",
              "knifeman": "m", "shooter": None, "attacker": None, "assailant": None,
              "suspect": None, "killer": None}

# "a student", "the 18-year-old shooter", "a gunman or gunmen": lower-case words only
_ROLE = re.compile(r"^(?:(?:a|an|the)\s+)?(?:[a-z0-9][\w-]*\s+){0,3}?([a-z]+)"
                   r"(?:\s+or\s+([a-z]+))?$")
_NAME = re.compile(r"^(?:[A-Z][\w'\u2019-]+\s+){1,3}[A-Z][\w'\u2019-]+$|^[A-Z][\w'\u2019-]+$")


def _role(name: str):
    """The role's head and its sex, or None when the phrase is no lone person's role."""
    m = _ROLE.match(name.strip())
    if not m or m.group(1) not in ROLE_HEADS:
        return None
    alt = m.group(2)
    if alt and alt.rstrip("s") != m.group(1).rstrip("s") and alt.replace("men", "man") != m.group(1):
        return None             # "a student or a teacher": two people
    return m.group(1), ROLE_HEADS[m.group(1)]


# words that make a capitalised name a body, not a person ("Harran Front", "Tigers")
_BODY_WORDS = {"front", "army", "brigade", "brigades", "movement", "party", "group", "council",
               "committee", "state", "force", "forces", "union", "ministry", "league", "guard",
               "organization", "organisation", "network", "battalion", "tigers", "police",
               "government", "command", "alliance", "coalition", "agency", "service"}


def _person(name: str) -> bool:
    """A personal name of no party class and no state ("Lev Danko", "Danko")."""
    return bool(_NAME.match(name.strip())) and actor_class(name) is None \
        and actor_country(name) is None and not set(name.lower().split()) & _BODY_WORDS


def lone_same(a: str, b: str) -> bool:
    """Whether two actor names can be one lone attacker (see the module note)."""
    ra, rb = _role(a), _role(b)
    if ra and rb:
        if ra[1] and rb[1] and ra[1] != rb[1]:
            return False
        return actor_class(a) is None or actor_class(b) is None
    role, other = (a, b) if ra else (b, a) if rb else (None, None)
    return role is not None and actor_class(role) is None and _person(other)
