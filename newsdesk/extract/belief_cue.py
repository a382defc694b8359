"""'X told Reuters that the authorities believed the men were "…"': a belief inside a report.

A verb of belief (believe, think) heading the clause that a speech verb reports is part of
what the outer speaker says: the quoted words are the outer speaker's account of the belief,
and the people said to hold it did not speak. The outer speech verb's subject is the speaker.
"""
from __future__ import annotations

import re

from .speakers import subject_before

_BELIEF = frozenset("believe believes believed think thinks thought".split())
# the outer speech verb right before the believer: 'told Reuters that', 'said'
_OUTER = re.compile(r"\b(?:(?:said|says|added|stated|explained)\s+|told\s+(?:[\w.&'’-]+\s+){1,3}?)(?:that\s+)?$")


def outer_of_belief(left: str, lft: tuple | None) -> tuple | None:
    """`lft` (np, offset, verb) from left_speaker, replaced by the reporting clause's subject
    when its verb is one of belief inside a reported clause."""
    if not lft or lft[2] not in _BELIEF:
        return lft
    before = left[:lft[1]]
    cue = _OUTER.search(before)
    sub = subject_before(before[:cue.start()]) if cue else None
    return (sub[0], sub[1], "said") if sub else lft
