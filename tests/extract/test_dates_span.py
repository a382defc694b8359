"""An act told as lasting weeks or longer gets no day (extract/dates_span.py, hooked into
dates_anchored.act_day); sentences we wrote."""
from __future__ import annotations

from types import SimpleNamespace

from newsdesk.extract.dates_anchored import act_day
from newsdesk.extract.dates_span import long_span


def _trig(sentence: str, word: str):
    i = sentence.index(word)
    return [SimpleNamespace(start=i, end=i + len(word), text=word)]


def _spans(sentence: str, word: str) -> bool:
    return long_span(sentence, _trig(sentence, word))


def test_a_measure_of_weeks_or_longer_makes_a_span():
    assert _spans("The premier quit on Monday after weeks of unrest and violence in the capital.", "violence")
    assert _spans("Talks aimed at ending six months of anti-government protests failed.", "protests")
    assert _spans("The army pressed a two-month air campaign against the rebels.", "air campaign")


def test_a_duration_adjunct_makes_a_span():
    assert _spans("The coalition behind mass protests since June backed the soldiers.", "protests")
    assert _spans("The poet was kept for decades under house arrest.", "house arrest")
    assert _spans("Rebels have fought the army for the past three years in the hills.", "fought")


def test_a_one_day_act_is_no_span():
    assert not _spans("Troops shelled the town on Monday.", "shelled")
    assert not _spans("After three days of fighting, the rebels took the town.", "fighting")
    assert not _spans("Police arrested the leader on Monday, weeks after the protests began.", "arrested")
    assert not _spans("Since June, police have arrested 40 people.", "arrested")
    assert not _spans("Soldiers seized the radio station, ending years of calm.", "seized")


def test_a_compound_term_drops_only_a_default_day():
    s = "On Monday the colonels imposed a one-year state of emergency."
    assert _spans(s, "state of emergency")
    assert not long_span(s, _trig(s, "state of emergency"), stated=True)
    assert act_day(s, _trig(s, "state of emergency"), "2030-05-20", 3) == ("2030-05-20", 3)


def test_act_day_drops_the_day_of_a_span_only():
    s = "Talks aimed at ending six months of anti-government protests failed."
    assert act_day(s, _trig(s, "protests"), "2030-05-22", 1) == (None, 0)
    assert act_day(s, _trig(s, "Talks"), "2030-05-22", 1) == ("2030-05-22", 1)
