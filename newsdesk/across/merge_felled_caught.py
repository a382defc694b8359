"""Attackers killed and the rest caught: the forces' end of an attack told without its agent.

"Two of the gunmen were killed and two others arrested" names no police or troops, yet only
the forces kill some attackers and arrest the others: the sentence tells how the attack was
ended, an act of its own (`merge_felled`), not a line of the attack. A death alone ("three
gunmen were also killed") stays with the attack: suicide attackers die by their own act,
and the gold of several crises keeps such lines in the attack.
"""
from __future__ import annotations

import re

_KILLERS = (r"gunm[ae]n|attackers?|assailants?|shooters?|perpetrators?|hijackers?|"
            r"hostage[- ]takers?|knifem[ae]n|terrorists?|militants?|jihadists?")
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+|all|both|one)"
# "two of the attackers were killed", "three gunmen had been shot dead" (no agent after it)
_KILLED = re.compile(rf"\b{_COUNT}\s+(?:of\s+the\s+)?(?:[a-z]+\s+)?(?:{_KILLERS})\s+"
                     r"(?:(?:were|was|had|have|been|also|later)\s+){1,3}"
                     r"(?:killed|shot dead|gunned down|neutrali[sz]ed)\b(?!\s+(?:\w+\s+)?by\b)", re.I)
# "... and two others arrested", ", another two were captured"
_CAUGHT = re.compile(rf"(?:,|\band\b)\s+(?:(?:another|the other|the remaining)\s+)?(?:{_COUNT}\s+)?"
                     r"(?:others?\s+|more\s+)?(?:(?:were|was|had been|have been)\s+)?"
                     r"(?:arrested|captured|detained|taken alive|caught)\b", re.I)


def killed_and_caught(text: str) -> bool:
    """Whether the sentence tells some attackers killed and others caught, with no agent."""
    m = _KILLED.search(text)
    return bool(m and _CAUGHT.search(text, m.end()))
