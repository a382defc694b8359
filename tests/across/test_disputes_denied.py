"""A claim set against its denial in the reporter's own words (across/dispute_inline.py,
across/disputes.py contrast cue): "…, said its troops took the ridge – what Tessa denied"
and "But the rebels said this was false" are disputes between two named parties."""
from __future__ import annotations

from tests.conftest import story_disputes as disputes_of


def test_a_claim_closed_by_what_another_party_denied():
    text = ("Shelling went on through the night. Norland admitted that one of its drones was lost, and "
            "said its troops had taken the ridge above the village – what Tessa denied.")
    found = disputes_of(text)
    assert len(found) == 1
    assert {c.holder for c in found[0].claims} == {"Norland", "Tessa"}
    assert "its troops had taken the ridge" in found[0].topic      # what was denied, not the drone


def test_a_reported_claim_and_a_party_saying_it_was_false():
    text = ("A defence ministry spokesman said the army had stopped firing at dawn. "
            "But the rebel command said this was false and the shelling went on.")
    found = disputes_of(text)
    assert len(found) == 1 and len(found[0].claims) == 2


def test_two_parties_saying_things_without_a_denial_is_no_dispute():
    text = ("A defence ministry spokesman said the army had stopped firing at dawn. "
            "But the rebel command said the villages were calm and the roads open.")
    assert not disputes_of(text)
