"""Who is to blame for the violence: "the interior minister blamed the clashes on the regional
government" in one outlet against "the regional leader said responsibility for the bloodshed
lies with the interior minister" in another.

Why a detector of its own: `dispute_blame` reads rival blame for a broken pact and `culprit`
the doer of an attack, but when a crackdown or a riot is the story, each government blames the
other for the violence with plain blame frames ("blamed X on Y", "blamed Y for X", "the
responsibility for X lies with Y", "held Y responsible for X"), and the two sentences share
neither a contrast opener nor a denial. The test is `dispute_blame.rivals`: each holder blames a
named party outside its own side, the blamed parties differ, and one holder is of the side the
other blames (the accused answering back). What is blamed must be violence or its harm, so
blame for a policy, a loss or a delay makes no dispute here.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_blame import _party, rivals
from .dispute_culprit import claim_holder
from .dispute_sides import kin
from .disputes import _claim, detector

_HARM = (r"(?:the\s+|today['\u2019]s\s+|this\s+|these\s+|last\s+\w+['\u2019]s\s+)?(?:\w+\s+){0,2}?"
         r"(?:violence|violent\s+scenes|unrest|clashes|riots?|bloodshed|chaos|deaths|killings?|injuries|damage|"
         r"crackdown|brutality)\b")
# the blamed party ends at a clause break, "for"/"on" or a coordination that adds another of one side
_NP = r"((?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,5}?)(?=\s*[,.;:]|\s+(?:for|and|who|which|over|after)\b|\s*$)"
FRAMES = [
    re.compile(r"\bblam(?:ed|es|ing)\s+" + _HARM + r"\s+on\s+" + _NP, re.I),
    re.compile(r"\bblam(?:ed|es|ing)\s+" + _NP + r"\s+for\s+" + _HARM, re.I),
    re.compile(r"\bresponsibility\s+for\s+" + _HARM + r"\s+(?:\w+\s+)?(?:lies|lay|rests|rested)\s+with\s+" + _NP, re.I),
    re.compile(r"\bheld\s+" + _NP + r"\s+responsible\s+for\s+" + _HARM, re.I),
]
_LINK = re.compile(r"\b(?:of|for|at|in|from|near)\b", re.I)   # "X of the government": both name the side
_NOT_ASSERTED = re.compile(r"\b(?:not|never|no|n['\u2019]t|den(?:y|ied|ies|ying)|reject\w*|if|whether)\b[^,;]{0,40}$",
                           re.I)


def _blame(text: str) -> re.Match | None:
    """The blame frame of a sentence that asserts blame for violence."""
    for frame in FRAMES:
        m = frame.search(text)
        if m and not _NOT_ASSERTED.search(text[:m.start()]):
            return m
    return None


def _blamed(text: str) -> str | None:
    """The party a sentence blames for violence, when it asserts the blame."""
    m = _blame(text)
    return _party(m.group(1)) if m else None


def _described(held: str, text: str, m: re.Match) -> str:
    """The holder with the words just before the blame ("Mara Lind of the regional government
    said", "the country's interior minister, Oskar Dahl,"): whose side the holder speaks for."""
    lead = _LINK.sub(" ", " ".join(text[:m.start()].split()[-12:]))
    return f"{held} {lead}"


@detector("fault")
def fault(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first rival pair, with more holders of either account."""
    found = []
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            if s.text[:1] in "\"\u201c\u2018'":
                continue
            m = _blame(s.text)
            who = _party(m.group(1)) if m else None
            held = _party(claim_holder(s.text, res, s.start)) if who else None
            if held and not kin(_described(held, s.text, m), who):
                found.append((art, s, _described(held, s.text, m), who, held))
    for i, c1 in enumerate(found):
        for c2 in found[i + 1:]:
            if c1[1] is c2[1] or not rivals(c1[:4], c2[:4]):
                continue
            claims = [c1, c2] + [c for c in found if c not in (c1, c2) and (kin(c[3], c1[3]) or kin(c[3], c2[3]))]
            return [Dispute(f"who is to blame for the violence: {c1[3]} ({c1[4]}) vs {c2[3]} ({c2[4]})",
                            [_claim(a, s, h) for a, s, _, _, h in claims[:6]], "responsibility")]
    return []
