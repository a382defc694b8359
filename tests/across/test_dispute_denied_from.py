"""Disputes of tuning set 45's shapes (across/dispute_denied_from.py, dispute_provoked.py);
sentences we wrote."""
from __future__ import annotations

from newsdesk.across.dispute_denied_from import DENIED_FROM, PASSIVE
from newsdesk.across.dispute_provoked import _side
from tests.conftest import story_disputes


def _topics(disputes, start):
    return [d for d in disputes if d.topic.startswith(start)]


def test_the_party_after_the_noun_is_the_denied_party():
    m = DENIED_FROM.search("The harbour master denied a report from the Velmoran navy that the ferry had been boarded.")
    assert m and m.group(1) == "the Velmoran navy"
    m = DENIED_FROM.search("The union rejected claims by Labour Minister Ada Roe that the strike had been called off.")
    assert m and m.group(1).endswith("Roe")
    assert not DENIED_FROM.search("The harbour master denied that the ferry had been boarded.")


def test_a_passive_denial_of_the_statement_before():
    assert PASSIVE.search("That claim was firmly denied by the mayor and the families.")
    assert not PASSIVE.search("The ferry was boarded by the navy before dawn.")


def test_one_denial_told_by_two_outlets_is_one_dispute():
    a = ("The harbour master of Port Selka has denied reports from the Velmoran navy that most of the "
         "ferry passengers were now safe on shore.")
    b = ("The fate of the ferry passengers was unclear after the port's harbour master denied a report from "
         "Velmoria's navy that almost all the passengers were safe.")
    found = _topics(story_disputes(a, b), "whether the navy")
    assert len(found) == 1 and {c.article for c in found[0].claims} == {"a0", "a1"}


def test_a_denial_with_nothing_else_told_is_no_dispute():
    a = "The harbour master denied reports from the Velmoran navy that the ferry passengers were safe."
    b = "The ferry sank in a storm off Port Selka on Tuesday, the coastguard said."
    assert not _topics(story_disputes(a, b), "whether the navy")


def test_forced_to_fire_and_shot_while_surrendering_are_the_two_accounts():
    assert _side("The commander said the guards were forced to open fire to protect themselves.") == (True, False)
    assert _side("Survivors said the guards shot several workers while they were trying to surrender.") == (False, True)
    assert _side("A rights group said footage showed officers randomly fired into the crowd.") == (False, True)
    assert _side("Police said the crowd was fleeing when the rain began.") == (False, False)


def test_forced_to_fire_against_shot_while_surrendering_is_a_dispute():
    a = "The provincial police chief said his officers were forced to open fire so as to protect themselves."
    b = "Some of the dead workers were shot by officers while trying to surrender, witnesses told reporters."
    found = _topics(story_disputes(a, b), "who started the violence")
    assert len(found) == 1 and {c.article for c in found[0].claims} == {"a0", "a1"}
