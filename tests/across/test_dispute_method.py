"""Rival accounts of how one act was done (across/dispute_method.py): two voices giving one
act means of two exclusive classes make a dispute; two specifications of one class, means
told as plain narrative only, two different targets, a negated means, an older act or one
voice telling two means do not (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_method import means
from tests.conftest import story_disputes


def _methods(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("how it was done")]


def test_projectile_against_placed_device_across_outlets():
    found = _methods("The ferry Marlow Star was believed to have been hit by a torpedo, the shipping line said.",
                     "Navy divers said the Marlow Star was struck by a limpet mine below the waterline.")
    assert len(found) == 1 and len(found[0].claims) == 2
    assert found[0].kind == "cause" and found[0].topic == "how it was done: torpedo vs limpet mine"


def test_suicide_against_remote_trigger():
    found = _methods("A suicide bomber drove his van into the checkpoint and killed eleven guards, officials said.",
                     "Investigators suspect the van was detonated by remote from a nearby rooftop.")
    assert len(found) == 1


def test_one_class_told_twice_is_no_dispute():
    # a car bomb and a roadside bomb are both placed devices; explosives name no class
    assert not _methods("Police believe a car bomb killed the nine guards at the depot gate.",
                        "Explosives hidden in a roadside bomb struck the depot gate, the governor said.")


def test_plain_narrative_of_several_means_is_no_dispute():
    # attacks often use several means: neither side puts its means forward as a belief
    assert not _methods("Gunmen killed four guards in a burst of gunfire at the depot, police said.",
                        "A car bomb exploded at the depot gate, killing two passers-by, witnesses said.")


def test_two_targets_are_two_acts():
    assert not _methods("The tug Orla Bay was believed to have been hit by a torpedo, the owner said.",
                        "Divers said the freighter Kestrel Dawn was believed to have been struck by a limpet mine.")


def test_each_mention_reads_class_hedge_and_target():
    assert means("Officials insisted that the guards died when rockets hit the barracks.") == \
        [("projectile", frozenset(), True, "rockets")]
    got = means("Crews suspect the Marlow Star was struck by a torpedo.")
    assert got == [("projectile", frozenset({"Marlow Star"}), True, "torpedo")]
    assert means("A friend of mine died in the blast, she said.") == []        # 'mine' the pronoun
    assert means("Officials ruled out a missile and said the barracks were hit.") == []   # negated
    assert means("The barracks were hit by mortars in a previous raid, officials believe.") == []   # older act
    assert means("Engineers apparently worked through the night, rebuilding after rocket fire hit the road.")[0] \
        .put is False     # the hedge governs a verb of another clause
    # who did it is no account of how: a claim of responsibility or a blame 'for' the means
    assert means("The group claimed responsibility for the rocket attack on the base.")[0].put is False
    assert means("The ministry blamed the rebels for the air strike that killed six.")[0].put is False
    assert means("The ministry blamed an air strike on the depot for the deaths.")[0].put is True
    assert means("Gunfire and rockets hit the town.") == []   # two classes of one axis in one clause: no account


def test_a_plain_mention_of_another_act_stays_out():
    # the third article's mortars hit another place on another day: plain, no shared record
    found = _methods("Army officers insisted that the prisoners died when mortar rounds hit the jail.",
                     "A pathologist said the inmates in fact died of gunshot wounds to the head.",
                     "Villagers said rockets struck their farms a week later.")
    assert len(found) == 1 and {c.article for c in found[0].claims} == {"a0", "a1"}


def test_a_strike_from_the_ground_at_a_plane_is_a_projectile():
    # 'surface-to-air' is the missile's class, not an air strike: no quarrel with 'a missile'
    assert means("Officials said the jet was probably downed in a surface-to-air strike.")[0][0] == "projectile"
    assert means("Officials believe an air strike hit the depot.")[0][0] == "air"
    assert not _methods("Officials said the airliner was probably downed in a surface-to-air strike.",
                        "Investigators believe two missiles struck the airliner.")


def test_a_mine_that_is_dug_is_no_weapon():
    assert means("The company denied that neglect caused the collapse at the Rivas Alta mine.") == []
    assert means("Officials believe the blast at the copper mine killed two guards.") == []
    assert means("Investigators believe a limpet mine struck the hull.")[0][0] == "device"
    assert means("Officials believe the Dornian mine struck the hull.")[0][0] == "device"   # a nation's, not a pit
