"""A state answers a charge through its organs (across/disputes.py `denial`, across/dispute_sides.py
`state_keys`): "the Peruvian foreign ministry dismissed the accusations" rebuts "blamed Peru",
though the stems differ ("Peruv" / "Peru"); another state's ministry does not (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_sides import state_keys
from tests.conftest import story_disputes

CHARGE = "Chile's navy blamed Peru for the collision between two fishing fleets off the coast on Friday."


def _accusations(*texts):
    return [d for d in story_disputes(*texts) if d.kind == "accusation"]


def test_a_demonym_names_the_state():
    assert state_keys("The Peruvian foreign ministry") == state_keys("Peru") != set()
    assert state_keys("opponents of the government") == set()


def test_the_accused_states_ministry_rebuts_the_charge():
    answer = "The Peruvian foreign ministry dismissed the accusations as baseless on Saturday."
    found = _accusations(CHARGE, answer)
    assert len(found) == 1
    assert [c.article for c in found[0].claims] == ["a0", "a1"]


def test_a_third_states_ministry_is_no_rebuttal():
    other = "The Bolivian foreign ministry dismissed the accusations as baseless on Saturday."
    assert not _accusations(CHARGE, other)


def test_a_body_bearing_a_demonym_is_no_organ_of_the_state():
    assert state_keys("the Peruvian Observatory for Human Rights") == set()
    rebels = "Greek officials blamed Turkish rebels for the raid on the border village on Friday."
    answer = "Turkey's foreign ministry dismissed the accusations as baseless on Saturday."
    assert not _accusations(rebels, answer)
    state = "Greek officials blamed Turkish troops for the raid on the border village on Friday."
    assert _accusations(state, answer)
