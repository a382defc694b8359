"""A toll in words opens the report ("dozens killed"), a faceless sentence later gives the
count ("at least 25 were killed"): one act, counted by the count (extract/ev_group_parties.py
`rough_same`, extract/counts.py `pick`)."""
from __future__ import annotations

from tests.conftest import assault_mentions


def test_faceless_count_after_words_joins_and_gives_the_figure():
    ms = assault_mentions(
        "Activist groups on Saturday reported that a brutal attack on the town of Varno left "
        "dozens of civilians killed. Graphic images showed bodies in the streets. "
        "A medical charity said a massive suspected gas attack was reported and at least 25 "
        "people were killed.", "2026-04-07")
    assert len(ms) == 1
    assert ms[0].dead.low == 25
