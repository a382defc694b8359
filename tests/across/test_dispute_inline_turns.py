"""Both sides in one sentence (across/dispute_inline.py), two turns: "although" sets two
parties' accounts against each other by itself, the second party may carry a relative clause
("the government, which summoned the envoy, said ..."), and a second party who never saw what
the first says happened contradicts it; "X issued a statement saying" is X's side; a plain
"but" between two sayings with no cue stays no dispute (articles we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes as disputes_of

ALTHOUGH = ("The Velmoran embassy issued a statement saying that the reporter had left its building on "
            "Tuesday, although the Ostrian government, which summoned the Velmoran envoy in Calder "
            "demanding answers, said he remained inside.")
UNSEEN = "Velmoran officials have said the reporter left soon after, but his sister has said she never saw him leave."


def _holders(text):
    return [[c.holder for c in d.claims] for d in disputes_of(text)]


def test_an_although_turn_with_a_relative_clause():
    assert _holders(ALTHOUGH) == [["Velmoran embassy", "Ostrian government"]]


def test_a_second_party_who_never_saw_it():
    found = disputes_of(UNSEEN)
    assert len(found) == 1
    assert found[0].claims[0].holder == "Velmoran officials"


def test_two_sayings_with_no_cue_stay_apart():
    plain = "Velmoran officials have said the reporter left soon after, but his sister has said she was tired."
    assert not disputes_of(plain)
