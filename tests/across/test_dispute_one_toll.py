"""A toll stated as one person ("one envoy was killed") rivals another outlet's larger toll
(across/figures.one_told, read by the toll detector); one of a part group or an attacker does
not. Sentences are our own."""
from __future__ import annotations

from newsdesk.across.figures import one_told
from tests.conftest import story_disputes


def test_a_toll_of_one_is_read():
    assert one_told("The minister said one British envoy had been killed in the raid.")
    assert not one_told("One of them was killed.")
    assert not one_told("One police officer was killed.")
    assert not one_told("One gunman was killed by troops.")
    assert not one_told("No one was killed.")


def test_one_against_the_envoy_and_three_others_is_a_toll_dispute():
    a = "The minister said one British envoy had been killed in the raid on the mission in Port Vale."
    b = "The British envoy and three other staff were killed in the raid on the mission in Port Vale, officials said."
    ds = [d for d in story_disputes(a, b) if d.kind == "count"]
    assert ds and {c.article for c in ds[0].claims} == {"a0", "a1"}
