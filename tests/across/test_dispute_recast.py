"""A group's claim of an attack set against an official who renames the attackers as criminals
or gives the act another motive (across/dispute_recast.py) is a dispute; attackers described
by arms or number, a negated or asked-about motive, or a recast with no claim beside it are not
(sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_recast import OWN_CLAIM, _recast
from tests.conftest import story_disputes


def _recasts(*texts):
    return [d for d in story_disputes(*texts) if d.kind == "responsibility"]


def test_own_claims_are_read():
    assert OWN_CLAIM.search("The Red Banner movement has claimed that they carried out the night raid on the depot.")
    assert OWN_CLAIM.search("Rebels of the Hill Front confirmed that they had attacked a convoy near the ford.")
    assert not OWN_CLAIM.search("The mayor confirmed that the convoy reached the ford at noon.")


def test_recasts_are_read():
    assert _recast("The regional governor described the assailants as \u201cbandits\u201d on Tuesday.")
    assert _recast("The minister insisted that the killings were politically motivated.")
    assert _recast("Officials called the gunmen common criminals after the raid.")


def test_near_misses_are_no_recast():
    assert not _recast("Witnesses described the gunmen as heavily armed young men.")
    assert not _recast("The minister said the killings were not politically motivated.")
    assert not _recast("Reporters asked whether the attack was politically motivated.")


def test_a_claim_against_a_recast_is_a_dispute():
    found = _recasts("The Red Banner movement has claimed that they carried out the night raid on the depot.",
                     "The interior minister described the assailants as \u201cbandits\u201d in a statement.")
    assert len(found) == 1 and len(found[0].claims) == 2
    assert found[0].claims[0].holder == "Red Banner"


def test_a_recast_without_a_claim_is_none():
    assert not _recasts("The interior minister described the assailants as \u201cbandits\u201d in a statement.",
                        "The depot reopened on Monday after repairs.")
