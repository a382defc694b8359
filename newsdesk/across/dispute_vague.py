"""A figure against a vague quantity for the same group: "troops fought about 12 gunmen" and,
a sentence or two on, "However, residents said there were dozens of fighters".

Why a detector of its own: the count detectors compare numbers, and a word quantity
("dozens", "scores", "hundreds") is no number to them, yet the reporter's contrast opener
says the second source rejects the first one's figure. The signal is generic: a sentence
opened by a contrast ("However", "But") or holding ", however," giving a vague quantity of
a group, attributed to someone, and one of the two sentences before it giving, from another
holder, a figure for a group of the same kind that lies below the vague word's floor
(dozens: 24, scores: 40, hundreds: 200, thousands: 2,000). Not a quarrel: a figure that fits
the vague word ("40 fighters" and "dozens of fighters"), groups of different kinds (the
gunmen and the hostages), and the dead or wounded (tolls are the count detector's).
"""
from __future__ import annotations

import re

from ..extract.quantities import UNITS, VAGUE
from ..model import Article, Dispute
from .disputes import _claim, detector, holder

KINDS = {   # a group's kind: one registry of head nouns, each a side a headcount can be about
    "armed": "gunmen attackers assailants militants fighters rebels insurgents terrorists jihadists members "
             "extremists guerrillas raiders",
    "forces": "soldiers troops police policemen officers commandos",
    "crowd": "protesters demonstrators marchers rioters supporters",
}
LABEL = {"armed": "armed men", "forces": "troops or police", "crowd": "protesters"}
_KIND_OF = {w: k for k, ws in KINDS.items() for w in ws.split()}
_HEAD = "|".join(_KIND_OF)
_N = r"(?:\d[\d,]*|" + "|".join(UNITS) + r"|twenty|thirty|forty|fifty)"
FIGURE = re.compile(rf"(?<![\w-])({_N})\s+(?:(?!of\b|other\b|more\b)[\w-]+\s+){{0,2}}?({_HEAD})\b", re.I)
WORD = re.compile(rf"\b({'|'.join(VAGUE)})\s+of\s+(?:[\w-]+\s+){{0,2}}?({_HEAD})\b", re.I)
OPEN = re.compile(r"^\W*(?:However|But|Yet|Still)\b|,\s+however,", re.I)
_TOLL = re.compile(r"\b(?:killed|dead|died|wounded|injured|hurt|arrested|detained|captured)\b", re.I)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
LOOK_BACK = 2
# the plain "However, residents said ..." whose bare plural the holder reader leaves unnamed
_SAID_BY = re.compile(r"^\W*(?:However|But|Yet|Still),?\s+((?:[\w'’-]+\s+){1,4}?)(?:said|say|says|told|reported|"
                      r"insisted|claimed|maintained)\b", re.I)


def _number(word: str) -> int:
    w = word.lower().replace(",", "")
    return int(w) if w.isdigit() else UNITS.get(w) or _TENS[w]


def vague_group(text: str) -> tuple[int, str] | None:
    """(floor, kind) of the vague quantity a contrast sentence gives for a group, else None."""
    if not OPEN.search(text) or _TOLL.search(text):
        return None
    m = WORD.search(text)
    return (VAGUE[m.group(1).lower()], _KIND_OF[m.group(2).lower()]) if m else None


def figures(text: str) -> list[tuple[int, str]]:
    """(number, kind) of each group the sentence counts with a figure (no tolls)."""
    if _TOLL.search(text):
        return []
    return [(_number(m.group(1)), _KIND_OF[m.group(2).lower()]) for m in FIGURE.finditer(text)]


def _bare(text: str) -> str | None:
    """The bare plural holder of a contrast sentence ("residents"), which `holder` leaves unnamed."""
    m = _SAID_BY.search(text)
    return m.group(1).strip() if m else None


@detector("vague")
def vague(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first contrasted vague quantity with the figure it answers."""
    for art in articles:
        res, sents = ctx["res"][art.id], ctx["sents"][art.id]
        for i, s in enumerate(sents):
            if not (word := vague_group(s.text)) or not (hs := holder(s.text, res, s.start) or _bare(s.text)):
                continue
            floor, kind = word
            for p in reversed(sents[max(0, i - LOOK_BACK):i]):
                low = [n for n, k in figures(p.text) if k == kind and n < floor]
                hp = holder(p.text, res, p.start)
                if low and hp and hp.split()[-1].lower() != hs.split()[-1].lower():
                    return [Dispute(f"how many {LABEL[kind]}: {low[0]} vs {WORD.search(s.text).group(1).lower()}",
                                    [_claim(art, p, hp), _claim(art, s, hs)], "count")]
    return []
