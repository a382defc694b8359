"""A figure against a contrasted vague quantity (across/dispute_vague.py): "about 12 fighters" and,
a sentence on, "However, villagers said there were dozens of fighters" is a dispute; a figure
that fits the vague word, groups of different kinds, tolls, or no contrast are not (sentences
we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_vague import figures, vague_group
from tests.conftest import story_disputes


def _vague(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("how many armed men")]


def test_each_side_is_read():
    assert vague_group("However, villagers said there were dozens of armed fighters in the hills.") == (24, "armed")
    assert vague_group("Villagers said there were dozens of armed fighters in the hills.") is None  # no contrast
    assert vague_group("But medics said dozens of fighters were killed.") is None                   # a toll
    assert figures("The provincial army office said soldiers fought about 12 rebels near the bridge.") == \
        [(12, "armed")]
    assert figures("Three of the rebels were seen near the bridge.") == []                          # a part


def test_a_low_figure_against_dozens_is_a_dispute():
    found = _vague("The provincial army office said soldiers fought about 12 rebels near the bridge. "
                   "The fighting lasted into the night. "
                   "However, villagers said there were dozens of armed fighters in the hills.")
    assert len(found) == 1 and len(found[0].claims) == 2


def test_a_fitting_figure_or_another_group_is_none():
    assert not _vague("The provincial army office said soldiers fought about 40 rebels near the bridge. "
                      "However, villagers said there were dozens of armed fighters in the hills.")
    assert not _vague("The provincial army office said 12 soldiers guarded the bridge. "
                      "However, villagers said there were dozens of armed fighters in the hills.")
