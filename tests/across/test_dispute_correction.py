"""An early report is set against the article's later account (disputes.correction) only
when the two share the story's words: not a sentence recalling an older act, and not
the report cue itself ('reports' / 'reported')."""
from __future__ import annotations

from datetime import date

from newsdesk.across.dispute_background import background, report_day
from newsdesk.model import Article
from tests.conftest import story_disputes


def _corrections(*texts: str) -> list:
    return [d for d in story_disputes(*texts) if d.topic.startswith("earlier report")]


def test_an_older_act_is_no_later_account():
    text = ("Masked men stormed a ferry terminal in Portvale on Sunday, the port authority said. "
            "Northern Brigades bombed a bus depot in the capital in May last year. "
            "First reports on Sunday called the raiders Northern Brigades, a group long hunted by police.")
    assert not _corrections(text)


def test_the_report_cue_is_no_shared_word():
    text = ("Masked men stormed a ferry terminal in Portvale on Sunday. "
            "The coastal radio reported that the state ferry line suspended its crossings. "
            "Earlier reports on Sunday named the raiders as Brigade fighters, a state militia.")
    assert not _corrections(text)


def test_a_later_account_still_answers_the_early_report():
    text = ("Police now say a single gunman opened fire at the ferry terminal. "
            "Initial reports said two gunmen had opened fire at the terminal.")
    assert len(_corrections(text)) == 1


def test_background_is_judged_against_the_articles_day():
    art = Article(id="a", raw="", text="", published="2031-06-10")
    assert report_day(art) == date(2031, 6, 10)
    assert background("The depot was bombed two years ago.", art)
    assert not background("The depot was bombed on Sunday.", art)
    assert report_day(Article(id="b", raw="", text="")) is None
