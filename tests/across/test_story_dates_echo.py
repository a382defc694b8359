"""An undated breaking report that names no day takes the day a dated follow-up gives the
act its lede tells (across/story_dates_echo.py; articles we wrote)."""
from __future__ import annotations

from datetime import date

from newsdesk.across.story_dates_echo import echoed_day
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def _art(i: str, text: str) -> Article:
    return sentences_step(Article(id=i, raw=text, text=text))


FOLLOW_UP = _art("dated", (
    "A deputy plot leader said the takeover in Tessaly had failed. "
    "On Tuesday, General Ilse Marn, a former army chief of Tessaly, announced that she had "
    "removed President Mora and dissolved the parliament. "
    "Mora flew home on Wednesday and thanked loyal troops."))
DATED = [(FOLLOW_UP, date(2022, 3, 3))]      # a Thursday


def test_the_breaking_report_takes_the_day_of_the_act_it_tells():
    breaking = _art("b", (
        "General Ilse Marn announced that the army had removed President Mora. "
        "The former army chief said the parliament of Tessaly was dissolved. "
        "Crowds gathered in the capital."))
    assert echoed_day(breaking, DATED) == date(2022, 3, 1)


def test_one_matching_sentence_is_not_enough():
    loose = _art("l", ("Tessaly's army chief Ilse Marn spoke to crowds. "
                       "Prices of bread rose again in the markets. Schools were closed."))
    assert echoed_day(loose, DATED) is None
