"""How far a vehicle went (across/dispute_distance.py): outlets giving ranges that cannot both
hold for the same vehicle make one dispute; ranges that agree, a journey between two named
places, or one voice do not (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_distance import DISTANCE, metres
from tests.conftest import story_disputes


def _far(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("how far")]


SHORT = "Witnesses said the van ploughed through the market over a distance of several hundred metres."
LONG = "Police later said the van had zigzagged along the quay over a distance of three kilometres."


def test_two_ranges_that_cannot_both_hold():
    found = _far(SHORT, LONG)
    assert len(found) == 1 and found[0].topic == "how far the van went"
    assert [c.article for c in found[0].claims] == ["a0", "a1"]


def test_agreeing_ranges_a_journey_or_another_vehicle_are_no_dispute():
    assert not _far(LONG, "The van drove about 3 km along the quay, the mayor said.")
    assert not _far(SHORT, "The van had travelled 300 km from Orvel to Portvale the day before, police said.")
    assert not _far(SHORT, "Police said the bus had zigzagged along the quay for three kilometres.")


def test_the_ranges_read():
    assert metres(DISTANCE.search("the truck drove about a mile")) == (1609 * 0.85, 1609 * 1.15)
    lo, hi = metres(DISTANCE.search(SHORT))
    assert lo < 300 and hi > 900
    assert DISTANCE.search("He ran a marathon.") is None
