"""Days a sentence names that are not its act's (dates_acts.py), on sentences we wrote: a
report's day beside the act's, a figures stamp, a plan's day, a since-phrase, a statement's
day in the lede, and a background day that the sentences after it go on telling."""
from __future__ import annotations

from types import SimpleNamespace

from newsdesk.extract.dates import date_context, event_date, lede_date
from newsdesk.extract.dates_acts import act_sentence

PUB = "2020-03-10"          # a Tuesday


def test_the_report_day_yields_to_the_act_day_named_later():
    s = "The health ministry announced today that 12 people were killed in the shelling two days ago."
    assert event_date(s, PUB) == "2020-03-08"
    # with no other day, the report's day stays the sentence's day
    assert event_date("The ministry said today that 40 people died.", PUB) == PUB
    # a later day after the report's day is no earlier act
    assert event_date("Officials said on Monday that talks resume tomorrow.", PUB) == "2020-03-09"


def test_a_figures_stamp_and_a_plan_day_date_no_act():
    assert event_date("Updated figures (9 March) show that 30 people died in the floods.", PUB) is None
    assert event_date("The talks, scheduled for March 20, were called off by the rebels.", PUB) is None
    # a day in brackets that is not alone there still counts
    assert event_date("The strike (which began on 9 March) closed the port.", PUB) == "2020-03-09"


def _trig(sentence: str, word: str):
    return SimpleNamespace(start=sentence.index(word))


def test_a_since_phrase_dates_the_start_of_a_period_not_the_act():
    s = "The first bombing since the return of the army to power on March 2 killed four people."
    blanked = act_sentence(s, [_trig(s, "bombing")])
    assert len(blanked) == len(s) and "March" not in blanked
    assert event_date(blanked, PUB) is None
    # the act told inside the since-phrase keeps its day
    s2 = "Crowds have gathered daily since the army seized the palace on March 2."
    assert event_date(act_sentence(s2, [_trig(s2, "seized")]), PUB) == "2020-03-02"
    assert "March" not in act_sentence(s2, [_trig(s2, "gathered")])


def test_a_statement_day_in_the_second_sentence_is_no_lede_day():
    sents = ["Two people were killed in the capital, medics said.",
             "On Thursday, army officials said that they would clear the camp."]
    assert lede_date(sents, PUB) is None
    told = ["Two people were killed in the capital.", "The shooting happened on Sunday night."]
    assert lede_date(told, PUB) == "2020-03-08"
    # a trailing attribution's day is the act's the main clause tells
    trailing = ["Officials say two gunmen attacked the airport.",
                "The attackers opened fire at the entrance, killing 28, officials said Monday."]
    assert lede_date(trailing, PUB) == "2020-03-09"
    # the first sentence's own statement day still dates the lede
    assert lede_date(["Police said on Monday that two men were arrested."], PUB) == "2020-03-09"


def test_a_background_day_goes_on_for_the_sentences_after_it():
    sents = ["Police dispersed the march on Monday.", "The country saw a coup on January 5.",
             "The junta promised elections within a year.", "On Sunday, students marched again."]
    defaults, _before = date_context(sents, PUB)
    assert defaults[:3] == ["2020-03-09", "2020-01-05", "2020-01-05"]
    assert defaults[3] == "2020-03-09"        # a day of its own ends the retelling


def test_a_sentence_in_the_present_ends_the_background():
    sents = ["Police dispersed the march on Monday.", "The president was ousted on January 5.",
             "The army then dissolved parliament.", "Protests have continued since then.",
             "A curfew remains in place."]
    defaults, _before = date_context(sents, PUB)
    assert defaults == ["2020-03-09", "2020-01-05", "2020-01-05", "2020-03-09", "2020-03-09"]


def test_a_bracket_that_glosses_a_weekday_dates_the_act():
    # an abbreviated weekday the reader cannot resolve; the bracket says which day it is
    s = "Masked men stormed the Kelby ferry terminal on Sat night (7 Mar) and beat commuters."
    assert event_date(s, PUB) == "2020-03-07"
    assert lede_date([s, "Police made no arrests."], PUB) == "2020-03-07"
    # a stamp with no weekday before it still dates no act
    assert event_date("The figures (7 Mar) show that nine commuters were hurt.", PUB) is None
