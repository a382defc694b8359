"""Figures read after "another" / "more" (extract/counts.py), on sentences we wrote: when the
sentence's earlier figure counts the other kind ("killed 140 and wounded another 525"), the
figure is that kind's own count, not an increment; it stays an increment when its own kind
was counted before it, when nothing was, and "more than" is a bound, never an increment."""
from __future__ import annotations

from newsdesk.extract.counts import mentions, pick
from tests.conftest import assault_mentions


def _figures(sentence: str):
    return [(m.kind, m.count.low, m.increment) for m in mentions(sentence)]


def test_another_of_the_other_kind_is_its_own_count():
    assert _figures("The bombing killed at least 140 people and wounded another 525, officials said.") == \
        [("dead", 140, False), ("injured", 525, False)]
    assert _figures("Four people died and another 155-plus were hurt in the stampede.") == \
        [("dead", 4, False), ("injured", 155, False)]
    assert _figures("Twelve people died and 30 more were injured when the bridge collapsed.") == \
        [("dead", 12, False), ("injured", 30, False)]
    assert _figures("Seven soldiers were killed and dozens more were wounded in the ambush.") == \
        [("dead", 7, False), ("injured", 24, False)]


def test_another_of_the_same_kind_stays_an_increment():
    assert _figures("At least 20 people were killed on Monday, and another 15 were killed on Tuesday.") == \
        [("dead", 20, False), ("dead", 15, True)]
    assert _figures("Another 8 people died later in hospital, the ministry said.") == [("dead", 8, True)]


def test_more_than_is_a_bound_not_an_increment():
    assert _figures("The attack killed 30 more than a week after the truce was signed.") == [("dead", 30, False)]


def test_the_first_stated_wounded_figure_leads_the_article():
    said = [m for s in ("Four people died and another 155-plus were hurt in the stampede.",
                        "About 150 people were injured in the crush, the emergency agency said.")
            for m in mentions(s) if m.kind == "injured"]
    got = pick(said).count
    assert (got.low, got.high) == (155, None)


def test_event_keeps_the_wounded_told_with_another():
    text = ("Four people died and another 155-plus were hurt when police fired tear gas at a crowd "
            "outside a football stadium in Lagos on Sunday, emergency officials said.\n\n"
            "About 150 people were injured in the crush, the emergency agency said in a statement.")
    ms = assault_mentions(text, "2031-03-04")
    assert ms and ms[0].injured is not None and (ms[0].injured.low, ms[0].injured.high) == (155, None)
