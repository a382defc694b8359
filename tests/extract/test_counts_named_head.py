"""A toll told as a named or pointed-at victim plus "N others" counts the victim too
(extract/toll_named.py): "the envoy and three others were killed" is four. Texts are our own."""
from __future__ import annotations

from newsdesk.extract.counts import casualties


def dead(s: str):
    c = casualties(s)["dead"]
    return (c.low, c.high) if c else None


def test_a_named_victim_and_others_counts_the_victim():
    assert dead("The radio said the envoy, Paul J. Harmon, and 3 others were killed in the raid.") == (4, 4)
    assert dead("Governor Alan Reyes and four other officials were killed in the ambush.") == (5, 5)
    assert dead("Reports say the British envoy to Freedonia and three other staff were killed in a rocket strike.") == (4, 4)
    assert dead("The pilot and 12 others were killed when the plane came down.") == (13, 13)


def test_a_pair_pointed_at_counts_two():
    assert dead("In the end the duo and 9 others were dead.") == (11, 11)


def test_the_wounded_are_counted_the_same_way():
    assert casualties("A soldier and three others were wounded at the gate.")["injured"].low == 4


def test_counts_and_places_before_and_stay_as_they_are():
    assert dead("Six of the gunmen and four others were killed in the raid.") == (10, 10)
    assert dead("Nine people were killed and 20 others wounded.") == (9, 9)
    assert casualties("Two died in New Town and 20 others were wounded.")["injured"].low == 20
    assert dead("Militants stormed the town and 30 others were killed.") == (30, 30)
