"""A lower bound of the lead rules out a smaller round count of the same toll
(extract/toll_bound.py via counts.pick), on sentences we wrote."""
from __future__ import annotations

from newsdesk.extract.counts import mentions, pick
from newsdesk.extract.toll_bound import within_bounds


def _said(kind: str, *sentences: str):
    return [m for s in sentences for m in mentions(s) if m.kind == kind]


def _fig(m):
    return (m.count.low, m.count.high)


def test_a_round_count_below_the_leads_bound_is_not_the_toll():
    said = _said("dead", "A car bomb has killed at least 52 people at a crowded bus station.",
                 "Arriving at the scene, the governor announced that the death toll was 50.")
    assert _fig(pick(said)) == (52, None)


def test_the_same_for_the_wounded():
    said = _said("injured", "At least 43 people were wounded in the blast at the fairground.",
                 "The health ministry later said 40 people had been injured.")
    assert _fig(pick(said)) == (43, None)


def test_a_rounding_above_the_bound_still_reads_as_that_toll():
    # "nearly 140" does not contradict "at least 138": the bound stays the precise statement
    said = _said("dead", "Nearly 140 people died in the fire at the depot.",
                 "At least 138 people were killed, officials said on Monday.")
    assert _fig(pick(said)) == (138, None)


def test_a_plain_count_stays_when_no_bound_is_told():
    said = _said("dead", "The governor said 50 people were killed in the bombing.",
                 "Officials said 52 people died in the bombing at the station.")
    assert within_bounds(said) == said
