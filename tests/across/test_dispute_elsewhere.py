"""A sentence fronted by another town of the story tells that town's act, so its means rival
no account of the main act (across/dispute_elsewhere.py, read by dispute_method). Sentences
are our own; the event records are reduced to their id and place."""
from __future__ import annotations

from types import SimpleNamespace as NS

from newsdesk.across.dispute_elsewhere import elsewhere

EVENTS = [NS(id="e1", location=NS(name="Southport")), NS(id="e2", location=NS(name="Northtown"))]
MAIN = "Police said two suicide bombers struck the market hall in Southport at noon."
AWAY = "In Northtown, the capital of the province, vigilantes said they found a remote-controlled device."


def test_a_town_with_its_own_record_is_elsewhere():
    assert elsewhere(AWAY, MAIN, "e1", EVENTS)
    assert elsewhere(AWAY, MAIN, None, EVENTS)


def test_a_sentence_of_that_town_or_a_town_with_no_record_is_not():
    assert not elsewhere(AWAY, "In Northtown, police said a suicide bomber struck.", "e2", EVENTS)
    assert not elsewhere(AWAY, MAIN, "e2", EVENTS)
    assert not elsewhere("In Capitalia, the ministry said its jets had struck no hall.", MAIN, "e1", EVENTS)
    assert not elsewhere(MAIN, AWAY, "e2", EVENTS)
