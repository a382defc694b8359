"""Who did it, told two ways (across/dispute_culprit.py), on short texts we wrote."""
from __future__ import annotations

from newsdesk.across.dispute_culprit import culprit
from tests.conftest import story_disputes


def test_culprit_is_read_from_agent_blame_and_blamed_for():
    assert culprit("Officials said the ferry was attacked near the coast by insurgents on Monday.") == "insurgents"
    assert culprit("The rebels insisted that army units were to blame.") == "army units"
    assert culprit("The mayor blamed local militias for the fire.") == "local militias"
    assert culprit("The ferry sank in the storm.") is None


def test_each_camp_naming_the_other_is_a_dispute():
    a = "Interior ministry officials said the convoy was attacked by separatist rebels near the pass."
    b = "Later the rebels insisted that government troops were to blame for the ambush."
    found = [d for d in story_disputes(a, b) if d.topic.startswith("who did it")]
    assert len(found) == 1
    assert {c.article for c in found[0].claims} == {"a0", "a1"}


def test_one_sided_or_same_camp_blame_is_no_dispute():
    a = "Interior ministry officials said the convoy was attacked by separatist rebels near the pass."
    b = "Police officers said the rebels were behind the ambush."
    assert not [d for d in story_disputes(a, b) if d.topic.startswith("who did it")]
