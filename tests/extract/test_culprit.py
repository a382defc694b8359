"""Blame laid in reported speech without a blaming verb (extract/plover_culprit.py; sentences
we wrote): the evidence said to point to a party, a party named as the main suspect, the
responsibility said to lie with a minister, the attackers said to belong to a group, a party
believed to have done it, an insult to a named leader. Each needs a party after the cue and,
for the cue rows, someone telling it; a summons to explain is a request, a probe into what
happened charges no one, and earlier attacks "blamed on" a group with no one blaming are no act
(extract/retype_words.py, extract/ev_judging.py, extract/ev_filter.py)."""
from __future__ import annotations

from tests.conftest import event_mentions


def _accusations(text: str):
    return [m for m in event_mentions(text, published="2031-05-02") if m.type == "ACCUSE"]


def test_evidence_said_to_point_to_a_group_accuses_it():
    found = _accusations("The interior minister of Varnia said early signs pointed to an attack by the Morrow Front.")
    assert found and found[0].actor and "minister" in found[0].actor
    assert found[0].recipient and "Morrow Front" in found[0].recipient


def test_a_quoted_pointer_is_the_teller_s_charge():
    text = '"All the evidence points to the Morrow Front," Interior Minister Ana Velk told reporters.'
    found = _accusations(text)
    assert found and "Velk" in (found[0].actor or "")


def test_a_pointer_to_an_accident_or_told_by_no_one_accuses_no_one():
    assert not _accusations("Engineers said early signs pointed to a gas leak in the Riverside district.")
    assert not _accusations("The evidence points to the Morrow Front, according to the paper's own analysis.")


def test_a_group_named_as_the_main_suspect_is_accused():
    found = _accusations("Varnian officials said the main suspect is the Morrow Front, an armed group from the hills.")
    assert found and "Morrow Front" in (found[0].recipient or "")
    assert not _accusations("Police said the main suspect is still at large after the robbery.")


def test_responsibility_said_to_lie_with_ministers_accuses_them():
    found = _accusations("The mayor said the responsibility for the deaths lies with the interior minister.")
    assert found and "minister" in (found[0].recipient or "")


def test_attackers_said_to_belong_to_a_group_accuse_the_group():
    found = _accusations("The general said the two gunmen were assessed to be Morrow Front fighters.")
    assert found and found[0].actor == "general"
    assert not _accusations("The general said the two gunmen were young men from the coast.")


def test_a_party_believed_to_have_done_it_is_accused_even_in_a_quote():
    text = ('"From what we know, the police believe that the banker was killed by a team sent to Lisbon," '
            'the official said.')
    found = _accusations(text)
    assert found and found[0].recipient == "team"
    assert not _accusations("Doctors believe the boy was bitten by a dog near the river.")


def test_an_insult_to_a_named_leader_accuses_him_but_not_the_faceless_attackers():
    found = _accusations('The mayor of Tarnow branded the premier "a coward" and asked him to resign.')
    assert found and found[0].recipient == "premier"
    assert not _accusations("Mourners gathered at the square, calling the attackers cowards.")


def test_a_summons_to_explain_is_a_request():
    kinds = [m.type for m in event_mentions(
        "The foreign ministry summoned Varnia's ambassador to ask for an explanation of the arrests.",
        published="2031-05-02")]
    assert "REQUEST" in kinds and "ACCUSE" not in kinds
    assert _accusations("The foreign ministry summoned Varnia's ambassador over the arrests.")


def test_a_probe_into_what_happened_charges_no_one():
    assert not _accusations("On Friday the capital said it had opened an official inquiry into the death of the reporter.")
    assert _accusations("Prosecutors opened an investigation into the mayor for bribery.")


def test_earlier_attacks_blamed_on_a_group_with_no_one_blaming_are_no_act():
    text = ("It is the worst of three bombings in the capital this year, with two others blamed on the "
            "Morrow Front and another claimed by a separatist group.")
    assert not _accusations(text)
    assert _accusations("Two earlier raids were blamed on the Morrow Front by the interior ministry.")
