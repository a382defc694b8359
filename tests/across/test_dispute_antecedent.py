"""The claim an answer points back at (across/dispute_antecedent.py): when the sentence before
a "However, ..." sentence only answers an earlier claim ("showed otherwise"), that earlier claim
joins the contrast dispute; with no back-pointing phrase it does not (sentences we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes

CLAIM = "A militia spokesman, Ivo Krell, said his fighters do not hold the Parna airfield."
ANSWER = "The militia's chief, Oleg Varn, described footage that showed otherwise as \"fake\"."
HOWEVER = "However, a militia officer said his men had taken the Parna airfield on Monday."


def _texts(d):
    return [" ".join(c.span.text.split()) for c in d.claims]


def test_the_claim_answered_joins_the_contrast():
    found = [d for d in story_disputes(" ".join([CLAIM, ANSWER, HOWEVER])) if HOWEVER in _texts(d)]
    assert found and CLAIM in _texts(found[0]) and ANSWER in _texts(found[0])


def test_no_back_pointer_no_earlier_claim():
    plain = "The militia's chief, Oleg Varn, insisted the airfield was never attacked."
    found = [d for d in story_disputes(" ".join([CLAIM, plain, HOWEVER])) if HOWEVER in _texts(d)]
    assert found and CLAIM not in _texts(found[0])
