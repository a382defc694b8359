"""Toll disputes that set a part against the whole, or another time's toll against the news.

Why: the count detector compares each outlet's stated figures, but "two police officers were
killed in one quarter" and "the toll rose to 54" count different things (one group of the dead
against all of them), and "at least 39 died last March when gunmen stormed a hotel" is an
earlier act's toll that a report recalls. Neither contests anything. This module wraps the
registered count detector (no new lines in disputes.py) and drops such claims from its
disputes; a dispute left with fewer than two claims is no dispute. Figures of one group set
against each other ("two police officers" vs "five police officers") still stand.
"""
from __future__ import annotations

import re

from ..model import Dispute
from .disputes import DETECTORS
from .dispute_moment import earlier_moment

_NUM = (r"(?:\d+(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
        r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens of|scores of)")
# named groups of the dead that are a part of an act's toll, each keyed by the group it names
PART_GROUPS = {
    "police": r"police(?:m[ae]n|wom[ae]n| officers?| personnel)?|officers?|constables?",
    "troops": r"soldiers?|troops?|servicem[ae]n|commandos?|marines?|guards?",
    "hostages": r"hostages?|captives?",
    "children": r"children|child|pupils?|students?|schoolchildren|girls|boys",
    "foreigners": r"foreigners?|foreign nationals?|tourists?|expatriates?",
    "rescuers": r"firefighters?|rescuers?|medics?|paramedics?",
    "attackers": r"gunm[ae]n|attackers?|assailants?|terrorists?|militants?|bombers?|insurgents?",
}
_GLUE = r"(?:and|or|as|when|after|before|while|in|at|on|by|to|from|for|with|were|was|are|is|people|said|says|say)\b"
_FILL = r"(?:\s+(?!" + _GLUE + r")[A-Za-z'-]+){0,2}?\s+"      # 'two off-duty police officers', not '12 as police'
_GROUP = {k: re.compile(r"\b" + _NUM + _FILL + r"(?:" + v + r")\b", re.I) for k, v in PART_GROUPS.items()}
_WHOLE = re.compile(r"\b" + _NUM + r"(?:\s+(?:more|other|innocent|unarmed|young|local))?\s+"
                    r"(?:people|persons|civilians|victims|lives|dead|deaths|bodies|fatalities)\b|"
                    r"\b(?:death toll|toll|number of (?:dead|deaths|victims))\b|"
                    r"\b" + _NUM + r"\b[^;]{0,80}?\b(?:including|among them|of whom|of them)\b|"  # part in a whole
                    r"\b\d+(?:,\d{3})*\s+(?:had|have|were|are|died|killed|dead)\b", re.I)  # '235 had been killed'
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
# the sentence dates its toll to an earlier period than the news
EARLIER = re.compile(r"\b(?:last (?:year|" + _MONTHS + r")|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"\d+) years? (?:ago|earlier|before)|the previous year|the year before)\b")


def groups(text: str) -> frozenset[str]:
    """The part groups whose figure the sentence gives, empty when it gives a whole's figure."""
    if _WHOLE.search(text):
        return frozenset()
    return frozenset(k for k, rx in _GROUP.items() if rx.search(text))


def trim(d: Dispute, field: str = "dead") -> Dispute | None:
    """The dispute without claims that count another time's figure or a part of the dead (or
    of the injured, `field`) that none of the other claims counts; None when fewer than two
    claims remain or those left state one figure."""
    claims = [c for c in d.claims if not (EARLIER.search(c.span.text) or earlier_moment(c.span.text))]
    parts = [groups(c.span.text) for c in claims]
    wholes = [n for c, g in zip(claims, parts) if not g and (n := _low(c, field))]
    keep = [c for c, g in zip(claims, parts)
            if not g or any(g & h for h, o in zip(parts, claims) if o is not c) or all_of(c, wholes, field)]
    if len({(c.article, c.span.start) for c in keep}) < 2:
        return None
    if len(keep) == len(d.claims):
        return d
    lows = {_low(c, field) for c in keep}
    if len(lows) == 1 and None not in lows:
        return None                   # the claims left all state one figure: nothing contested
    return Dispute(d.topic, keep, d.kind)


def all_of(c, wholes: list[int], field: str) -> bool:
    """A group's figure as large as the whole's figures ("48 police cadets" where others give 45
    dead at a police academy) is no part: the outlet names the dead by who they were."""
    n = _low(c, field)
    return bool(n and wholes) and n >= 0.8 * max(wholes)


def _low(c, field: str) -> int | None:
    """The `field` figure ("dead", "injured") a claim's sentence states, None when none."""
    from ..extract.counts import casualties
    try:
        fig = casualties(c.span.text)[field]
    except Exception:                 # the counts module is another layer's
        return None
    return fig.low if fig else None


def _wrap(fn, field: str):
    def trimmed(articles, ctx):
        return [t for t in (trim(d, field) for d in fn(articles, ctx)) if t is not None]
    trimmed.__doc__ = fn.__doc__
    return trimmed


# the detectors that set one figure of the whole against another, and the figure each counts
# (wounded_group sets one group's injured against the same group's, and stays as it is)
WRAPPED = {"count": "dead", "wounded": "injured", "wounded_event": "injured", "wounded_top": "injured"}
for _name, _field in WRAPPED.items():
    DETECTORS[_name] = _wrap(DETECTORS[_name], _field)
