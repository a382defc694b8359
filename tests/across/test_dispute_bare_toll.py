"""A sentence that states only a toll counts the story's dead (across/disputes.py, count): "At
least 12 people were killed and dozens wounded." joins the overall toll dispute though it shares
no word with the other outlets' figures; a word figure ("dozens") names nothing counted
(sentences we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes

A = "At least 40 people were killed when a car bomb hit the Dervan market in Halim on Friday, police said."
B = "The car bomb at the Dervan market in Halim on Friday killed 61 people, the health ministry said."
C = "At least 52 people were killed and dozens wounded."


def _overall(*texts):
    return [d for d in story_disputes(*texts) if d.kind == "count" and d.topic.startswith("overall")]


def test_a_bare_toll_sentence_joins_the_overall_toll():
    a = "A truck bomb outside the Corvin ministry in Velmar killed 31 people on Tuesday, police said."
    b = "At least 12 people were killed and dozens wounded."
    found = [d for d in story_disputes(a, b) if d.topic.startswith("overall death toll")]
    assert found and {c.article for c in found[0].claims} == {"a0", "a1"}


def test_a_bare_toll_sentence_joins_the_overall_toll_dispute_of_two_outlets():
    tolls = _overall(A, B, C)
    assert len(tolls) == 1
    assert {c.article for c in tolls[0].claims} == {"a0", "a1", "a2"}
    assert any(c.span.text == C for c in tolls[0].claims)


def test_two_bare_toll_sentences_that_agree_make_no_dispute():
    assert not _overall("At least 52 people were killed and dozens wounded.",
                        "At least 52 people were killed and dozens more were hurt.")
