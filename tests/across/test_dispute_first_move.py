"""Who started the fighting (across/dispute_first_move.py): one account naming the state's forces
as first movers and another naming the other side is a dispute; two words for one side, or a
fight begun by no party, are not (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_first_move import first_mover
from tests.conftest import story_disputes


def _starts(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("who started the fighting")]


def test_each_account_names_its_first_mover():
    assert first_mover("The clashes began when soldiers raided a farmhouse outside the town.") == "state"
    assert first_mover("Fighting broke out after rebel fighters ambushed an army convoy.") == "other"
    assert first_mover("The gunfight erupted after police were fired on by men in a pickup.") == "other"
    assert first_mover("The clashes began when a car bomb went off at the checkpoint.") is None
    assert first_mover("Soldiers raided a farmhouse outside the town on Monday.") is None


def test_opposite_first_movers_make_a_dispute():
    found = _starts("The clashes began when soldiers raided a farmhouse outside the town, the rebels said.",
                    "The army said fighting broke out after rebel fighters ambushed an army convoy.")
    assert len(found) == 1 and len(found[0].claims) == 2


def test_two_words_for_one_side_are_none():
    assert not _starts("The clashes began when soldiers raided a farmhouse outside the town.",
                       "Fighting erupted after troops stormed the farmhouse, a resident said.")
