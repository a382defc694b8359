"""A witness's account of a surrender set against a police account of a struggle
(across/dispute_surrender.py) is a dispute; either account alone, or a struggle the police
deny, is not (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_surrender import _fight_told
from tests.conftest import story_disputes

SEEN = "A neighbour who saw the shooting said the driver had his hands in the air when the deputy fired."
FIGHT = "The sheriff's office said the deputy fired after a struggle at the door of the patrol car."


def _accounts(*texts):
    return [d for d in story_disputes(*texts) if d.kind == "account" and "shooting began" in d.topic]


def test_fights_are_read():
    assert _fight_told(FIGHT)
    assert not _fight_told("The sheriff said there was no struggle before the deputy fired.")


def test_surrender_against_struggle_is_a_dispute():
    found = _accounts(SEEN, FIGHT)
    assert len(found) == 1 and len(found[0].claims) == 2


def test_one_account_alone_is_none():
    assert not _accounts(SEEN, "The deputy has been placed on paid leave while the county reviews the case.")
    assert not _accounts("The deputy has been placed on paid leave.", FIGHT)
