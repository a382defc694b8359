"""A denial told in the present perfect does not take the lede's day
(extract/dates_reply.py; sentences we wrote)."""
from __future__ import annotations

from types import SimpleNamespace

from newsdesk.extract.dates_anchored import act_day
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def _trig(sentence: str, word: str):
    i = sentence.index(word)
    return SimpleNamespace(start=i, end=i + len(word), text=word)


def test_a_perfect_denial_drops_the_ledes_day():
    s = "Ostra blamed Velmar for the blast, while Velmar has denied the charge."
    assert act_day(s, [_trig(s, "denied")], "2024-05-04", 1) == (None, 0)
    s = "The rebels have flatly rejected the accusation."
    assert act_day(s, [_trig(s, "rejected")], "2024-05-04", 1) == (None, 0)


def test_a_named_day_or_a_plain_past_keeps_it():
    s = "Velmar has denied the charge since Tuesday."
    assert act_day(s, [_trig(s, "denied")], "2024-05-07", 3) == ("2024-05-07", 3)
    s = "Velmar denied the charge."            # simple past: no reason to doubt the default
    assert act_day(s, [_trig(s, "denied")], "2024-05-04", 1) == ("2024-05-04", 1)
    s = "Ostra has blamed Velmar for the blast."  # a charge, not a reply
    assert act_day(s, [_trig(s, "blamed")], "2024-05-04", 1) == ("2024-05-04", 1)


def test_the_events_step_leaves_such_a_denial_undated():
    text = ("Drones struck the Ostra refinery on Saturday, setting it ablaze.\n\n"
            "Ostra blamed Velmar for the strike, while Velmar has denied the accusation.")
    art = events_step(sentences_step(Article(id="t", raw=text, text=text, published="2024-05-08")))
    got = {m.span.text.split(",")[0][:12]: m.date for m in art.mentions if "denied" in m.span.text
           or m.type == "REJECT"}
    assert got and all(d is None for d in got.values()), [(m.type, m.date, m.span.text) for m in art.mentions]
