"""Whether every attacker died (across/dispute_all_dead.py): "all N attackers died" in one outlet
against some of them still at large in another is a dispute; a part of the crew killed, a hedge,
another subject's flight, or both accounts in one article are not (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_all_dead import all_dead, some_free
from tests.conftest import story_disputes


def _fates(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("whether all the attackers died")]


def test_each_side_is_read():
    assert all_dead("A police spokesman said all six militants died in the raid on the depot.")
    assert all_dead("All the assailants were killed by noon, the governor said.")
    assert some_free("Two of the masked gunmen who fired on the convoy remain at large.")
    assert some_free("Several attackers escaped through the back of the warehouse.")
    assert some_free("It was not clear whether other gunmen were still at large.")     # a doubt that all were caught


def test_near_misses_are_not_read():
    assert not all_dead("Three of the militants were killed in the raid.")          # a part, no "all"
    assert not all_dead("Police said all hostages were freed and the gunmen killed.")
    assert not some_free("Officials said two of the gunmen may have fled across the river.")   # a hedge
    assert not some_free("Two gunmen opened fire and the terrified crowd fled.")         # the crowd fled
    assert not some_free("None of the attackers escaped, the army said.")


def test_all_dead_against_some_free_in_another_outlet():
    found = _fates("A police spokesman said all six militants died in the raid on the depot.",
                   "Two of the masked gunmen who fired on the convoy remain at large, residents said.")
    assert len(found) == 1 and len(found[0].claims) == 2


def test_both_in_one_article_is_none():
    assert not _fates("A police spokesman said all six militants died in the raid on the depot. "
                      "Two of the masked gunmen who fired on the convoy remain at large, residents said.")
