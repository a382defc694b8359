"""A strike told as the answer to the article's attack is an act of its own.

Why: coverage of a massacre goes on to the state's reply in the same breath ("Jets bombed
the rebels' camps after the attack, the army said"). The sentence names the attack, so
it read as one more telling of it: the strike's sentences joined the attack's record,
its actor became the air force and the reply was lost as an event. A strike by air or
by artillery told as following, answering or avenging an attack named after the cue is
the reply, kept apart from the attack it answers (and the attack's group never takes it).
"""
from __future__ import annotations

import re

from .cause_words import ANSWER_NOUNS, alternation

# the means of a reply: from the air or from guns at range (trigger modes and words)
_MEANS_MODES = frozenset({"aerial", "shelling", "artillery", "missile"})
_MEANS = re.compile(r"\b(?:air\s?strikes?|air\s+raids?|warplanes?|fighter\s+jets?|jets|"
                    r"bomb(?:ed|ing)\s+(?:raids?|runs?)|shell(?:ed|ing)|artillery|drones?)\b", re.I)

# "following the attack", "in retaliation for the bombing", "responded to the massacre":
# the act answered is named right after the cue
_CUE = re.compile(
    r"\b(?:following|after|in\s+" + alternation(ANSWER_NOUNS) + r"\s+(?:to|for)|"
    r"retaliat\w*\s+(?:to|for|against)|respond\w*\s+to|avenging)\s+"
    r"(?:the|this|that|friday's|saturday's|sunday's|monday's|tuesday's|wednesday's|thursday's)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:attacks?|massacre|bombings?|assault|killings|rampage|raid)\b",
    re.I)
# "responded with ... sending in air strikes": the reply told by the verb itself
_RESPONDED = re.compile(r"\b(?:responded|retaliated|hit\s+back|struck\s+back)\b[^.;]{0,60}?", re.I)


def _means_at(text: str, c) -> list[int]:
    """Offsets of the reply's means in the sentence: its triggers of a ranged mode, or the
    words of a strike from the air or by guns."""
    spots = [t.start for t in c.triggers if t.mode in _MEANS_MODES]
    return spots or [m.start() for m in _MEANS.finditer(text)]


def is_reprisal(text: str, c) -> bool:
    """The statement tells a strike from the air or by artillery as the answer to an attack:
    a means outside the clause that names the answered act."""
    if c.type != "ASSAULT":
        return False
    spots = _means_at(text, c)
    if not spots:
        return False
    cue = _CUE.search(text)
    if cue is not None:
        return any(s < cue.start() or s >= cue.end() for s in spots)
    said = _RESPONDED.search(text)
    return said is not None and any(s >= said.start() for s in spots)


def mark_reprisals(art, cands: list) -> None:
    """Mark the statements of a reply strike: they name the attack they answer, but are no
    reference back to it."""
    for c in cands:
        if is_reprisal(art.sentences[c.sent].text, c):
            c.reprisal, c.anaphoric = True, False


def apart(c, g) -> bool:
    """A reply strike and the act it answers: never one group (either way round)."""
    mine = getattr(c, "reprisal", False)
    return any(getattr(o, "reprisal", False) != mine for o in g.cands)
