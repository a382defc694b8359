"""An armed group that speaks under one of its short names: 'IS group', 'Isis', 'ISIL'.

Why: the same group's statement is attributed to 'the IS group' by one outlet, 'Isis' by
another and 'the Islamic State' by a third; readers (and the scorer's last-word match) want
one name per group across the story. The actor alias table (actors.ALIASES) already knows
these names; this reading applies it to speakers, only for the non-state groups listed in
GROUP_SPEAKERS, so a state's own voice ('Washington', 'the Kremlin') keeps the form the text used.
"""
from __future__ import annotations

import re

from .actors import _alias

GROUP_SPEAKERS = frozenset({"Islamic State"})      # canonical names of ALIASES that are groups
# a group noun after the short name ('the IS group', 'ISIL militants') is part of the name
_TAIL = re.compile(r"\s+(?:group|militants|jihadists|fighters|organi[sz]ation)$", re.I)
_LEAD = re.compile(r"^(?:the|a)\s+", re.I)


def group_alias(np: str, text: str, pos: int) -> str | None:
    """The group's canonical name when the speaker phrase is one of its aliases, else None."""
    core = _TAIL.sub("", _LEAD.sub("", np.strip()))
    if not core or core.islower():      # 'is' the verb is never a speaker; aliases are capitalised
        return None
    canon = _alias(core)
    return canon if canon in GROUP_SPEAKERS else None
