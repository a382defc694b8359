"""The attacker's origin given as two countries (across/dispute_origin.py), and a group's claim
of an attack against officials who blame another named group (across/dispute_claim_blame.py),
are disputes; one country, or blame of the claimant itself, is not (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_claim_blame import BLAMED, CLAIMED
from newsdesk.across.dispute_origin import _countries
from tests.conftest import story_disputes


def _of(kind, *texts):
    return [d for d in story_disputes(*texts) if d.kind == kind]


def test_origins_are_read_per_perpetrator():
    assert [i for i, _ in _countries("The minister said the bomber was a 30-year-old Libyan national.")] == ["LY"]
    assert [i for i, _ in _countries("The minister had said the attacker was a Libyan national, but a private "
                                     "agency claimed the bomber was Egyptian-born.")] == ["LY", "EG"]
    assert not _countries("A Libyan suicide bomber blew himself up outside the hotel.")


def test_two_countries_from_two_holders_make_a_dispute():
    found = _of("origin", "Interior Minister Omar Said told reporters the bomber was a 30-year-old Libyan national.",
                "A private news agency reported that the bomber was identified as Egyptian-born Karim Nour.")
    assert len(found) == 1 and len(found[0].claims) == 2


def test_one_country_is_no_dispute():
    assert not _of("origin", "Interior Minister Omar Said told reporters the bomber was a 30-year-old Libyan national.",
                   "A private news agency reported that the bomber was a Libyan national.")


def test_a_birthplace_beside_a_citizenship_is_no_dispute():
    assert not _of("origin", "Interior Minister Omar Said told reporters the gunman was a Libyan national.",
                   "A news agency reported that the gunman was Egyptian-born.",
                   "Police later said he was an Egyptian-born Libyan national who moved as a child.")


def test_claim_and_blame_patterns():
    assert CLAIMED.search("The Northern Front has claimed responsibility for the raid.")
    blame = BLAMED.search("Officials blamed a faction of the Valley Brigade for the raid.")
    assert blame.group("group") == "Valley Brigade"
    assert not BLAMED.search("The president blamed the raid on the Valley Brigade.")


def test_a_claim_answered_by_blame_of_another_group_is_a_dispute():
    found = _of("claim_blame", "The Northern Front has claimed responsibility for the raid on the depot.",
                "Police officials blamed a faction of the Valley Brigade and said the raiders came from the hills.")
    assert len(found) == 1 and len(found[0].claims) == 2


def test_blame_of_the_claimant_under_another_name_is_none():
    assert not _of("claim_blame", "Islamic State has claimed responsibility for the raid on the depot.",
                   "Police officials blamed Daesh and said the raiders came from the hills.")
