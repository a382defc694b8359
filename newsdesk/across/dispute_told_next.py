"""The rival account a reporter's bare rebuttal announces: "But others disputed the police
version." says only that a quarrel exists; the figure or claim that contests the version is
the next sentence ("A local doctor said at least 40 had died.").

Why: keeping the bare rebuttal as the claim shows the analyst an empty sentence and misses the
rival account the reader needs. A rebuttal is bare when nothing of substance follows its cue
(no figure, at most a few words); the next sentence of the same article stands in for it when
it carries a voice or a figure of its own and is no rebuttal itself.
"""
from __future__ import annotations

import re

from ..model import Article, Sentence
from .dispute_holders import holder

_FIGURE = re.compile(r"\b(?:\d[\d,]*|dozens|scores|hundreds|thousands|several|many|few)\b", re.I)
_TAIL_WORDS = 3          # "... the official version on Monday" is still bare


def bare(text: str, cue: re.Pattern) -> bool:
    """Whether the rebuttal sentence says nothing beyond its cue."""
    m = cue.search(text)
    if not m:
        return False
    tail = text[m.end():].strip(" .;:!\u201d\"'")
    return len(tail.split()) <= _TAIL_WORDS and not _FIGURE.search(tail)


def told_next(art: Article, s: Sentence, ctx: dict, cue: re.Pattern) -> tuple[Sentence, str] | None:
    """(the next sentence, its holder) standing in for the bare rebuttal `s`, or None."""
    if not bare(s.text, cue):
        return None
    sents = ctx["sents"][art.id]
    k = next((i for i, t in enumerate(sents) if t.start == s.start), None)
    if k is None or k + 1 >= len(sents):
        return None
    nxt = sents[k + 1]
    who = holder(nxt.text, ctx["res"][art.id], nxt.start)
    if cue.search(nxt.text) or not (who or _FIGURE.search(nxt.text)):
        return None
    return nxt, who or holder(s.text, ctx["res"][art.id], s.start)
