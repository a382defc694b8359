"""Accusations aimed at different parties in one sentence (extract/ev_group_tellings.py
merge_in_sentence, ev_group_parties.aimed_apart; sentences we wrote): "fingered the banks for
the crisis but blamed it on the regulators" is two accusations, and each joins an earlier
telling only where that names its party. "Fingered X for / as" is itself a charge
(plover_recall.py)."""
from __future__ import annotations

from tests.conftest import event_mentions, trigger_types


def _accusations(text: str) -> list:
    return [m for m in event_mentions(text, published="2031-05-02") if m.type == "ACCUSE"]


def test_fingering_a_party_for_a_deed_accuses_it():
    assert "ACCUSE" in trigger_types("The senator fingered the banks for causing the crisis.")
    assert "ACCUSE" in trigger_types("Detectives fingered the landlord as the man behind the arson.")


def test_fingering_an_object_is_no_charge():
    assert "ACCUSE" not in trigger_types("The old man fingered his rosary beads in silence.")


def test_two_parties_blamed_in_one_sentence_are_two_accusations():
    found = _accusations("The senator fingered the banks for causing the crisis but overall he "
                         "blamed it on the regulators.")
    assert len(found) == 2
    assert {m.recipient for m in found} == {"banks", "regulators"}


def test_one_party_named_two_ways_stays_one_accusation():
    found = _accusations("The prime minister accused Russia of arming the separatists and blamed "
                         "Moscow for the downing of the airliner.")
    assert len(found) == 1


def test_a_split_accusation_keeps_off_an_earlier_charge_naming_no_party():
    text = ("Calling the mutiny an act of treason, President Varga vowed severe punishment.\n\n"
            "While Varga and his ministers fingered a handful of generals for leading the mutiny, "
            "overall they blamed the revolt on an exiled cleric, Anton Brell.")
    found = _accusations(text)
    assert len(found) == 3
    assert not any("generals" in (m.recipient or "") and len(m.extra_spans) for m in found)
