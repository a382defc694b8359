"""A number before an active "shot dead" / "gunned down" with an object after it counts the
shooters, not the dead (extract/counts.py `_object_after`); a headline-style "Five people gunned
down at a wedding" still counts the dead. (Sentences invented.)"""
from __future__ import annotations

from newsdesk.extract.counts import casualties


def _dead(s: str):
    d = casualties(s)["dead"]
    return (d.low, d.high) if d else None


def test_the_shooter_is_not_the_toll():
    assert _dead("One police officer shot dead four of the attackers near the harbour.") == (4, 4)
    assert _dead("Three soldiers gunned down the two gunmen at the gate.") == (2, 2)


def test_victims_before_the_phrase_are_the_toll():
    assert _dead("Two men shot dead in a bar in the old town.") == (2, 2)
    assert _dead("Five people gunned down at a wedding party.") == (5, 5)
    assert _dead("Six villagers killed at a market on Sunday.") == (6, 6)


def test_a_doer_with_an_at_least_object():
    assert _dead("Four gunmen killed at least 30 people in the raid.") == (30, None)
