"""Crew ranges (across/dispute_crew_range.py, used by dispute_headcount.py): "two or three
gunmen" against "gunmen, perhaps four or five" is a headcount dispute; an exact figure inside
the range is not (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_crew_range import crew_ranges, range_clash
from tests.conftest import story_disputes


def _crews(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("number of attackers")]


def test_ranges_are_read_with_their_ends():
    assert crew_ranges("Two or three gunmen with rifles burst into the lobby.") == {3: (2, 3)}
    assert crew_ranges("The gunmen, perhaps six or seven, stormed the lobby.") == {6: (6, 7)}
    assert range_clash(3, 6, {3: (2, 3), 6: (6, 7)}) is True
    assert range_clash(3, 4, {3: (2, 3), 4: (3, 4)}) is False
    assert range_clash(3, 2, {3: (2, 3)}) is False
    assert range_clash(3, 4, {}) is None


def test_disjoint_ranges_from_two_holders_are_a_dispute():
    found = _crews("Two or three attackers with rifles burst into the lobby of the guesthouse, a police "
                   "spokesman said.",
                   "Masked gunmen, maybe four or five, seized the guests, said the army commander.")
    assert len(found) == 1


def test_a_figure_inside_the_range_is_none():
    assert not _crews("Two or three attackers with rifles burst into the lobby of the guesthouse, a police "
                      "spokesman said.",
                      "Three gunmen stormed the guesthouse, the army commander said.")
