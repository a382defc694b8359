"""Tolls told as a listing (extract/toll_listed.py): a group and the one person told with it
("three engineers and their interpreter") count that person too, and a whole told after its
parts ("..., in which 14 people died") is the toll. Sentences are our own."""
from __future__ import annotations

from newsdesk.extract.counts import casualties


def dead(s: str):
    c = casualties(s)["dead"]
    return (c.low, c.high) if c else None


def test_a_group_and_their_helper_counts_one_more():
    assert dead("Two engineers and their interpreter were killed when the convoy hit a mine.") == (3, 3)
    assert dead("A drone strike killed three relief workers and their local driver near the border.") == (4, 4)
    assert dead("Five soldiers and their translator died in the ambush, the ministry said.") == (6, 6)
    assert dead("Nine pupils and their teacher perished when the roof gave way.") == (10, 10)


def test_a_group_and_one_other_person_counts_one_more():
    assert dead("Two Danish tourists and a Kenyan guide have died, police said.") == (3, 3)
    assert dead("Four medics and a nurse were killed in the shelling.") == (5, 5)
    assert dead("Militants killed four policemen and a civilian at a checkpoint.") == (5, 5)
    assert dead("At least six villagers and a local imam were killed overnight.") == (7, None)


def test_the_one_person_in_another_state_or_no_group_is_not_added():
    assert dead("The shelling killed two soldiers and a child was wounded.") == (2, 2)
    assert dead("Gunmen killed 14 villagers and wounded a teacher on Sunday.") == (14, 14)
    assert dead("Two of them and a boy died.") != (3, 3)
    assert dead("Three militants and one soldier were killed in the firefight.") == (4, 4)


def test_a_whole_told_after_its_parts_is_the_toll():
    assert dead("Troops were blamed for the deaths of two men and six children in a raid on the hamlet, "
                "in which 14 people were killed.") == (14, 14)
    assert dead("Gunmen stormed the village, killing five men, two women and eight children, "
                "an assault in which 15 people were killed.") == (15, 15)
    assert dead("The army said the raid, during which at least 30 people died, killed four commanders.") == (30, None)


def test_a_recalled_act_in_the_relative_clause_stays_apart():
    assert dead("Troops killed 6 fighters a week after an ambush in which 20 soldiers were killed.") == (6, 6)
    assert dead("The raid killed 12 insurgents, in which 3 soldiers also died.") == (12, 12)


def _whole(s: str) -> list:
    return [m.count.low for m in casualties(s)["mentions"] if m.kind == "dead" and not m.subgroup]


def test_the_attackers_an_act_killed_are_its_whole_toll():
    assert _whole("Police said a crowd killed three of the bombers as they tried to flee.") == [3]
    assert _whole("Troops shot dead two of the gunmen at the gate.") == [2]


def test_a_part_of_the_dead_or_beside_the_victims_stays_a_part():
    assert _whole("Rescuers said four of the dead were children.") == []
    assert _whole("Police shot dead two of the gunmen, who had killed 14 shoppers.") == [14]


def test_a_whole_with_a_commaless_including_aside_is_read():
    assert dead("At least 40 people including six policemen were killed in the raid on the market.") == (40, None)
    assert dead("More than 25 villagers including women and children were killed overnight.") == (25, None)
    assert _whole("At least 40 people including six policemen were killed in the raid.") == [40]


def test_an_including_aside_beside_another_fate_is_no_toll():
    assert dead("The 12 passengers including the pilot have been rescued.") is None
