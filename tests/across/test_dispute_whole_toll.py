"""A party's toll that leaves no room for more ("said nobody was killed", "insisted only one
person had died") is a count (across/figures.toll_told) that a report of many dead
contradicts; an unattributed "no one was killed" about some other moment is none (articles we
wrote)."""
from __future__ import annotations

from newsdesk.across.figures import toll_told
from tests.conftest import story_disputes


def test_a_whole_toll_is_read_as_a_count():
    assert toll_told("The port authority said that nobody was killed in the Orla dock fire.") == ((0, 0), "exact")
    assert toll_told("The mayor insisted only one worker had died in the Orla dock fire.") == ((1, 1), "exact")
    assert toll_told("No one was killed in the second blast at the depot.") is None
    assert toll_told("Officials said the death toll stood at 14.") == ((14, 14), "exact")


def test_none_dead_against_many_dead_is_a_toll_dispute():
    a = "The port authority said that nobody was killed in the Orla dock fire on Friday."
    b = "At least 14 dock workers were killed in the Orla dock fire on Friday, the dockers' union said."
    tolls = [d for d in story_disputes(a, b) if d.kind == "count"]
    assert len(tolls) == 1 and {c.article for c in tolls[0].claims} == {"a0", "a1"}
