"""A figure first believed and then replaced (extract/counts.py), on sentences we wrote: the
clause that opens with "initially" / "at first" holds the superseded figure, and a toll told
as "currently over N" is read as the toll."""
from __future__ import annotations

from newsdesk.extract.counts import casualties, mentions, pick


def _dead(sentence: str):
    return [m for m in mentions(sentence) if m.kind == "dead"]


def test_a_figure_first_believed_is_superseded():
    first = _dead("Initially, officials believed only 12 people died in the fire, but the count rose.")
    assert [(m.count.low, m.superseded) for m in first] == [(12, True)]
    at_first = _dead("At first 9 villagers were reported dead; now 31 villagers are known to have died.")
    assert [(m.count.low, m.superseded) for m in at_first] == [(9, True), (31, False)]
    # no such opening: a plain figure stays current
    assert [m.superseded for m in _dead("Twelve people died in the fire, officials said.")] == [False]


def test_a_current_toll_wins_over_the_first_belief():
    said = _dead("Initially, it was believed only 12 people died in the fire at the depot.") + \
        _dead("The death toll, currently over 140, continues to rise as rescuers search.")
    assert (pick(said).count.low, pick(said).count.high) == (140, None)


def test_casualties_mixing_dead_and_injured_is_no_figure():
    # "casualties" counts dead and injured together: neither field may take it
    got = casualties("Reports indicate at least 10 casualties after the blast near the port.")
    assert got["dead"] is None and got["injured"] is None
