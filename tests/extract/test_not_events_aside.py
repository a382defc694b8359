"""Trigger words used for something other than an act between parties (not_events_aside.py),
on sentences we wrote: each blocked reading, and beside it the real act that must still code."""
from __future__ import annotations

from conftest import mention_types, trigger_types


def test_talking_to_a_wire_service_is_no_consultation():
    assert "CONSULT" not in trigger_types(
        "Residents who spoke with the national wire service said the shelling lasted an hour.")
    assert "CONSULT" not in trigger_types("Two guards who spoke to Reuters described the scene at the gate.")


def test_talking_to_a_party_still_consults():
    assert "CONSULT" in trigger_types("The envoy spoke with the rebel commander for two hours on Monday.")


def test_a_call_for_blood_donors_is_no_request():
    types = mention_types("Ambulances ferried the wounded to clinics while the local Red Cross was "
                          "appealing for blood donors.", "2031-03-02")
    assert "REQUEST" not in types
    assert "REQUEST" not in trigger_types("The hospital asked residents to donate blood after the crash.")


def test_a_political_demand_still_requests():
    assert "REQUEST" in trigger_types("The opposition asked the army for guarantees before the vote.")


def test_footage_that_captures_a_blast_is_no_seizure():
    assert "COERCE" not in trigger_types("A dashboard camera video shared online seems to capture the second explosion.")


def test_rebels_capturing_a_town_still_coerce():
    assert "COERCE" in trigger_types("Rebels captured the northern town of Velmar on Sunday.")


def test_demonstrated_meaning_showed_is_no_protest():
    assert "PROTEST" not in trigger_types("Her serve demonstrated the sheer power of her game in the final set.")
    assert "PROTEST" not in trigger_types("The audit demonstrated that the ledgers had been altered.")


def test_crowds_that_demonstrate_still_protest():
    assert "PROTEST" in trigger_types("Thousands demonstrated outside parliament against the new tax.")


def test_a_crowd_waiting_to_leave_is_no_protest():
    assert "PROTEST" not in trigger_types("Families have been gathering at the port for days in hopes of boarding a ferry.")
    assert "PROTEST" in trigger_types("Students have been gathering outside the ministry since dawn.")


def test_flights_halted_at_an_airport_are_no_sanction():
    assert "SANCTION" not in trigger_types("The blast led to the suspension of all flights at the city's main airport.")


def test_flights_cut_to_a_state_still_sanction():
    assert "SANCTION" in trigger_types("Three Gulf states suspended all flights to Doha on Monday.")


def test_blame_for_other_attacks_in_a_comparison_is_no_accusation():
    assert "ACCUSE" not in trigger_types(
        "It was the second bombing in the port this spring, with another blamed on a separatist cell.")


def test_blame_for_the_attack_still_accuses():
    assert "ACCUSE" in trigger_types("The interior minister blamed the bombing on a separatist cell.")


def test_a_pledge_told_in_the_pluperfect_is_the_setting():
    assert not {"AGREE", "THREATEN"} & trigger_types("The cabinet had pledged to halt the ballot, and riot units were sent at dawn.")
    assert not {"AGREE", "THREATEN"} & trigger_types("The cabinet had vowed to block the ballot, and riot units were sent at dawn.")


def test_a_pledge_reported_in_the_pluperfect_still_agrees():
    assert "AGREE" in trigger_types("Officials said the rebels had promised to free the hostages on Friday.")
    assert "AGREE" in trigger_types("The rebels had promised to free the hostages, a mediator said on Friday.")
    assert "AGREE" in trigger_types("The two sides had agreed to a ceasefire at the talks in Geneva.")


def test_a_favour_asked_of_the_speaker_is_no_request():
    types = mention_types("\u201cShe gave me her keys and asked me to phone her brother if she was late,\u201d "
                          "her neighbour told a local radio station.", "2031-03-02")
    assert "REQUEST" not in types


def test_a_return_with_weapons_is_no_retreat():
    assert "RETREAT" not in trigger_types("The gunmen were turned away at the gate, so they returned with rifles and fired.")
    assert "RETREAT" not in trigger_types("Blocked at the checkpoint, the men returned with weapons an hour later.")


def test_weapons_returned_to_a_government_still_retreat():
    assert "RETREAT" in trigger_types("The militia returned the seized weapons to the government on Monday.")


def test_older_bombings_an_attack_is_said_to_follow_start_no_event():
    from conftest import assault_mentions
    got = assault_mentions("The Harbour Street shooting on Friday killed four people. Friday\u2019s attack follows "
                           "coordinated suicide bombings at a ferry terminal and a tram stop in February that "
                           "left 19 people dead.", "2031-06-14")
    assert len(got) == 1 and got[0].dead.low == 4


def test_near_a_border_is_no_closure():
    assert "SANCTION" not in trigger_types("They camped in a valley close to the northern border last week, he said.")
    assert "SANCTION" in trigger_types("The government will close the northern border to all trucks on Monday.")


def test_a_demonstration_of_skill_is_no_rally():
    assert "PROTEST" not in trigger_types("The win was a demonstration of the depth of the squad, the coach said.")
    assert "PROTEST" in trigger_types("Police broke up a demonstration outside the embassy on Friday.")


def test_an_airline_halting_its_flights_is_no_sanction():
    assert "SANCTION" not in trigger_types("Northwind Airlines, the state-owned airline, announced on Sunday that it "
                                           "is suspending all flights to the capital.")
    assert "SANCTION" in trigger_types("Northwind Airlines was ordered to suspend flights to the capital.")


def test_what_an_early_report_had_said_is_no_event():
    assert not trigger_types("Initially it had been reported that the army had closed the border crossings.")
    assert "SANCTION" in trigger_types("The army closed the border crossings on Monday, it was reported.")
