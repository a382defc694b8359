"""A one-sentence quarrel the reporter marks (across/dispute_varying.py): "conflicting reports ...,
with A saying P, while B ..." beside a story sentence stating P is a dispute; the marker without
two sides, or with no other sentence on P, is not (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_varying import contested, phrases
from tests.conftest import story_disputes

MARKED = ("There were conflicting accounts of the fire, with neighbours saying a gas cylinder exploded, "
          "while the fire brigade told reporters this had not happened.")


def _varying(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("conflicting reports")]


def test_the_point_is_read():
    assert contested(MARKED) == "a gas cylinder exploded"
    assert phrases("a gas cylinder exploded") == {"gas cylinder", "cylinder exploded"}
    assert contested("There are conflicting reports about the number of casualties.") is None


def test_marked_sentence_beside_a_sentence_on_its_point():
    found = _varying(MARKED, "A gas cylinder in the kitchen caused the blaze, the landlord said.")
    assert len(found) == 1 and len(found[0].claims) == 2


def test_no_other_sentence_on_the_point_is_none():
    assert not _varying(MARKED, "The building was evacuated before midnight, the landlord said.")
