"""What a thing was (across/dispute_what_it_was.py): a find one party suspected was a bomb
against a named party saying the items were no bombs; a denial that answers another account
in its own sentence ("it was not a car bomb") against another kind named ("a pipe bomb");
and the look-alikes that are no dispute (articles we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes


def _what(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith(("whether it was a", "what kind of"))]


FOUND = ("Soldiers found three parcels near the market gate that they suspected were explosives "
         "and cleared the square.")
LATER = "Colonel Ilse Marr said later that the parcels were not explosives."


def test_a_suspicion_denied_later_is_one_dispute():
    found = _what(FOUND, "The market reopened on Tuesday. " + LATER)
    assert len(found) == 1 and found[0].topic == "whether it was an explosive"
    assert sorted(c.article for c in found[0].claims) == ["a0", "a1"]


def test_a_denial_of_another_thing_or_an_unhedged_find_is_no_dispute():
    assert not _what(FOUND, "Colonel Ilse Marr said later that the gate was not a checkpoint.")
    plain = "Soldiers found three parcels of explosives near the market gate."
    assert not _what(plain, LATER)


def test_a_denial_answering_another_account_against_another_kind():
    rival = ("Some witnesses said a device had gone off inside a parked van, but the city's fire chief "
             "said it \u201cwas not a van bomb.\u201d")
    kind = "\u201cIt was a grenade bomb,\u201d fire chief Oren Vale told reporters on Friday."
    found = _what(rival, kind)
    assert len(found) == 1 and found[0].topic == "what kind of bomb it was"
    assert not _what(rival, "\u201cIt was a van bomb,\u201d a witness told reporters.")   # the same kind
    lone = "The city's fire chief said it \u201cwas not a van bomb.\u201d"             # answers no one
    assert not _what(lone, kind)


def test_verb_forms_and_states_name_no_thing():
    assert not _what("Police said the station was not closed until midnight.",
                     "Officers suspected it was closed by the operator.")
    assert not _what("The army is not discounting this claim, a spokesman said.",
                     "Analysts believed it was discounting the claim.")
