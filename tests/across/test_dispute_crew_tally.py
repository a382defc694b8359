"""Rival tallies of an attacking crew's fates across outlets (across/dispute_crew_tally.py):
killed / held / got away counts of one crew that differ. Sentences are our own."""
from __future__ import annotations

from newsdesk.across.dispute_crew_tally import tally
from tests.conftest import story_disputes

ARMY = "Commandos killed 14 of the raiders, caught two and believe four others got away, the army said."
AGENCY = "Nine raiders were killed but eleven others escaped, a local news agency said."


def test_a_tally_reads_each_fate():
    assert tally(ARMY) == {"killed": 14, "held": 2, "away": 4}
    assert tally(AGENCY) == {"killed": 9, "away": 11}
    assert tally("Police said six attackers were shot dead, two were captured alive and one fled.") == \
        {"killed": 6, "held": 2, "away": 1}


def test_a_teen_number_word_is_read_whole():
    assert tally("Troops killed sixteen of the raiders, caught two and say three more fled.") == \
        {"killed": 16, "held": 2, "away": 3}
    assert tally("Fourteen gunmen were killed and seven were captured.") == {"killed": 14, "held": 7}


def test_victims_and_lone_fates_are_no_tally():
    assert not tally("The raiders killed five villagers and two of them were arrested later.")
    assert not tally("Police killed 20 villagers and arrested three.")
    assert not tally("Three gunmen were killed.")
    assert not tally("The gunmen killed five and wounded 12 before fleeing.")
    assert not tally("One agency said 30 captives and 12 raiders had been killed, another that nine "
                     "captives had died and 20 had escaped.")


def test_two_outlets_tallies_that_differ_are_a_dispute():
    ds = [d for d in story_disputes(ARMY, AGENCY) if "tallies" in d.topic]
    assert ds and {c.article for c in ds[0].claims} == {"a0", "a1"}


def test_two_outlets_telling_one_tally_dispute_nothing():
    same = "The army said 14 raiders were killed, two were arrested and four others escaped."
    assert not [d for d in story_disputes(ARMY, same) if "tallies" in d.topic]
