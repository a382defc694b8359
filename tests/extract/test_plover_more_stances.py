"""Rows added for acts unseen coverage told without their usual verb: a charge put as reported
speech (a duty failed, forces found among armed groups), support voiced, power taken by armed
men, people let out through opened gates, and "threaten" naming a risk rather than a warning.
Sentences are our own."""
from __future__ import annotations

from newsdesk.extract.plover import find_triggers
from tests.conftest import mention_types, trigger_types


def test_a_duty_said_to_be_failed_is_a_charge():
    assert "ACCUSE" in mention_types("Velmar said the border guards of Ostria had failed to warn its villages of the raid.")
    # the reporter's own account of a failure charges no one, nor does a failure to reach a place
    assert "ACCUSE" not in trigger_types("The convoy failed to warn the town before it left.")
    assert "ACCUSE" not in trigger_types("Officials said the rescue team failed to reach the village.")


def test_forces_said_to_be_among_armed_groups_is_a_charge():
    assert "ACCUSE" in mention_types("Velmar said the Ostrian troops had been stationed alongside terrorist units near Dorn.")
    assert "ACCUSE" in trigger_types("The ministry said Ostrian forces were “positioned near the camps where militants hid”.")
    # forces fighting the armed groups, or a place near them, accuse no one
    assert "ACCUSE" not in trigger_types("The army said its soldiers fought alongside the police against terrorists.")
    assert "ACCUSE" not in trigger_types("Officials said the village near militant hideouts was shelled.")


def test_support_voiced_without_a_praise_verb():
    assert "SUPPORT" in trigger_types("The farmers' union signalled support for the striking dockers.")
    assert "SUPPORT" in trigger_types("The opposition threw its full support behind the mayor's bid.")
    assert "SUPPORT" not in trigger_types("The bridge lost its support after the flood.")


def test_power_taken_by_armed_men_is_a_seizure():
    assert "COERCE" in mention_types("Rebel officers took power in Velmar on Tuesday.")
    assert "COERCE" in mention_types("The mutinous colonels named a council now in charge of running Ostria.")
    # a party elected to office takes power too: no armed body, no seizure
    assert "COERCE" not in mention_types("The Green party took power in Velmar after the vote on Sunday.")


def test_gates_opened_for_people_held_is_a_release():
    assert "RETREAT" in trigger_types('Officials said they had "opened the gates" for the refugees held at the camp.')
    assert "RETREAT" in trigger_types("Guards opened the prison doors to the inmates on Monday.")
    assert "RETREAT" not in trigger_types("The city opened the gates to investors.")


def test_threaten_with_a_state_of_affairs_is_a_risk_not_a_warning():
    assert "THREATEN" not in trigger_types("The fighting threatens another famine in the valley.")
    assert "THREATEN" not in trigger_types("The dispute threatened to derail the peace process.")
    assert "THREATEN" in trigger_types("The rebels threatened to storm the capital.")


def test_a_since_phrase_inside_the_subject_dates_the_noun_not_the_stance():
    from newsdesk.extract.ev_measures import running
    from newsdesk.extract.plover import Trigger
    text = "The dockers' union behind the strikes since March voiced support for the sailors."
    tr = next(t for t in find_triggers(text) if t.type == "SUPPORT")
    assert not running(True, tr, text)
    # a since phrase after the main verb dates the clause: a running call, not today's act
    text = "The mayor has faced strikes since March, with unions calling for his resignation."
    tr = next(t for t in find_triggers(text) if t.type == "REQUEST")
    assert running(True, tr, text)
    assert isinstance(tr, Trigger)
