"""Outlets that call the dead martyrs ("were martyred", "embraced martyrdom") state a toll like
"were killed" (extract/counts.py cue lists). Sentences are our own."""
from __future__ import annotations

from newsdesk.extract.counts import casualties


def dead(s: str):
    c = casualties(s)["dead"]
    return (c.low, c.high) if c else None


def test_martyred_is_a_death_cue():
    assert dead("Thirty people were martyred and 40 wounded when the bomb went off at the shrine.") == (30, 30)
    assert dead("Gunmen stormed the college, 15 martyred, officials said.") == (15, 15)


def test_martyrdom_phrases_are_death_cues():
    assert dead("At least 12 policemen embraced martyrdom and 20 were hurt in the raid on the post.") == (12, None)
    assert dead("Eight soldiers attained martyrdom in the clash near the border.") == (8, 8)
    assert casualties("At least 12 policemen embraced martyrdom and 20 were hurt in the raid.")["injured"].low == 20


def test_a_martyred_person_named_is_no_figure():
    assert dead("The martyred commander's 3 sons attended the funeral.") is None
