"""Disputes over whether one person did it: "the attacker acted alone" against "armed men
burst in" or "police caught a second gunman".

Why a detector of its own: `dispute_headcount` sets counts against counts, yet early
coverage often sizes a crew of one without a number and its rivals give none either: one
official says the attacker was acting alone while a witness saw armed men (plural, no
figure) or a radio station reports a second gunman. Seen in two crises of the tuning sets
(a college shooting and a beach shooting), so the signal is kept general:
- one side: an attributed, unhedged crew of one ("a lone gunman opened fire", "acting
  alone", "by a single attacker");
- the other: an attributed, unhedged crew of more than one that acts in its clause with no
  figure ("gunmen stormed ...", "men armed with rifles burst in"), or a second attacker
  ("a second gunman"), or a denial of the lone act ("did not act alone").
A uniformed crew is sized the same way ("a lone soldier shot ..." against "a group of soldiers
... opened fire"), each form attested in two crises of the tuning sets.
Look-alikes left out: an open question ("whether he acted alone", "possible accomplices"),
a hedge on either side ("a gunman or gunmen"), and sides that name different places or
targets (two attacks of one story).
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_headcount import _ACTION, _disjoint, lone
from .disputes import _claim, detector, holder

_ONE = r"(?:gunman|attacker|assailant|shooter|bomber|knifeman|perpetrator)"
_MANY = r"(?:gunmen|attackers|assailants|shooters|bombers|knifemen)"
# a crew of one without "lone": "acting alone", "carried out the attack on his own"
ALONE = re.compile(r"\b(?:act(?:ed|ing|s)?|work(?:ed|ing)?|operat(?:ed|ing)) (?:entirely |completely )?alone\b", re.I)
# more than one, without a figure
SECOND = re.compile(rf"\b(?:a|the) (?:second|third) {_ONE}\b", re.I)
# a uniformed crew sized without a figure: "a lone U.S. soldier", "a group of soldiers ... opened fire"
_CREW = r"(?:soldiers?|troops?|policem[ae]n|police\s+officers?|officers?|marines?|guards?|militiam[ae]n|gunm[ae]n)"
LONE_CREW = re.compile(rf"\b(?:[Aa]|[Tt]he)\s+(?:lone|single|sole)\s+(?:[A-Z][\w.]*\s+){{0,2}}{_CREW}\b")
GROUP = re.compile(rf"\b(?:a|the)\s+(?:group|band|squad|gang)\s+of\s+(?:[A-Z][\w.]*\s+|armed\s+|masked\s+){{0,2}}{_CREW}\b",
                   re.I)
NOT_ALONE = re.compile(r"\b(?:not|n't|never) (?:be )?(?:act(?:ed|ing)?|work(?:ed|ing)?) alone\b", re.I)
PLURAL = re.compile(rf"\b(?:{_MANY}|(?:armed|masked) men|men (?=armed\b))", re.I)
# an open question or a hedge before the cue
_HEDGE = re.compile(r"\b(?:whether|if|unclear|possib\w*|may|might|could|or|any|search\w*|hunt\w*|"
                    r"look\w* for|investigat\w*|rul\w+ out|unsure|not)\b", re.I)
# a figure, a part or another group right before a plural crew ("two gunmen", "the other attackers")
_COUNTED = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|other|some|"
                      r"of the|of|the|more|few|dozens?|many)\s+(?:[a-z-]+\s+)?$", re.I)
# the sentence's own clause up to the cue: hedges after a comma or "but" belong to another clause
_CLAUSE_START = re.compile(r".*(?:[,;:]|\bbut\b)\s*", re.I | re.S)


def _clause_before(text: str, start: int) -> str:
    m = _CLAUSE_START.match(text[:start])
    return text[m.end():start] if m else text[:start]


def alone(text: str) -> bool:
    """A source says one person did it."""
    if lone(text):
        return True
    crew = LONE_CREW.search(text)
    if crew and not _HEDGE.search(_clause_before(text, crew.start())) \
            and _ACTION.search(text[crew.end():crew.end() + 60]):        # the one who acted, not a lone guard hurt
        return True
    m = ALONE.search(text)
    return bool(m) and not _HEDGE.search(text[:m.start()]) and not NOT_ALONE.search(text)


def several(text: str) -> bool:
    """A source says more than one person did it, giving no figure."""
    if NOT_ALONE.search(text) and not re.search(r"\b(?:whether|if)\b", text, re.I):
        return True
    for m in SECOND.finditer(text):
        if not _HEDGE.search(_clause_before(text, m.start())):
            return True
    for m in GROUP.finditer(text):          # the group acts later in its clause, past a place and time
        if not _HEDGE.search(_clause_before(text, m.start())) and _ACTION.search(text[m.end():m.end() + 120]):
            return True
    for m in PLURAL.finditer(text):
        before = text[:m.start()]
        if _COUNTED.search(before) or _HEDGE.search(_clause_before(text, m.start())) \
                or re.match(r"\s+or\b", text[m.end():]):
            continue
        if _ACTION.search(text[m.end():m.end() + 40]):
            return True
    return False


@detector("lone")
def lone_or_several(articles: list[Article], ctx: dict) -> list[Dispute]:
    one, many = [], []
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            is_one, is_many = alone(s.text), several(s.text)
            if is_one == is_many:
                continue
            who = holder(s.text, res, s.start)
            if who:
                (one if is_one else many).append((art, s, who))
    if not one or not many or _disjoint(one, many):
        return []
    last = {h.split()[-1].lower() for _, _, h in one}
    many = [x for x in many if x[2].split()[-1].lower() not in last]
    if not many:
        return []
    claims = [_claim(a, s, h) for a, s, h in one[:3] + many[:3]]
    return [Dispute("whether the attacker acted alone: one vs several", claims, "headcount")]
