"""A denial followed by "However, Y said …" is a dispute between the two (across/disputes.py
contrast detector: the denial word is its second signal; sentences we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes as disputes_of


def test_evidence_called_fake_then_however_another_said_otherwise():
    text = ("Gunmen shot down a cargo helicopter over the Kessel valley on Monday, killing its crew of "
            "four. The militia's spokesman, Ivo Marek, described photographs of a launcher in the valley "
            "as \"fake\". However, in a separate interview a militia field commander said his fighters had "
            "used a launcher that day.")
    found = disputes_of(text)
    assert len(found) == 1
    quotes = [c.span.text for c in found[0].claims]
    assert any("fake" in q for q in quotes) and any(q.startswith("However") for q in quotes)


def test_however_after_a_plain_statement_is_no_dispute():
    text = ("Gunmen shot down a cargo helicopter over the Kessel valley on Monday, killing its crew of "
            "four. The militia's spokesman, Ivo Marek, said the valley had been quiet for a week. "
            "However, in a separate interview a militia field commander said his fighters had moved "
            "north that day.")
    assert not disputes_of(text)


def test_a_court_dismissing_a_case_then_however_is_no_dispute():
    text = ("Gunmen shot down a cargo helicopter over the Kessel valley on Monday, killing its crew of "
            "four. A court in Vandra dismissed the case against the pilot's employer. However, the "
            "family's lawyer said he would appeal next month.")
    assert not disputes_of(text)


def test_a_false_alarm_then_however_is_no_dispute():
    text = ("Gunmen shot down a cargo helicopter over the Kessel valley on Monday, killing its crew of "
            "four. Police said the bomb threat at the airfield was a false alarm. However, the mayor said "
            "the airfield would stay closed until Friday.")
    assert not disputes_of(text)
