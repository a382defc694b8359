"""A sentence that states only a toll counts the story's dead (across/disputes.py, count): "At
least 22 people were killed and dozens wounded." joins the overall toll dispute though it shares
no word with the other outlets' figures; a word figure ("dozens") is no topic (sentences we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes


def test_a_bare_toll_sentence_joins_the_overall_toll():
    a = "A truck bomb outside the Corvin ministry in Velmar killed 31 people on Tuesday, police said."
    b = "At least 12 people were killed and dozens wounded."
    found = [d for d in story_disputes(a, b) if d.topic.startswith("overall death toll")]
    assert found and {c.article for c in found[0].claims} == {"a0", "a1"}
