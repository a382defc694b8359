"""Where a described speaker after a fronted verb ends when adjectives are coordinated.

'"…," said one tired and frightened young waiter at the harbour': the 'and' joins two
adjectives of one noun phrase, so the phrase goes on to its noun ('young waiter'), not 'one
tired'. A past participle closing the phrase before its adjunct ('… waiter interviewed at a
hospital') modifies the noun and is no part of the speaker's name.
"""
from __future__ import annotations

import re

_LEADS = frozenset("one a an the another".split())
_NOT_ADJ = frozenset("a an the one his her their its our my your this that these those he she they".split())
_STOP = re.compile(r",|;|:|[—–]|\.(?:\s|$)|\s(?:who|in|on|at|during|after|before|to|when|as|from|while|and|"
                   r"adding|saying|told|with|according|by)\b|$")


def adjective_and(text: str, start: int, end: int) -> int:
    """The end of the phrase text[start:end] when it stopped at an 'and' between two
    adjectives ('one tired | and frightened young waiter'); else `end` unchanged."""
    words = text[start:end].split()
    tail = re.match(r"\s+and\s+([a-z][\w-]*)\s+(?=[a-z])", text[end:end + 80])
    if len(words) != 2 or words[0].lower() not in _LEADS or not words[1].islower() \
            or not tail or tail.group(1) in _NOT_ADJ:
        return end
    k = end + tail.end()
    stop = _STOP.search(text, k)
    new = stop.start() if stop else len(text)
    phrase = text[start:new].split()
    if len(phrase) >= 5 and phrase[-1].endswith("ed") and stop and stop.group().strip() not in {",", ".", ";", ":"}:
        new = start + text[start:new].rstrip().rfind(" ")     # '… woman interviewed at': no participle
    return new
