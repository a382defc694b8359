"""A promise of force against someone is a threat, and a multi-word office set beside its
holder's name is that holder (extract/retype_words.py PROMISED_HARM, parties.py `_office_run`).
Sentences written for these tests; names fictional or real."""
from __future__ import annotations

from tests.conftest import first_event


def test_promising_to_end_the_siege_is_a_threat_by_the_named_holder():
    s = "Kenya’s Deputy President, William Ruto, promised last night that they would end the siege."
    c = first_event(s, "THREATEN")
    assert c is not None and c.actor == "William Ruto"
    assert first_event(s, "AGREE") is None


def test_pledging_to_bring_the_bombers_to_justice_is_a_threat():
    c = first_event("The interior minister pledged to bring those responsible for the bombing to justice.",
                    "THREATEN")
    assert c is not None


def test_promising_to_defeat_the_rebels_is_a_threat():
    assert first_event("The president promised to defeat the rebels within a month.", "THREATEN") is not None


def test_promising_to_rebuild_is_still_a_promise():
    s = "The governor promised to rebuild the bridge by the spring."
    assert first_event(s, "AGREE") is not None and first_event(s, "THREATEN") is None


def test_an_office_without_a_name_stays_the_office():
    c = first_event("The Deputy President promised last night that they would end the siege.", "THREATEN")
    assert c is not None and c.actor == "Deputy President"
