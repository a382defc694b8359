"""Headcount reads "N unidentified men stormed ..." as the crew (across/dispute_headcount.py):
sources that differ on it disagree on how many attacked (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_headcount import ATTACKERS, counts
from tests.conftest import story_disputes


def test_unidentified_men_who_act_are_the_crew():
    assert counts("Four unidentified men stormed the stadium stands on Friday, the agency reported.", ATTACKERS) == [4]
    assert counts("Four unidentified men were seen near the stadium on Friday.", ATTACKERS) == []


def test_unidentified_men_against_another_count_is_a_dispute():
    found = [d for d in story_disputes(
        "Four unidentified men stormed the stadium stands on Friday, the agency reported.",
        "Two gunmen on a scooter carried out the shooting at the stadium, the provincial police chief said.")
        if d.topic.startswith("number of attackers")]
    assert len(found) == 1
