"""A killing told as the deed itself, not as a toll.

A toll word with no figure ("was killed", "died") opens no event: it joins the act told
elsewhere in the article (grp_link.empty_toll). That is right for a casualty of a bombing, but
when one person was put to death the sentence IS the act: "the reporter was murdered inside the
embassy", "she was killed by a squad sent from the capital". PLOVER codes killing and
assassination by physical force as ASSAULT, so two wordings turn the toll trigger into a verb
trigger that may start an event:
- a murder word ("murdered", "assassinated") with a single victim ("was", "has been"): the word
  says someone meant to kill, unlike "killed" or "died";
- "killed" with a single victim and a party as agent ("killed by a team", "by two gunmen"); an
  instrument as agent ("by a stray bullet", "by the blast") stays a toll.
A killing placed "in the attack" / "during the raid" still refers to an act told elsewhere.
"""
from __future__ import annotations

import re

from ..model import Count
from .plover import Trigger

# singular passive before the trigger: one victim, so no headcount toll
_SINGLE = re.compile(r"\b(?:was|is|has been|had been|have been|being)\s+(?:\w+ly\s+)?$", re.I)
_MURDER = re.compile(r"^(?:murdered|assassinated)$", re.I)
_KILLED = re.compile(r"^killed$", re.I)
_DOERS = (r"(?:team|squad|hit squad|unit|cell|group|gang|men|man|gunmen|gunman|agents?|operatives|assassins?|"
          r"killers?|assailants?|attackers?|militants?|soldiers?|troops|police(?:men)?|officers?|guards?|"
          r"intruders?|members|commandos|mob)")
_BY_PARTY = re.compile(r"^\s+by\s+(?:a|an|the|two|three|four|five|six|several|some|\w+['’]s)?\s*"
                       r"(?:[\w'’-]+\s+){0,3}?" + _DOERS + r"\b", re.I)
# "killed in the attack", "murdered during last week's raid": a casualty of an act told elsewhere
_IN_ACT = re.compile(r"^\s+(?:\w+\s+){0,2}?(?:in|during|amid)\s+(?:the|this|that|these|those|last|\w+day['’]s|"
                     r"\w+['’]s)\b", re.I)


def deed(text: str, tr: Trigger, kind: str = "toll") -> bool:
    """A toll trigger that tells one person's killing as the act (see the module docstring)."""
    if tr.type != "ASSAULT" or tr.kind != kind or not _SINGLE.search(text[:tr.start]):
        return False
    after = text[tr.end:]
    if _IN_ACT.match(after):
        return False
    return bool(_MURDER.match(tr.text)) or bool(_KILLED.match(tr.text) and _BY_PARTY.match(after))


def as_deeds(text: str, trigs: list[Trigger]) -> list[Trigger]:
    """The sentence's triggers with a killing told as the deed made a verb trigger."""
    return [Trigger(t.start, t.end, t.type, t.mode, "verb", t.text) if deed(text, t) else t for t in trigs]


def one_dead(text: str, cands: list) -> None:
    """A killing told as the deed has one victim: the toll is 1 when the sentence gives none."""
    for c in cands:
        if c.dead is None and not c.weak and any(deed(text, t, "verb") for t in c.triggers):
            c.dead = Count(1, 1)
