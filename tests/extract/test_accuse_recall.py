"""Blame told without a charging verb (extract/plover_recall.py, plover_more.py; sentences we
wrote): a leader who "hit out at" a party, a force that "faced a barrage of criticism for" a
failure (the force is the accused), a group quoted saying the police "failed to take action",
and a speaker saying an attack was "organised by" a named party."""
from __future__ import annotations

from tests.conftest import event_mentions


def _mentions(text: str):
    return event_mentions(text, published="2031-05-02")


def _kinds(text: str) -> list[str]:
    return [m.type for m in _mentions(text)]


def test_hitting_out_at_a_party_accuses_it():
    assert "ACCUSE" in _kinds("The governor on Tuesday hit out at the river authority over the flooding of Varnet.")
    assert "ACCUSE" in _kinds("Veldoria's foreign minister lashed out at the council for closing the border.")


def test_a_ball_hit_out_of_the_ground_is_no_charge():
    assert "ACCUSE" not in _kinds("The captain hit the ball out of the ground twice on Sunday.")


def test_facing_a_barrage_of_criticism_makes_the_criticised_the_accused():
    found = [m for m in _mentions("The harbour police faced a wave of criticism over their failure to stop the looters.")
             if m.type == "ACCUSE"]
    assert found
    assert found[0].actor is None or "police" not in found[0].actor.lower()


def test_coming_under_fire_for_a_decision_accuses_but_gunfire_does_not():
    assert "ACCUSE" in _kinds("The interior minister came under fire for his handling of the riots in Tarnow.")
    assert "ACCUSE" not in _kinds("The convoy came under fire from gunmen near Tarnow on Monday.")


def test_saying_the_police_failed_to_take_action_accuses_them():
    text = ("The residents' union said the police had failed to take any action "
            "against the armed men who beat commuters at the station.")
    assert "ACCUSE" in _kinds(text)


def test_saying_an_attack_was_organised_by_a_party_accuses_it():
    assert "ACCUSE" in _kinds("The president said the bombings had been organised from abroad by the Red Dawn group.")


def test_saying_who_carried_out_an_attack_or_planned_a_march_is_no_charge():
    assert "ACCUSE" not in _kinds("Police said the attack in Tarnow was carried out by two gunmen on Monday.")
    assert "ACCUSE" not in _kinds("Organisers said the march was planned by students.")
