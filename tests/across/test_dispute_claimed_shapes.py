"""More ways a claim of responsibility is told (across/dispute_claimed.py): with no "for"
after it ("... also claimed responsibility."), and a claimant first described, then named
("a movement called the Free Delta Front"); two groups claiming one act are rival culprits
(sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_claimed import _claimant
from tests.conftest import story_disputes


def test_a_claim_told_without_its_object():
    assert _claimant("Northern Hand fighters also claimed responsibility.") == "Northern Hand fighters"
    assert _claimant("The Northern Hand claimed responsibility in a statement on its channel.") == "The Northern Hand"
    assert _claimant("The Northern Hand claimed responsibility, saying it had targeted the convoy.") == "The Northern Hand"


def test_a_described_claimant_is_named():
    text = "An exiled opposition movement called the Free Delta Front claimed responsibility for the ambush."
    assert _claimant(text) == "the Free Delta Front"


def test_two_groups_claiming_one_act():
    text = ("An exiled opposition movement called the Free Delta Front claimed responsibility for the ambush "
            "on the Orsk convoy. Northern Hand fighters also claimed responsibility.")
    ds = [d for d in story_disputes(text) if d.kind == "responsibility"]
    assert ds and "Free Delta Front" in ds[0].topic and "Northern Hand" in ds[0].topic
