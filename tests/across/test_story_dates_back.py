"""An undated report from the first week of an act takes that week, not the day of the
story's late dated article (across/story_dates_back.py; articles we wrote)."""
from __future__ import annotations

from datetime import date, timedelta

from newsdesk.across.story_dates_back import earlier_report_day
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def _art(i: str, text: str) -> Article:
    return sentences_step(Article(id=i, raw=text, text=text))


LATE = _art("late", (
    "Officials in Valdora say they hold recordings that show the missing envoy was detained. "
    "Mr Arven, a critic of the Marland government, has not been seen since he entered the "
    "embassy in Valdora on 8 March. "
    "Marland's interior minister dismissed the claims."))
REF = date(2022, 3, 19)                    # a Saturday; 8 March 2022 was a Tuesday
DATED = [(LATE, REF)]


def _fits(day: date) -> bool:
    return day >= REF - timedelta(days=3)  # story_dates._fits for a story with no event days


def _day(text: str) -> date | None:
    return earlier_report_day(_art("u", text), REF, DATED, _fits, 6)


def test_the_first_weeks_report_is_placed_in_that_week():
    early = ("Marland on Sunday denied reports that Mr Arven had been detained. "
             "Mr Arven disappeared on Tuesday after he entered the embassy in Valdora.")
    assert _day(early) == date(2022, 3, 14)     # the last day "Tuesday" still names 8 March


def test_weekdays_that_fit_the_reference_day_change_nothing():
    assert _day("Mr Arven's lawyer met the ambassador in Valdora on Friday.") is None


def test_another_weekday_than_the_stated_act_changes_nothing():
    assert _day("Mr Arven disappeared on Monday after he entered the embassy in Valdora.") is None


def test_a_sentence_about_something_else_changes_nothing():
    assert _day("Farmers in the north protested against fuel prices on Tuesday.") is None
