"""An act justified vs condemned (across/dispute_legality.py): a party's self-defence,
imminent-threat or constitutional ground against another party's "unlawful", "aggression"
or "state terrorism" makes one dispute; either side alone, a negated cue, an unattributed
label or two voices of one party do not (articles we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes as disputes_of


def _lawful(*texts):
    return [d for d in disputes_of(*texts) if d.topic.startswith("whether it was lawful")]


JUSTIFY = ("A drone strike hit a convoy near Port Aldane on Friday. "
           "Defence Minister Oren Tallis said the strike was a justifiable action taken in self-defense.")
CONDEMN = ("The convoy was struck before dawn. Foreign Minister Mara Quell said the strike was "
           "an act of aggression and a gross violation of international law.")


def test_a_ground_against_a_condemnation_across_outlets():
    found = _lawful(JUSTIFY, CONDEMN)
    assert len(found) == 1
    assert {c.holder for c in found[0].claims} == {"Oren Tallis", "Mara Quell"}
    assert found[0].topic == "whether it was lawful: Oren Tallis vs Mara Quell"


def test_a_constitutional_ground_held_by_a_statement():
    ground = ("Soldiers held the radio station in Velmora. The announcement on army-run Radio Velmora "
              "pointed to the 1998 constitution, which lets the army chief take over in an emergency.")
    condemn = "Opposition leader Kessa Brandt said the takeover was unlawful."
    found = _lawful(ground, condemn)
    assert len(found) == 1
    assert {c.holder for c in found[0].claims} == {"The announcement on army-run Radio Velmora", "Kessa Brandt"}


def test_one_side_alone_or_unattributed_is_no_dispute():
    assert not _lawful(JUSTIFY, "The convoy was struck before dawn. Eight people died.")
    assert not _lawful(CONDEMN, "A drone strike hit a convoy near Port Aldane on Friday.")
    # the outlet naming a terrorist attack in its own voice is no party
    assert not _lawful(JUSTIFY, "At least 20 people were killed in a state terrorism attack, the report ran.")


def test_a_negated_condemnation_sides_with_no_one():
    negated = "Foreign Minister Mara Quell said the strike was not illegal."
    assert not _lawful(JUSTIFY, negated)


def test_a_need_to_act_is_no_ground():
    need = "Mayor Oren Tallis said it was necessary to evacuate the port before the convoy arrived."
    assert not _lawful(need, CONDEMN)


def test_one_party_on_both_sides_is_no_dispute():
    own = "Tallis's ministry said the strike was a gross violation of international law by the convoy."
    assert not _lawful(JUSTIFY, own)
