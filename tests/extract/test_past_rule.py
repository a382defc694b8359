"""One rule for "told as the past" (extract/past.py), shared by the events step (ev_filter)
and the story step (story_dates), on sentences we wrote."""
from __future__ import annotations

from datetime import date

from newsdesk.across.story_dates import background
from newsdesk.extract.ev_filter import past_time
from newsdesk.extract.past import told_as_past

DAY = date(2021, 4, 22)


def test_the_past_by_year_month_day_and_relative_words():
    assert told_as_past("In 2019, he was charged with assault.", DAY)
    assert told_as_past("In the 1950s, the country outlawed amphetamines.", None, 2013)
    assert told_as_past("Militants killed 17 people in January in attacks on a newspaper.", DAY)
    assert told_as_past("Police arrested him on March 2.", DAY)
    assert told_as_past("Early last month, a fire at a warehouse killed nine workers.", DAY)


def test_news_of_the_week_and_comparisons_are_not_the_past():
    assert not told_as_past("Gunmen killed three guards at the harbour gate on Tuesday.", DAY)
    assert not told_as_past("It was the deadliest attack since 2015, killing 40 on Monday.", DAY)
    assert not told_as_past("The attack, on Monday, came a year after last year's bombing.", DAY)
    assert not told_as_past("Police arrested him on April 19, a year after the 2020 riots.", DAY)
    assert not told_as_past("Officials may announce new measures.", DAY)      # the modal


def test_both_steps_use_the_one_rule():
    s = "She lost her son in the Dec. 2012 school shooting."
    assert background(s, None, 2014) == told_as_past(s, None, 2014) is True
    assert past_time(s, None, 2014) is True


def test_a_whole_sentence_leaves_a_past_clause_to_the_story_step():
    s = "The group vowed to protest until the president, toppled in a coup last month, returns."
    assert told_as_past(s, DAY) and not told_as_past(s, DAY, sentence_wide=True)
    s = "The city has been on edge since gunmen attacked the market on January 7, 2021."
    assert told_as_past(s, DAY) and not told_as_past(s, DAY, sentence_wide=True)
