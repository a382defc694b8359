"""An earlier act's clause goes on past a comma (dates_anchored.py), on sentences we wrote:
a since-clause tells the earlier act the main one is measured against, and a relative
clause or a participle after the comma tells that same earlier act; none takes the day the
main clause names or the lede's."""
from __future__ import annotations

from types import SimpleNamespace

from newsdesk.extract.dates import date_expressions
from newsdesk.extract.dates_anchored import act_day, anchored_earlier


def _trig(sentence: str, word: str):
    i = sentence.index(word)
    return SimpleNamespace(start=i, end=i + len(word), text=word)


def _earlier(sentence: str, word: str) -> bool:
    return anchored_earlier(sentence, [_trig(sentence, word)], date_expressions(sentence))


RECALLED = ("Tuesday's ferry fire was the worst since a tanker exploded off Port Alma in the spring, "
            "which the harbour board blamed on the Ostra crew.")
AFTER = "The raid came a fortnight after militiamen stormed a border post, killing six guards."


def test_a_relative_clause_on_the_since_clause_tells_the_earlier_act():
    assert _earlier(RECALLED, "blamed")
    assert _earlier(RECALLED, "exploded")
    assert act_day(RECALLED, [_trig(RECALLED, "blamed")], "2030-03-12", 3) == (None, 0)


def test_a_participle_goes_on_telling_the_after_clause_act():
    assert _earlier(AFTER, "stormed")
    assert _earlier(AFTER, "killing")


def test_the_main_clause_keeps_its_day():
    assert not _earlier(RECALLED, "fire")
    assert not _earlier(AFTER, "raid")
    s = "Gunmen stormed the Ostra market on Saturday, killing nine traders."
    assert not _earlier(s, "killing")              # no earlier clause: the participle is the act's
    s = "After rebels seized the depot, the army shelled the town."
    assert not _earlier(s, "shelled")              # the main clause after the comma is not the clause's


def test_a_day_inside_the_earlier_clause_is_its_own():
    s = "The strike was the largest since dockers walked out on March 3, which halted the port."
    assert not _earlier(s, "walked out")
    s = "The fire spread after a fuel depot was targeted in attacks blamed on the militia."
    assert not _earlier(s, "blamed")               # a participle on a noun, not a verb with a subject


def test_since_a_time_opens_no_clause():
    s = "The alliance behind strikes since March calling for a new vote signalled support for the move."
    assert not _earlier(s, "signalled support")
    s = "Talks have stalled since last week, when envoys walked out."
    assert not _earlier(s, "walked out")


def test_a_bare_earlier_with_a_simple_past_goes_on_telling_the_same_day():
    s = "Earlier, two guards were wounded in a scuffle at the gate."
    assert not _earlier(s, "wounded")
    s = "Earlier, the guards had fired warning shots at the gate."
    assert _earlier(s, "fired")
