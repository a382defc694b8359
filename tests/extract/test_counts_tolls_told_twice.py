"""One article's statements of a toll reconciled into its own figure (extract/counts.py), on
sentences we wrote: a bound beside its shorthand, a vague word before the count, the wounded
of a first report, and a count whose victims carry a dotted initial ("U.S.")."""
from __future__ import annotations

from newsdesk.extract.counts import casualties, mentions, pick


def _said(kind: str, *sentences: str):
    return [m for s in sentences for m in mentions(s) if m.kind == kind]


def _fig(m):
    c = getattr(m, "count", m)    # a Mention or a bare Count
    return (c.low, c.high)


def test_the_bound_wins_over_its_plain_shorthand():
    # the headline's "70 deaths" is the body's "at least 70" told short: the bound is kept
    said = _said("dead", "At least 70 people died when the market hall collapsed on Friday.",
                 "The regional hospital said it had confirmed 70 deaths by the evening.")
    assert _fig(pick(said)) == (70, None)
    # either order, and a different toll told later is still no rival to the first one
    said = _said("dead", "Rescuers pulled out bodies after the blast killed 15 miners.",
                 "At least 15 miners were killed in the blast, the company said.")
    assert _fig(pick(said)) == (15, None)


def test_a_plain_count_stays_when_no_bound_repeats_it():
    said = _said("dead", "Officials said 70 people were killed in the attack.",
                 "More than 80 people were wounded, officials said.")
    assert _fig(pick(said)) == (70, 70)


def test_a_vague_word_gives_way_to_a_count_far_above_it():
    # "scores wounded" has no top: the 500 of the charity's statement is the count
    said = _said("injured", "The shelling killed dozens of civilians and wounded scores more.",
                 "A relief group said at least 25 people died and 500 were wounded in the town.")
    assert _fig(pick(said)) == (500, 500)


def test_the_wounded_of_a_first_report_are_as_old_as_its_dead():
    first = mentions("The army said the initial report showed that 14 died in the blast while 41 were hurt.")
    assert [(m.kind, m.count.low, m.superseded) for m in first] == \
        [("dead", 14, True), ("injured", 41, True)]
    later = mentions("By noon the death toll rose to 22 while 65 people were recorded injured.")
    assert _fig(pick(_said("injured", "The army said the initial report showed that 14 died in "
                                      "the blast while 41 were hurt.",
                           "By noon the death toll rose to 22 while 65 people were recorded injured."))) \
        == (65, 65)
    assert all(not m.superseded for m in later)


def test_a_revision_in_between_keeps_the_second_figure_current():
    got = mentions("An earlier tally of 38 dead was revised down, and 20 were injured.")
    assert [(m.kind, m.count.low, m.superseded) for m in got] == [("dead", 38, True), ("injured", 20, False)]


def test_victims_with_a_dotted_initial_are_counted():
    got = casualties("Eighteen U.S. soldiers were injured besides the 13 dead, the ministry said.")
    assert _fig(got["injured"]) == (18, 18) and _fig(got["dead"]) == (13, 13)
    assert _fig(casualties("Two U.N. peacekeepers were killed near the border on Sunday.")["dead"]) == (2, 2)
    # a full stop after a capital ends the sentence's noun phrase: no figure runs across it
    assert casualties("The convoy carried 40 aid workers to the U.S. They were killed later.")["dead"] is None
