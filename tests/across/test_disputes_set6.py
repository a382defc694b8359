"""Dispute noise met on unseen set 6 (session 10), on texts of our own. The toll of the period
before the news is no figure for the story's toll (across/figures.py PRIOR_PERIOD): "The
mutiny followed a 15-day protest ..., during which at least 20 people were killed" against
another outlet's "at least five soldiers were killed" made a noise dispute (Burundi 2015).
A one-sentence dispute's holder drops the time of saying (across/dispute_inline.py)."""
from __future__ import annotations

from tests.conftest import story_disputes

PRIOR = ("The mutiny in Velm followed a 15-day protest against the governor, during which at least "
         "20 people were killed. The rebels said they had taken the radio station in Velm.")
FIGHT = ("At least five soldiers were killed in clashes over the mutiny in Velm on Thursday. "
         "The rebels said they had taken the radio station in Velm.")


def _count_topics(*texts):
    return [d.topic for d in story_disputes(*texts) if d.kind == "count"]


def test_a_preceding_periods_toll_disputes_nothing():
    assert _count_topics(PRIOR, FIGHT) == []


def test_two_tolls_of_the_mutiny_still_dispute():
    other = FIGHT.replace("five soldiers", "12 soldiers")
    assert _count_topics(other, FIGHT)


def test_a_holder_keeps_no_time_of_saying():
    from newsdesk.across.dispute_inline import _party
    assert _party("the Velm army last night said it was investigating", None, 0) == "Velm army"
    assert _party("The Sunday Times said the army fired", None, 0) == "Sunday Times"


RECALL = ("A van ploughed into a crowded night market in Velm on Monday, killing 12 people. "
          "The scenes revived memories of the summer attack on the Tessa promenade, where 40 people were killed.")
FIRST = "A van ploughed into a crowded night market in Velm on Monday, killing 12 people."


def test_the_toll_of_a_recalled_attack_disputes_nothing():
    """Set 7 (Berlin): a wire copy's 'revived memories of the July 14 truck assault in Nice,
    where 86 people were killed' stood as an 86 against the market attack's 9 and 12."""
    assert _count_topics(RECALL, FIRST) == []
    assert _count_topics(RECALL, FIRST.replace("12 people", "nine people"))
