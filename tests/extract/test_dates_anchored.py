"""Acts told as earlier than another (dates_anchored.py), on sentences we wrote: an
after-clause with a verb of its own, a sentence that opens set back ("Only hours earlier"),
a past perfect clause ending "the day before"; none of them takes the sentence's or the
lede's day, and a set-back opening is no lede."""
from __future__ import annotations

from types import SimpleNamespace

from newsdesk.extract.dates import date_expressions
from newsdesk.extract.dates_anchored import act_day, anchored_earlier, lede_view
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def _trig(sentence: str, word: str):
    i = sentence.index(word)
    return SimpleNamespace(start=i, end=i + len(word), text=word)


def _earlier(sentence: str, word: str) -> bool:
    return anchored_earlier(sentence, [_trig(sentence, word)], date_expressions(sentence))


def test_an_after_clause_act_came_before_the_main_act():
    assert _earlier("The junta took over after the envoy met the premier for a third time.", "met")
    assert _earlier("The vote went ahead on Friday after the envoy met the premier.", "met")
    assert _earlier("He resigned after meeting the king in private.", "meeting")
    # a day inside the clause is its own; an act noun after "after" is the story's act
    assert not _earlier("The vote went ahead after the envoy met the premier on Thursday.", "met")
    assert not _earlier("Protests spread after the killing of the mayor.", "killing")
    assert not _earlier("Protests spread after a brutal killing of the mayor.", "killing")
    # the main clause's own act keeps its day
    assert not _earlier("The junta took over after the envoy met the premier.", "took over")


def test_a_sentence_set_back_from_an_unnamed_time_gets_no_day():
    assert _earlier("Only hours earlier, rebels stormed the depot and read a statement.", "stormed")
    assert _earlier("Earlier, the governor had said he backed the plan.", "backed")
    assert _earlier("She had phoned the minister the day before, aides said.", "phoned")
    # "insisting two days earlier" sets back another verb than the trigger's
    assert not _earlier("Envoys regret that the army seized power despite insisting two days earlier "
                        "it would not.", "seized")
    assert not _earlier("Only hours earlier, on Sunday, rebels stormed the depot.", "stormed")


def test_act_day_moves_or_clears_the_day():
    s = "The strike came two days after the envoy met the premier."
    assert act_day(s, [_trig(s, "met")], "2020-03-10", 3) == ("2020-03-08", 3)
    s = "The strike came after the envoy met the premier."
    assert act_day(s, [_trig(s, "met")], "2020-03-10", 1) == (None, 0)
    assert act_day(s, [_trig(s, "strike")], "2020-03-10", 1) == ("2020-03-10", 1)


def test_a_set_back_opening_is_no_lede():
    got = lede_view(["Only hours earlier, rebels stormed the depot.", "Reports on Monday said so."])
    assert got == ["", "Reports on Monday said so."]
    text = ("Only hours earlier, rebels stormed the state radio in Ostra and called for a strike.\n\n"
            "Reports on Monday afternoon said the army had arrested ten rebels in Ostra.")
    art = events_step(sentences_step(Article(id="t", raw=text, text=text, published="2026-04-22")))
    assert art.mentions and all(m.date != "2026-04-22" for m in art.mentions)


def test_an_apposed_name_does_not_end_the_after_clause_and_a_participle_is_no_verb():
    assert _earlier("The coup came after the special envoy to the region, Ann Dorn, met the premier.", "met")
    assert not _earlier("The city stays on alert after a series of raids on its soil blamed on rebels.", "blamed")
    assert not _earlier("The city stays on alert after raids blamed not only on rebels but on bandits.", "blamed")
    assert _earlier("The coup came after the U.S. envoy met the premier.", "met")


def test_a_weekday_placed_in_another_month_gives_no_day():
    s = "The state of emergency followed raids that killed 12 on Easter Sunday in April 2019."
    assert act_day(s, [_trig(s, "killed")], "2019-11-17", 1) == (None, 0)
    s = "The raids killed 12 on Sunday in Ostra."
    assert act_day(s, [_trig(s, "killed")], "2019-11-17", 3) == ("2019-11-17", 3)
