"""Whose side the armed forces are on: "Guaidó said the opposition was gaining support from
the military" against "Maduro insists he still has the support of the Venezuelan military".

Why a detector of its own: in a coup, mutiny or uprising each camp claims the soldiers for
itself, in sentences that share no contrast word, figure or denial and often sit in
different outlets (or in one article's list of key points), so no other detector pairs them;
yet who the army backs decides the outcome an analyst must judge. Precision first: each
side is an attributed, unhedged claim that the forces back a named beneficiary (a pronoun
is the speaker himself), the two beneficiaries are rivals (not one side by name or camp),
the two holders are not one side, and a line that gives the forces to both camps at once
("the lower ranks back X and the elite backs Y") is a split account, not a side.
"""
from __future__ import annotations

import re

from ..extract.speakers import np_after, subject_before
from ..model import Article, Dispute, Sentence
from .dispute_sides import kin, one_side
from .disputes import _claim, detector, holder

_FORCES = (r"[\"“‘']?(?:the\s+)?(?:[\w'’.-]+\s+){0,5}?(?:military|army|armed\s+forces|troops|soldiers|"
           r"security\s+(?:forces|services)|national\s+guard|generals|officers|ranks)\b")
_WHERE = r"(?:\s+(?:in|from|of|at)\s+(?:the\s+)?[\w'’-]+)?"          # "soldiers in the north"
# "X (still) has the support of the military", "X was gaining support from the army"
HAS_SUPPORT = re.compile(r"\b(?:still\s+)?(?:has|have|had|enjoys?|enjoyed|retains?|retained|keeps?|kept|commands?|"
                         r"(?:is|are|was|were)\s+(?:gaining|winning)|gained|won)\s+(?:the\s+)?(?:full\s+|unwavering\s+|"
                         r"continued\s+|growing\s+)?(?:support|backing|loyalty|allegiance)\s+(?:of|from)\s+" + _FORCES,
                         re.I)
# "the armed forces remain loyal to X", "soldiers have defected to X"
BACKS = re.compile(_FORCES + _WHERE + r"\s+(?:have\s+|has\s+|had\s+)?"
                   r"(?:remain(?:s|ed)?|stay(?:s|ed)?|(?:is|are|was|were))\s+(?:still\s+|firmly\s+)?"
                   r"(?:loyal\s+to|on\s+the\s+side\s+of)\s+"
                   r"|" + _FORCES + _WHERE + r"\s+(?:have\s+|has\s+|had\s+)?(?:defected\s+to|sided\s+with|"
                   r"switched\s+(?:sides|allegiance)\s+to|rallied\s+(?:to|behind))\s+", re.I)
_HEDGE = re.compile(r"\b(?:not|no\s+longer|never|n't|if|unless|whether|would|could|may|might|hop\w+|"
                    r"call\w*|urg\w+|invit\w+|ask\w*)\b", re.I)
_PRONOUN = {"he", "she", "they", "we", "i"}
_VOID = {"it", "this", "that", "which", "who", "there"}
MAX_SIDE = 3
_PRO = re.compile(r"^(?:Pro|Anti)-(?=[A-Z])")     # "Pro-Juan Guaidó" (officers) names the man, not a speaker


def _lines(s: Sentence) -> list[Sentence]:
    """A sentence's lines: a list of key points is read point by point."""
    out, pos = [], 0
    for part in re.split(r"(\n|•)", s.text):
        if part.strip() and part not in ("\n", "•"):
            lead = len(part) - len(part.lstrip())
            out.append(Sentence(s.start + pos + lead, s.start + pos + len(part.rstrip()), part.strip()))
        pos += len(part)
    return out


# words each match of HAS_SUPPORT or BACKS holds (the forces, and the backing): tested first,
# as both patterns are tried at every position of every line of a story
_FORCES_CUE = re.compile(r"military|army|armed|troops|soldiers|security|guard|generals|officers|ranks", re.I)
_BACKING_CUE = re.compile(r"support|backing|loyal|allegiance|side|defected|switched|rallied", re.I)


def _beneficiaries(text: str) -> list[str]:
    """Who the forces are said to back in one line, with hedged or negated claims left out."""
    out = []
    if not (_BACKING_CUE.search(text) and _FORCES_CUE.search(text)):
        return out
    for m in HAS_SUPPORT.finditer(text):
        sub = subject_before(text[:m.start()])
        if sub and sub[0].lower() not in _VOID and not _HEDGE.search(text[max(0, m.start() - 30):m.start()]):
            out.append(sub[0])
    for m in BACKS.finditer(text):
        np = np_after(text[m.end():])
        if np and not _HEDGE.search(text[max(0, m.start() - 30):m.end()]):
            out.append(np[0])
    return out


def _claims(art: Article, ctx: dict) -> list[tuple]:
    """(article, line, holder, beneficiary) of each attributed line giving the forces to one camp."""
    res, out = ctx["res"][art.id], []
    for s in ctx["sents"][art.id]:
        for line in _lines(s):
            if line.text[:1] in "\"“‘'":
                continue
            found = _beneficiaries(line.text)
            who = _PRO.sub("", holder(line.text, res, line.start) or "") if found else None
            if not who:
                continue
            named = {who if b.lower() in _PRONOUN else b for b in found}
            if len(named) == 1:                   # both camps in one line: a split account, no side
                out.append((art, line, who, named.pop()))
    return out


def _label(b: str, h: str) -> str:
    """The camp, with who says so when another voice claims the forces for it."""
    return b if b == h else f"{b} ({h})"


@detector("allegiance")
def allegiance(articles: list[Article], ctx: dict) -> list[Dispute]:
    found = [c for art in articles for c in _claims(art, ctx)]
    for i, c1 in enumerate(found):
        for c2 in found[i + 1:]:
            (_, _, h1, b1), (_, _, h2, b2) = c1, c2
            if b1 == b2 or kin(b1, b2) or h1 == h2 or one_side(h1, h2):
                continue
            sides = [c1, c2]
            for c in found:                   # more holders giving the forces to one of the two
                if c not in sides and len(sides) < 2 * MAX_SIDE and \
                        sum(kin(c[3], r[3]) or one_side(c[2], r[2]) for r in (c1, c2)) == 1:
                    sides.append(c)
            return [Dispute(f"whose side the forces are on: {_label(b1, h1)} vs {_label(b2, h2)}",
                            [_claim(a, s, h) for a, s, h, _ in sides], "claim")]
    return []
