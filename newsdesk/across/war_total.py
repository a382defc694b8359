"""A long war's running total, told beside one incident of it.

Why: coverage of one strike in a months-long war nearly always adds the war's tally ("the toll
from the war has climbed past 20,000", "the army's campaign in the province has killed at
least 9,000", "in the six months of war"). That figure counts the whole war, so set against
the incident's own toll it makes a false count or wounded dispute. Three readings:
- `WAR_TOTAL`: wordings of a war-wide tally the older `figures.RUNNING_TOTAL` does not hold;
- `incident_part`: "Forty were killed, bringing the toll since the war began to 9,000" keeps
  its first figure; only the participle clause that adds it to the total is dropped;
- `continues_total`: a bare figure sentence with no act of its own ("More than 5,000 have
  been wounded") right after a running-total sentence carries that total on.
"""
from __future__ import annotations

import re

from ..model import Sentence

_WAR = r"(?:war|conflict)"
_CAMPAIGN = r"(?:operations?|offensive|campaign|war|bombardment|invasion|onslaught|bombing campaign)"
WAR_TOTAL = (
    # "the toll from the war has climbed", "the toll of the two-year conflict", "the war's death toll"
    r"\btoll (?:from|of|in) (?:the )?(?:[\w-]+ ){0,2}" + _WAR + r"\b|\b" + _WAR + r"[’']s (?:overall |total )?(?:death )?toll\b"
    # "Israel's operations in Gaza have killed", "the invasion of the region has so far killed"
    r"|\b" + _CAMPAIGN + r" (?:in|on|of|against) [^,.;:]{1,40}?\b(?:have|has) (?:now |so far |since )?killed\b"
    # "since the Israel-Hamas war began", "since the ground offensive in the north started"
    r"|\bsince the (?:[\w-]+ ){0,2}" + _WAR + r"\b"
    r"|\bsince the (?:[\w-]+ ){0,2}(?:invasion|offensive|incursion|operation)\b[^,.;]{0,40}?\b(?:began|started|was launched)\b"
    # "in the eight months of war", "in nearly two years of fighting"
    r"|\bin (?:the )?(?:(?:nearly|almost|more than|over) )?(?:\w+ )?(?:months|weeks|years) of (?:the )?(?:[\w-]+ )?"
    r"(?:war|fighting|conflict)\b"
    # "The raid came as the overall toll in the territory passed 20,000"
    r"|\b(?:came|comes|coming) (?:just )?as [^.;]{0,50}\btoll\b[^.;]{0,30}\b"
    r"(?:surpass|pass|top|rose|rise|risen|climb|reach|exceed)")

def _running():
    from .figures import RUNNING_TOTAL      # figures builds RUNNING_TOTAL from WAR_TOTAL: import late
    return RUNNING_TOTAL


# the clause adding the incident to the total: ", bringing the toll since ... to 9,000"
_ADDING = re.compile(r",\s*(?:thus\s+)?(?:bringing|raising|pushing|taking|lifting|swelling)\s+the\b(?:[^,;]|,(?=\d{3}))*", re.I)


def _adding(text: str) -> re.Match | None:
    """The clause adding the sentence's figure to a running total, when cutting it leaves no
    total behind; None otherwise."""
    rt = _running()
    if not rt.search(text):
        return None
    m = next((m for m in _ADDING.finditer(text) if rt.search(m.group(0))), None)
    return m if m and not rt.search(text[:m.start()] + text[m.end():]) else None


def incident_part(text: str) -> str:
    """The sentence without the clause that adds its figure to a running total; the sentence
    unchanged when the total is not in such a clause."""
    m = _adding(text)
    return text if m is None else text[:m.start()] + text[m.end():]


def total_part(text: str) -> str:
    """The part of the sentence that states a running total (all of it unless separable)."""
    m = _adding(text)
    return text if m is None else m.group(0)


# a sentence that is a figure and nothing else: "More than 5,000 have been wounded, and ..."
_BARE = re.compile(r"^\W*(?:(?:more than|over|at least|nearly|almost|about|some|around|an estimated)\s+)?"
                   r"[\d,.]+(?:\s+(?:million|thousand))?\s+(?:(?:others?|people|[A-Z][a-z]+s)\s+)?"
                   r"(?:have|had|has|were|are)\s+(?:also\s+)?(?:been\s+)?(?:injured|wounded|hurt|killed)\b", re.I)
_ACT = re.compile(r"\b(?:attack|strike|blast|explosion|raid|shelling|bombing|shooting|incident|stampede|crash|"
                  r"today|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", re.I)


def continues_total(text: str, before: str | None) -> bool:
    """Whether a bare figure sentence carries on the running total of the sentence before it."""
    return bool(before and _BARE.search(text) and not _ACT.search(text) and _running().search(before))


def sentence_before(sents, start: int):
    """The text of the last sentence of `sents` ending at or before `start`, or None."""
    prev = [s for s in sents if s.end <= start]
    return max(prev, key=lambda s: s.end).text if prev else None


def own_sentence(s):
    """`s` with the clause adding its figure to a running total cut out (itself if none)."""
    rest = incident_part(s.text)
    return s if rest == s.text else Sentence(s.start, s.end, rest)
