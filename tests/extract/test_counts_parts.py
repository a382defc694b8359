"""Casualty figures told in parts (extract/grp_counts.py via counts.py): coordinated groups
of victims add up, and one victim told without a number is a toll of one."""
from __future__ import annotations

import pytest

from newsdesk.extract.counts import casualties


def dead(sentence: str):
    d = casualties(sentence)["dead"]
    return (d.low, d.high) if d else None


@pytest.mark.parametrize("sentence,expected", [
    ("Eleven pupils and three teachers were killed when the gunman opened fire.", (14, 14)),
    ("The bomber killed 9 shoppers and two guards outside the market.", (11, 11)),
    ("Four soldiers, and two civilians died in the ambush.", (6, 6)),
])
def test_coordinated_parts_sum(sentence, expected):
    assert dead(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Two boys, 15 and 16, were killed near the park.", None),          # ages, not parts
    ("The blast killed 8 people and wounded 21 others.", (8, 8)),       # two kinds
    ("The bomb killed 5 people and two others were injured.", (5, 5)),
])
def test_lists_that_are_not_parts(sentence, expected):
    assert dead(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Marisol was shot in the chest and died hours later at the hospital.",
    "She was fatally stabbed outside her flat on Tuesday.",
    "Deputies returned fire, killing the gunman.",
])
def test_one_victim_told_without_a_number(sentence):
    assert dead(sentence) == (1, 1)


def test_no_singular_toll_for_nobody_or_a_figure():
    assert dead("Nobody was killed in the fire.") is None
    assert dead("Witnesses said 4 people were killed, including the gunman.") == (4, 4)


def test_a_brawl_that_left_people_stabbed_counts_the_injured():
    got = casualties("A fight at the rally left four people stabbed at the fairground.")
    assert got["injured"] is not None and got["injured"].low == 4
