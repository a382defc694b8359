"""A toll told as a named or pointed-at victim plus a count of "others": "the envoy, Jane
Roe, and two others were killed" is three dead, "the pilot and 11 other crew died" twelve.

Why: the cue after the figure reaches only "two others", so the toll came out one short
(or two short after "the duo"), and an outlet that writes the toll this way then looks
like a smaller rival figure (or an update) beside one that counts everyone. Kept apart
from counts.py, which calls in here once per sentence.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Count
from .grp_counts import _ONE_HUMAN

# a singular human head, with titles and posts that name one person
_ONE = (r"(?:" + _ONE_HUMAN + r"|ambassador|envoy|consul|governor|mayor|commander|chief|minister|"
        r"official|diplomat|lawmaker|senator|judge|imam|bishop|cleric|leader|bomber|gunman|attacker|"
        r"assailant|suspect|shooter|captain|general|colonel|sergeant|lieutenant)")
# "the U.S. envoy to Ruritania", "a local official", "his driver": one person pointed at
_POINTED = re.compile(r"\b(?:the|a|an|his|her|their|its|one)\s+(?:[\w.'\u2019-]+\s+){0,3}?" + _ONE
                      + r"(?:\s+(?:to|of|for|in)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?"
                      r"(?:,\s+[^,;:]{3,50},)?\s*,?\s+and\s+$", re.I)
# "Jane Roe and two others", "the envoy, J. Jane Roe, and two others": a full name
_NAMED = re.compile(r"(?<!\bin )(?<!\bat )(?<!\bnear )(?<!\bfrom )(?<!\bto )(?<!\bof )"
                    r"\b[A-Z][a-z'\u2019-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'\u2019-]+,?\s+and\s+$")
# "the duo and 21 others": two people pointed at as one
_PAIR = re.compile(r"\bthe\s+(?:duo|pair|two\s+(?:men|women|gunmen|attackers|brothers))\s*,?\s+and\s+$", re.I)
_OTHERS = re.compile(r"\s+others?\b", re.I)


def named_head(before: str) -> int:
    """How many victims the words before "and N others" name: 1, 2, or 0 (none or a group)."""
    tail = before[-90:]
    if _PAIR.search(tail):
        return 2
    return 1 if _POINTED.search(tail) or _NAMED.search(tail) else 0


def named_heads(sentence: str, found: list) -> list:
    """Add the named head to a figure of "others" it leads ("X and 3 others were killed" is
    4), when it is the sentence's first figure and stands alone (not a joined list)."""
    for k, m in enumerate(found):
        if k or m.q is None or m.span[0] != m.q.start or m.subgroup or m.increment:
            continue
        if not _OTHERS.match(sentence, m.span[1]):
            continue
        n = named_head(sentence[:m.span[0]])
        if n:
            hi = None if m.count.high is None else m.count.high + n
            found[k] = replace(m, count=Count(m.count.low + n, hi))
    return found
