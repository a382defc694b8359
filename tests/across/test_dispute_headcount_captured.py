"""Attackers taken alive, on sentences we wrote: 'troops captured five insurgents' and 'twenty
gunmen were killed and four were captured' count people held, so two sources giving different
figures disagree; hostages seized by the attackers are no such count."""
from __future__ import annotations

from newsdesk.across.dispute_headcount import HELD, counts
from tests.conftest import story_disputes


def test_captured_attackers_are_people_held():
    assert counts("The officer added that soldiers have captured five insurgents near the depot.", HELD) == [5]
    assert counts("Some 20 gunmen were killed and 4 were captured by the commandos.", HELD) == [4]
    assert counts("Two attackers were captured alive, officials said.", HELD) == [2]


def test_hostages_taken_or_a_listed_part_are_no_count():
    assert counts("The gunmen captured 30 workers at the pumping station.", HELD) == []
    assert counts("Ten guards were killed and two gunmen were captured.", HELD) == []


def test_rival_counts_of_captured_attackers_dispute():
    ds = story_disputes(
        "A security official said troops had captured five insurgents at the pumping station on Friday.",
        "The interior minister said 20 insurgents were killed and 2 were captured at the pumping station.")
    hit = [d for d in ds if d.kind == "headcount" and "people held" in d.topic]
    assert hit and "5" in hit[0].topic and "2" in hit[0].topic
