"""Blaming an act for damage accuses no one (extract/ev_judging.py): "the aid
group blamed an aerial attack for the destruction" names no party, while "blamed the attack on
the rebels" and "blamed the rebels for the bombing" do; nor does labelling an act ("described the
assault as a terrorist attack"). Sentences written for these tests."""
from __future__ import annotations

from tests.conftest import event_mentions


def accusations(text: str) -> list:
    return [m for m in event_mentions(text) if m.type == "ACCUSE"]


def test_an_attack_blamed_for_the_destruction_is_no_accusation():
    assert not accusations("A Dornish airstrike may have hit a clinic, a spokesman said, after the aid group "
                           "blamed an aerial attack for the destruction in Velmar that killed three staffers.")


def test_an_attack_blamed_on_a_party_still_accuses():
    ms = accusations("The government blamed the attack on separatist rebels.")
    assert ms and ms[0].recipient == "separatist rebels"


def test_a_party_blamed_for_an_attack_still_accuses():
    ms = accusations("The minister blamed the rebels for the bombing.")
    assert ms and ms[0].recipient == "rebels"


def test_an_act_described_as_terror_is_no_accusation():
    assert not accusations("Velmar's police chief, Karel Holt, described the assault as a terrorist attack.")



def test_a_label_naming_the_doers_still_accuses():
    assert accusations("The defence minister described the twin blasts as a terrorist attack by hardline "
                       "zealots.")


def test_a_group_described_by_its_allegiance_makes_no_event():
    ms = event_mentions("Al-Shabaab, a militant Somali group that has declared allegiance to al-Qaeda, has "
                        "claimed responsibility for the attack on the Velmar mall.")
    assert not [m for m in ms if m.type in ("SUPPORT", "AGREE")]


def test_a_group_declaring_allegiance_is_still_an_event():
    ms = event_mentions("The militant group declared allegiance to al-Qaeda on Monday.")
    assert [m for m in ms if m.type in ("SUPPORT", "AGREE")]
