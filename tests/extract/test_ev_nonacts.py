"""Wordings that tell no act of the day (extract/ev_nonacts.py, ev_judging.py, retype_words.py):
an act only possible under a condition, a suspect giving himself up, a denial held as a
standing stance, a veto held as a power, talks that broke down, a deal the sides failed to
reach, a source asking not to be named, people sheltering in a building, a leader meeting his
own security chiefs, a man getting out of a car, a condemnation naming only the victim; and
the acts they must not hide: custody told with its keeper, a boycott of the courts, a group
saying it was behind an attack. (Sentences invented; places fictional.)"""
from __future__ import annotations

from tests.conftest import event_mentions, mention_types


def types(text: str) -> list[str]:
    return mention_types(text, "2031-03-04")


def test_an_act_under_a_condition_is_no_event():
    assert types("If the governor vetoes the budget changes, lawmakers will have a chance to "
                 "override his veto next month.") == []
    assert types("If the board rejects the offer, the union will strike on Monday.") == []


def test_a_rejection_told_outright_stays():
    assert types("The opposition rejected the plan on Tuesday.") == ["REJECT"]


def test_a_suspect_surrendering_is_the_arrest_only():
    assert types("Officers said the suspect, a tall man in a grey jacket, surrendered and is in "
                 "custody.") == ["COERCE"]
    assert types("The gunman surrendered to police after a standoff.") == []


def test_a_force_surrendering_territory_is_a_retreat():
    assert types("The rebels surrendered the town to government troops on Sunday.") == ["RETREAT"]


def test_custody_with_its_keeper_is_an_arrest():
    assert types("A 30-year-old man is in police custody, the chief said.") == ["COERCE"]


def test_the_suspects_home_town_is_no_place_of_the_arrest():
    ms = [m for m in event_mentions("A gunman opened fire at a mall in El Paso on Saturday, killing four "
                                    "shoppers, police said. A 25-year-old man from Ridgeton, a suburb of "
                                    "Dallas, is in police custody, the sheriff said.", "2031-03-04")
          if m.type == "COERCE"]
    assert ms and all(m.location is None or m.location.name not in ("Dallas", "Ridgeton") for m in ms)


def test_a_standing_denial_is_no_event():
    assert types("The ministry has repeatedly denied using banned weapons.") == []


def test_a_held_veto_is_a_power_not_a_rejection():
    assert types("But Norland, which holds a veto, defended its ally, saying the rebels had stored the gas.") == []
    assert types("The council used its veto on Friday.") == ["REJECT"]


def test_failed_talks_and_a_failed_deal_are_no_meeting_nor_agreement():
    assert types("Talks between the union leaders and the port board have broken down.") == []
    assert types("Both sides failed to agree on pay, the union said.") == []
    assert types("The two sides agreed to a truce on Friday.") == ["AGREE"]


def test_a_source_asking_not_to_be_named_requests_nothing():
    assert types("Gunmen opened fire on worshippers inside the hall, according to a senior police "
                 "officer who asked not to be named.") == ["ASSAULT"]


def test_people_sheltering_in_a_building_request_nothing():
    assert types("About 150 staff were escorted from a tower where they had sought refuge.") == []
    assert types("Staff sought refuge in a basement.") == []


def test_a_leader_meeting_his_own_security_chiefs_consults_no_party():
    assert types('"We will not bow," the prime minister told reporters following a crisis meeting '
                 'with her defence chiefs.') == []


def test_getting_out_of_a_car_is_no_retreat():
    assert types("One of the attackers withdrew from the overturned car.") == []
    assert types("The rebels withdrew from the town on Sunday.") == ["RETREAT"]


def test_a_condemnation_naming_only_the_victim_or_timing_accuses_no_one():
    assert "ACCUSE" not in types("Rahim had condemned Karim's murder on Monday.")
    assert "ACCUSE" not in types("Governor Lane condemned the shootings Tuesday evening after "
                                 "posting “Senators Reed and Hale must act now.”")
    assert types("Norland condemned Ostra's killing of the envoy.") == ["ACCUSE"]


def test_a_boycott_of_the_courts_is_a_protest():
    assert "PROTEST" in types("The bar council announced a three-day boycott of courts.")
    assert "SANCTION" not in types("The bar council announced a three-day boycott of courts.")


def test_a_group_saying_it_was_behind_an_attack_claims_it():
    ts = types("The rebel group Red Dawn said it was behind Friday's bombing of a hotel in Velmar.")
    assert "ACCUSE" not in ts and "ASSAULT" in ts
    assert "ACCUSE" in types("Officials said Red Dawn was behind the attack on the hotel.")
