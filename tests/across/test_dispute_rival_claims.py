"""Two claimants of one attack in one sentence (across/dispute_rival_claims.py), set beside the
story's accounts of who was behind it, are a dispute; one claimant, a sentence where "both"
counts something else, or rival claims with no other account are not (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_rival_claims import BEHIND, RIVALS
from tests.conftest import story_disputes


def _rivals(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("who was behind the attack: rival")]


def test_two_claimants_are_read():
    assert RIVALS.search("Both the Northern Front and a faction calling itself the Valley Sons claimed "
                         "responsibility for the raid.")
    assert RIVALS.search("The Northern Front and the Valley Sons have both claimed credit for the blast.")
    assert not RIVALS.search("Both bombings were claimed by the Northern Front.")
    assert not RIVALS.search("Both men were detained and the Northern Front claimed responsibility.")
    assert not RIVALS.search("Both the army and the police said the Northern Front claimed responsibility.")


def test_accounts_of_who_was_behind():
    assert BEHIND.search("The interior ministry blamed the raid on foreign-funded separatists.")
    assert BEHIND.search("A general said the attackers were members of a separatist cell.")
    assert not BEHIND.search("The ministry said the raid had been planned for months.")


def test_rival_claims_beside_a_blame_make_a_dispute():
    found = _rivals("Both the Northern Front and a faction calling itself the Valley Sons claimed "
                    "responsibility for the raid.",
                    "The interior ministry blamed the raid on foreign-funded separatists, state television said.")
    assert len(found) == 1 and len(found[0].claims) == 2


def test_rival_claims_alone_are_none():
    assert not _rivals("Both the Northern Front and a faction calling itself the Valley Sons claimed "
                       "responsibility for the raid.", "The market reopened on Monday.")
