"""A group's claim of an act set against an official who calls that claim propaganda or lies
(across/dispute_scorned.py) is a dispute; a claim nobody scorns, or a scorn word with no claim
pointed at, is not (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_scorned import SAID_DID, _scorns
from tests.conftest import story_disputes


def _scorned(*texts):
    return [d for d in story_disputes(*texts) if d.kind == "responsibility"]


def test_claims_of_the_act_are_read():
    assert SAID_DID.search("The Black Hand said they had blown up the rail bridge to punish the army.")
    assert SAID_DID.search("The rebels claimed on their radio channel that they downed the cargo helicopter.")
    assert not SAID_DID.search("The mayor said the bridge would reopen next spring.")


def test_scorn_is_read():
    assert _scorns("The governor called that claim \u201cpropaganda\u201d meant to frighten tourists.")
    assert _scorns("He said claims by the Black Hand that it destroyed the bridge were lies.")
    assert not _scorns("The governor called the bridge a vital link for the valley.")
    assert not _scorns("The governor rejected the budget claims of the opposition on Monday.")


def test_a_claim_against_its_scorn_is_a_dispute():
    found = _scorned("In a message online, the Black Hand said they had blown up the rail bridge near the mill.",
                     "Regional governor Anna Sorel called that claim \u201cpropaganda\u201d and blamed old charges.")
    assert len(found) == 1 and len(found[0].claims) == 2


def test_a_claim_nobody_scorns_is_none():
    assert not _scorned("In a message online, the Black Hand said they had blown up the rail bridge near the mill.",
                        "Regional governor Anna Sorel said repairs would take a month.")
