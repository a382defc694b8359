"""A common-noun holder is not read as a name from its sentence's opening adverbial
(across/dispute_holders._fronted_name): the time or medium there is no speaker."""
from __future__ import annotations

from newsdesk.across.dispute_holders import holder
from newsdesk.extract.resolver import resolver_for


def _holder(text: str) -> str | None:
    return holder(text, resolver_for(text), 0)


def test_a_day_in_the_opening_phrase_is_no_holder():
    assert _holder("In a statement on Friday, the presidency said the mutineers had given up.") == "the presidency"


def test_a_platform_in_the_opening_phrase_is_no_holder():
    text = "In a post on Quillnet, which was renamed Q, the army said it controlled the airport."
    assert _holder(text) == "the army"


def test_a_figure_opening_the_sentence_is_no_adverbial():
    from newsdesk.across.dispute_holders import _fronted_name
    text = "At least 12 people died in a blaze in Portvale, the fire service said."
    res, at = resolver_for(text), text.index("the fire service")
    assert not _fronted_name("the fire service", "Portvale", res, at, 0)
    other = "In a blaze in Portvale, the fire service said 12 people died."
    assert _fronted_name("the fire service", "Portvale", resolver_for(other), other.index("the fire"), 0)
