"""Rival accounts of who did an act (across/dispute_rival_accounts.py, dispute_rival_doer.py):
a group's claim against another party blamed by officials, two groups claiming one attack,
"X was behind it" against a claim; one party under two names (an alias, a faction of it), a
claim told as not made, and a blame passive on the blamed make no dispute (articles we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_rival_accounts import rival_accounts
from newsdesk.across.dispute_rival_doer import doer_values
from tests.conftest import detector_disputes

FILLER = "Shops in the old quarter stayed shut on Tuesday and the roads were quiet."
CLAIM = "The Red Dawn Front claimed responsibility for the bombing of the Varna depot."


def _found(*texts):
    return detector_disputes(rival_accounts, *texts)


def test_a_claim_against_officials_blaming_another_group():
    blame = "Interior ministry officials blamed the Kestrel Brigades for the bombing, a spokesman said."
    found = _found(CLAIM + " " + FILLER, FILLER + " " + blame)
    assert len(found) == 1
    assert [c.span.text for c in found[0].claims] == [CLAIM, blame]
    assert found[0].kind == "responsibility"


def test_two_groups_claiming_one_attack_in_one_sentence():
    both = "Both the Red Dawn Front and the Kestrel Brigades claimed responsibility for the depot bombing."
    assert [n for n, _ in doer_values(both)] == ["the Red Dawn Front", "the Kestrel Brigades"]
    found = _found(both, CLAIM)
    assert len(found) == 1 and len(found[0].claims) == 2


def test_behind_it_and_a_faction_named_by_its_group():
    behind = "The governor said the Kestrel Brigades were behind the depot bombing."
    assert len(_found(CLAIM, behind)) == 1
    faction = "Police blamed a faction of the Red Dawn Front for the attack on the depot."
    assert not _found(CLAIM, faction)


def test_no_claim_made_or_a_passive_blame_names_no_rival_doer():
    not_made = "No group has claimed responsibility, though the Kestrel Brigades have not commented."
    passive = "The Kestrel Brigades were blamed by some residents, who gave no reason."
    assert not doer_values(not_made)
    assert not doer_values(passive)
    assert not _found(CLAIM, not_made, passive)
