"""A sentence that tells the attack and ends with the attackers' fall in a trailing clause
("two gunmen fired on the crowd before being shot by police") tells the attack first.

Why: `merge_felled` marks a sentence as "only the attackers' end" when the forces' shooting
follows an attacker word; a lede whose main clause is the attack itself and whose tail
("before being shot", "until they were killed by troops") adds their end would then be kept
out of every record of the attack. Only a tail opened by a time conjunction counts; "the
gunmen were later killed by police" stays the attackers' end.
"""
from __future__ import annotations

import re

# the conjunction opening the tail, right before the forces' act it introduces
_TAIL = re.compile(r"\b(?:before|after|until|till)\s+(?:being|they\s+were|he\s+was|she\s+was|"
                   r"getting)\s+(?:[a-z]+\s+){0,3}$", re.I)


def tail_clause(text: str, start: int) -> bool:
    """Whether the forces' act found at `start` is a trailing 'before being ...' clause."""
    return bool(_TAIL.search(text[max(0, start - 60):start]))
