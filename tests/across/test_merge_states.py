"""Outlets name one state in other words (across/merge_states.py): by its name, its capital
("... has promised a crushing answer") or its demonym ("Turkish troops"); these are one
actor, so the reports of one act link although their actors share no word. Real state names
are used because the gazetteer must know them; the sentences are invented."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_states import same_party, states
from newsdesk.model import EventMention, Span


def _m(aid, text, actor, typ="THREATEN"):
    return EventMention(aid, typ, Span(aid, 0, len(text), text), actor=actor)


VOW_A = "Iran vowed a harsh revenge for the killing of its general at the border post."
VOW_B = "Tehran has promised a crushing answer after the general was killed."


def test_a_state_and_its_capital_are_one_actor():
    groups = group_mentions([_m("a", VOW_A, "Iran"), _m("b", VOW_B, "Tehran")])
    assert len(groups) == 1


def test_another_state_gets_no_such_credit():
    groups = group_mentions([_m("a", VOW_A, "Iraq"), _m("b", VOW_B, "Tehran")])
    assert len(groups) == 2


def test_states_read_names_demonyms_and_capitals():
    assert states("Turkish troops") == states("Turkey") == states("Ankara") == {"TR"}
    assert states("the U.S. envoy") == states("American officials") == {"US"}
    assert states("Kurdish PKK forces and the Turkish army") == {"TR"}
    assert not states("Washington Post")            # a capital that opens another name
    assert not states("four gunmen")


def test_a_body_and_its_initials_are_one_actor():
    m = same_party(["African Union", "the AU", "Iran", "Tehran", None, "Union of Writers"])
    assert m[0, 1] == m[2, 3] == 1.0
    assert m[1, 5] == 0.0 and m[0, 2] == 0.0 and m[4, 4] == 0.0



def test_acts_of_two_states_never_join():
    """Like words, one day, but the actors name different states: two deployments (a pair
    joined in the dev oracle once the join bar was lowered)."""
    a = _m("a", "US troops were put on alert along the border after the militants advanced.",
           "US troops", typ="MOBILIZE")
    b = _m("b", "Jordanian troops were put on alert along the border as the militants advanced.",
           "the Jordanian army", typ="MOBILIZE")
    assert len(group_mentions([a, b])) == 2
    coalition = _m("c", "Saudi Arabia, Bahrain and Egypt put troops on alert along the border.",
                   "Saudi Arabia, Bahrain and Egypt", typ="MOBILIZE")
    bahrain = _m("d", "Bahrain put its troops on alert along the border on Monday.", "Bahrain",
                 typ="MOBILIZE")
    assert len(group_mentions([coalition, bahrain])) == 1
