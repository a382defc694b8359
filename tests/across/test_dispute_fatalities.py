"""A toll told with the noun "fatalities" ("the number of fatalities ... stood at 17") is a
stated toll for the toll disputes (disputes.DEAD_HINT). Sentences written for this test."""
from __future__ import annotations

from tests.conftest import story_disputes


def test_a_fatalities_toll_disputes_another_outlets_figure():
    a = ("A gunman opened fire at a crowded stadium in Lakeford on Saturday. The number of "
         "fatalities at the Lakeford stadium stood at 17 on Sunday, officials said.")
    b = "A gunman killed 19 people at a crowded stadium in Lakeford on Saturday, police said."
    tolls = [d for d in story_disputes(a, b) if d.kind == "count"]
    assert len(tolls) == 1
    assert any("stood at 17" in c.span.text for c in tolls[0].claims)
