"""A crew of one against a crew of more than one told with no figure
(across/dispute_lone.py; sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_lone import alone, several
from tests.conftest import story_disputes


def _lone(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("whether the attacker acted alone")]


def test_one_person_did_it():
    assert alone("The mayor said the shooting was carried out by a single attacker.")
    assert alone("Police said they believe the driver was acting alone.")
    assert not alone("Detectives are trying to find out whether the driver acted alone.")
    assert not alone("Officers said the teenager did not act alone.")


def test_more_than_one_with_no_figure():
    assert several("A radio station said troops had arrested a second gunman near the pier.")
    assert several("The headmaster said that men armed with shotguns ran into the canteen.")
    assert several("Investigators said the teenager did not act alone.")
    assert not several("A porter said a gunman or gunmen fired from the roof.")
    assert not several("Police said two gunmen ran into the canteen.")      # a figure: headcount's
    assert not several("Detectives hunted for possible accomplices of the driver.")
    assert not several("Officers were searching for a second attacker on Sunday.")


def test_lone_against_several_across_outlets():
    ds = _lone("The governor said the student, a young man acting alone, shot himself after the attack.",
               "The headmaster told a local paper that men armed with shotguns ran into the canteen.")
    assert len(ds) == 1 and len(ds[0].claims) == 2


def test_no_dispute_when_only_one_side_or_an_open_question():
    assert not _lone("The governor said the student, a young man acting alone, shot himself after the attack.",
                     "Police said they were checking whether the student had help.")
    assert not _lone("The minister said a lone gunman opened fire on the beach.",
                     "Officers said they were hunting for possible accomplices of the gunman.")


def test_a_uniformed_crew_of_one_or_a_group():
    assert alone("A provincial official said a lone Dutch soldier had shot the farmers at the gate.")
    assert alone("A lone Dutch soldier shot the farmers at the gate, the governor said.")
    assert not alone("Police said the sole guard on duty was injured in the blast.")      # hurt, not the doer
    assert not alone("It is unclear whether a lone soldier carried out the shooting.")
    assert several("A villager said a group of U.N. soldiers came to the farm before dawn, broke down doors "
                   "and opened fire.")
    assert not several("Witnesses said a group of protesters blocked the road.")
    assert not several("The army said a group of soldiers was sent to the bank.")


def test_a_lone_soldier_against_a_group_of_soldiers():
    ds = _lone("A provincial official said a lone Dutch soldier had shot the farmers at the gate.",
               "Farmers told a radio station that a group of Dutch soldiers came to the hamlet at night, "
               "broke down doors and opened fire.")
    assert len(ds) == 1 and len(ds[0].claims) == 2
