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
