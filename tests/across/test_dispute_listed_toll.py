"""A toll told as a group plus the one person with it ("four relief workers and their driver")
or as parts then their whole ("..., in which 14 died") is read whole (extract/toll_listed.py),
so it no longer looks like a smaller rival figure. Sentences are our own."""
from __future__ import annotations

from tests.conftest import story_disputes

GROUP = "An air strike on the aid convoy killed four relief workers and their driver on Monday, officials said."
PARTS = ("Villagers blamed soldiers for the deaths of two men and six children in the raid on the hamlet, "
         "in which 14 people were killed.")


def _tolls(*texts):
    return [d for d in story_disputes(*texts) if d.kind == "count"]


def test_the_group_and_their_driver_agree_with_the_same_toll():
    assert not _tolls(GROUP, "Five relief workers were killed in the air strike on the aid convoy on Monday, the charity said.")


def test_the_group_and_their_driver_still_contest_another_toll():
    ds = _tolls(GROUP, "Seven relief workers were killed in the air strike on the aid convoy on Monday, the charity said.")
    assert ds and "5 vs 7" in ds[0].topic


def test_a_whole_after_its_parts_agrees_with_the_same_toll():
    assert not _tolls(PARTS, "Fourteen people were killed in the raid on the hamlet, the governor said.")


def test_the_toll_at_one_of_the_places_is_no_rival_toll():
    part = ("At the first farmhouse, the soldier gathered 9 bodies of villagers killed in the night raid "
            "and set them alight, neighbours said.")
    assert not _tolls(part, "Sixteen villagers were killed in the night raid on the farmhouses, the governor said.")
    alone = "In one hamlet alone, 30 people were killed in the army's sweep through the valley, witnesses said."
    assert not _tolls(alone, "The army's sweep through the valley killed 85 people, the governor said.")


def test_another_act_or_a_moment_is_no_place_of_the_act():
    from newsdesk.extract.toll_listed import one_place
    assert one_place("At the second site, at least 12 died when the roof fell in.")
    assert not one_place("In another attack, 5 people died at a checkpoint.")
    assert not one_place("At one point, the gunmen held 30 hostages.")
