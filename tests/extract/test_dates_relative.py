"""Default days and days counted from another act (dates_acts.py, dates.py), on sentences we
wrote: a since-phrase in the lede names no default day, a report filed the day after dates
its undated sentences by the recent day it names as its act's ("Sunday's bombing"), and an
act told inside "N days after ..." lies N days before the sentence's day."""
from __future__ import annotations

from types import SimpleNamespace

from newsdesk.extract.dates import date_context, lede_date
from newsdesk.extract.dates_acts import days_apart, recent_named_day, shifted

PUB = "2020-03-10"          # a Tuesday


def test_a_since_phrase_in_the_lede_dates_no_default():
    lede = ["The minister quit amid protests that have raged for weeks since the March 1 vote.",
            "Her deputy also said he was stepping down."]
    assert lede_date(lede, PUB) is None
    # the act's own day in the lede still counts
    assert lede_date(["The minister quit on Monday amid protests since the March 1 vote."], PUB) == "2020-03-09"


def test_a_recent_day_named_as_the_acts_own_is_the_default_when_the_lede_names_none():
    text = ["Nine people were killed in a blast near the market, officials said.",
            "The explosion destroyed several shops.",
            "No group has claimed Sunday's bombing, though rebels are active nearby.",
            "The mayor spoke on the radio."]
    defaults, _ = date_context(text, PUB)
    assert defaults[1] == "2020-03-08"
    # a recent day that dates a statement or another act is no default
    for other in ("On Sunday, the governor said that troops would be sent.",
                  "Rebels also said they shot at a convoy on Sunday night."):
        assert date_context(text[:2] + [other], PUB)[0][1] is None
    # a day weeks back is background, never the default
    assert recent_named_day(text[2:3], PUB, lambda s: "2020-02-02") is None


def _trig(sentence: str, word: str):
    return SimpleNamespace(start=sentence.index(word))


def test_an_act_inside_days_after_lies_that_many_days_before():
    s = "The blast, which wounded 15 people, occurred two days after the U.S. envoy met the president."
    assert days_apart(s, [_trig(s, "met")]) == -2
    assert days_apart(s, [_trig(s, "blast")]) == 0            # the main act keeps its day
    b = "The envoy arrived three days before the vote began."
    assert days_apart(b, [_trig(b, "began")]) == 3
    assert shifted("2020-03-08", -2) == "2020-03-06" and shifted(None, -2) is None
