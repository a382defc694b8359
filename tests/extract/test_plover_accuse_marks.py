"""Accusations the ACCUSE row reads through a quote mark or an idiom (extract/plover.py;
sentences we wrote): 'called the blast a “provocation by the army”' and 'pointing the finger
at the navy' blame a party as surely as 'blamed'."""
from __future__ import annotations

from tests.conftest import event_mentions


def _kinds(text: str) -> list[str]:
    return [m.type for m in event_mentions(text, published="2031-05-02")]


def test_called_a_quoted_provocation_is_an_accusation():
    text = ("The separatist leader Tomas Vell called the sinking of the ferry a “provocation by the "
            "coastal guard”.")
    assert "ACCUSE" in _kinds(text)
    plain = "The separatist leader Tomas Vell called the sinking of the ferry a provocation by the coastal guard."
    assert "ACCUSE" in _kinds(plain)


def test_pointing_the_finger_at_a_party_is_an_accusation():
    text = ("The rebels have denied sinking the ferry, instead pointing the finger at the coastal guard.")
    assert "ACCUSE" in _kinds(text)


def test_a_quoted_word_that_names_no_blame_is_no_accusation():
    text = "The mayor called the reopening of the bridge a “milestone for the valley”."
    assert "ACCUSE" not in _kinds(text)


def test_holding_a_party_accountable_blames_it_like_holding_it_responsible():
    kinds = _kinds("The minister held the generals accountable for the massacre at the river crossing.")
    assert "ACCUSE" in kinds
