"""A page that keeps the earlier version of its report below the update (ev_group_copy.py,
ev_group_risen.py): the lower copy's older toll is the same act, not a second one. Sentences
written for these tests."""
from __future__ import annotations

from newsdesk.extract.ev_group_copy import copy_start
from tests.conftest import assault_mentions

TOP = ["Jets struck a busy market in the province of Tarsa on Sunday, killing at least 26 people, a monitoring group said.",
       "The government could not be reached for comment on the strike, the agency added in its report.",
       "Local officials said many of the wounded were taken by boat to the district hospital."]
OLD = ["Air strikes kill 9 in Tarsa",
       "Air strikes killed at least nine people and wounded dozens in the province of Tarsa on Sunday, the group said.",
       "The government could not be reached for comment on the strike, the agency added in its report.",
       "Local officials said many of the wounded were taken by boat to the district hospital."]


def test_the_older_copy_starts_after_the_last_sentence_it_repeats():
    assert copy_start(TOP + OLD) == 3


def test_a_headline_restated_by_its_lede_or_one_repeat_is_no_copy():
    assert copy_start(OLD[:2]) is None
    assert copy_start(TOP + ["An aid group said it was sending supplies to the hospital."] + TOP[1:2]) is None


def test_the_older_copys_toll_stays_with_the_updated_act():
    ms = assault_mentions(" ".join(TOP + ["(Updated)", OLD[0] + "."] + OLD[1:]), "2031-05-06")
    assert len(ms) == 1 and ms[0].dead.low == 26
    assert any("at least nine" in s.text for s in ms[0].extra_spans)
