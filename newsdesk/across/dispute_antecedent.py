"""The claim an answer points back at. In "The militia's chief said his men hold no such
missiles. His deputy called photos that showed otherwise 'doctored'. However, a field commander
said the unit had the launcher.", the dispute is the chief's claim against the commander's.

Why: the contrast detector pairs a sentence with the "However, ..." sentence after it; when
that first sentence only answers a claim made just before it ("showed otherwise", "such
claims", "the contrary"), the claim in dispute is the one before, and a reader must see it in
the dispute. The signal is a back-pointing phrase in the first sentence and an attributed
claim in the sentence before it; the answer stays a claim of its own.
"""
from __future__ import annotations

import re

from ..model import Article, Claim, Sentence
from .dispute_holders import holder, own_voice

# a phrase that stands for a claim made before ("evidence that showed otherwise")
POINTS_BACK = re.compile(r"\b(?:otherwise|the contrary|(?:this|that|such|these|those|the)\s+"
                         r"(?:claims?|allegations?|accusations?|assertions?|reports?|suggestions?))\b", re.I)


def points_back(art: Article, sents: list[Sentence], i: int, res) -> list[Claim]:
    """[the claim before sents[i]] when sents[i] answers it, else []."""
    if i < 1 or not POINTS_BACK.search(sents[i].text):
        return []
    prev = sents[i - 1]
    who = holder(prev.text, res, prev.start)
    return [Claim(art.id, who, art.span(prev.start, prev.end))] if who else []
