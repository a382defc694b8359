"""Sentence-shape cues of the events step: words and parse shapes that tell a trigger is
setting, background, an instrument or a flight rather than a new act (kept apart from
events.py so the step itself stays a readable pipeline)."""
from __future__ import annotations

import re

from ..nlp import lemma_in


UNLESS = re.compile(r"\bunless\b", re.I)
# "The assaults came as France was on high alert", "... comes days after the bombing": what
# follows is the setting of the news, told to place it
CAME_AS = re.compile(r"\b(?:came|comes|come|coming)\s+(?:just\s+|only\s+)?(?:(?:a day|days|hours|weeks|a week|"
                     r"minutes|shortly)\s+)?(?:as|amid|after|before)\b", re.I)
# "France is already bombing IS targets", "as long as you keep bombing": a running campaign
# told as background, which may join an event but not start one
ONGOING_BEFORE = re.compile(r"\b(?:(?:is|are|was|were) already|keeps?|kept|continu(?:e|es|ed|ing) to)"
                            r"\s+(?:[\w'’-]+\s+)?$", re.I)
MUST = re.compile(r"\b(?:must|should)\b", re.I)
INSTRUMENTS = {"bomb", "blast", "explosion", "attack", "fire", "shelling", "strike", "airstrike",
               "rocket", "missile", "mortar", "shell", "grenade", "violence", "clash", "fighting",
               "assault", "raid", "bombing", "device", "mine", "shooting", "gunfire", "blaze"}
AIRCRAFT_MOVES = {"land", "fly", "arrive", "depart", "return", "defect", "crash", "circle", "scramble", "divert",
                  "refuel", "take", "leave", "touch", "flew", "flown", "took", "left"}   # irregular forms too
VICTIM_SUBJECT = {"die", "dead", "death", "toll", "perish", "casualty", "body", "life", "injury",
                  "death toll", "lives", "bodies", "deaths", "casualties", "injuries"}
# straight marks pair in order (1st with 2nd, 3rd with 4th): the text between a short scare quote's
# closing mark and the next opening one ('is "disgusted" by ..., calling it an "admission"') is no quote
_QUOTE = re.compile(r"\u201c[^\u201d]{20,}?\u201d|\"[^\"]*\"|\u2018[^\u2019]{30,}?\u2019(?!\w)")


def long_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quotations of six words or more: speech content is a quote, not an event
    (short scare quotes like 'unjustified' stay codable)."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)
            if len(m.group(0)) >= 22 and len(m.group(0).split()) >= 6]


def aircraft_moving(tok) -> bool:
    """The warplanes of the trigger are the subject of a verb of flight, not of a strike."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and lemma_in(tok.head, AIRCRAFT_MOVES)


def ongoing_description(tok) -> bool:
    """A trigger inside a participle that describes a party ("the coalition waging air
    strikes", "a coalition which for two years has been fighting rebels") tells who they are,
    not what happened now: such a statement may join an event but not start one."""
    t = tok
    for _ in range(3):
        if t.dep_ == "acl" and t.tag_ == "VBG":
            return True
        if t.dep_ == "relcl" and any(c.lower_ == "been" for c in t.children) and t.tag_ == "VBG":
            return True
        if t.head.i == t.i or t.tag_ != "VBG" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break         # a clause with its own subject ('… before the driver was shot') tells its own act
        t = t.head
    return False


def blank_dateline(sent, dl_end: int) -> str:
    """The sentence with a leading dateline ("DUBAI, UNITED ARAB EMIRATES—") blanked out, so
    the parser does not take the city for the subject; offsets are kept."""
    if dl_end and sent.start < dl_end <= sent.end:
        cut = dl_end - sent.start
        return " " * cut + sent.text[cut:]
    return sent.text


def depth(tok) -> int:
    d = 0
    while tok is not None and tok.head.i != tok.i and d < 50:     # spaCy makes a new Token per access: compare .i
        tok, d = tok.head, d + 1
    return d if tok is not None else 99
