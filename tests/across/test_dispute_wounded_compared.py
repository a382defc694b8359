"""How many were hurt, when the source itself sets one figure against another
(across/dispute_wounded.py): "reported a higher number of 83 wounded" counts what the figure
before it counts even when the events step filed the two sentences under two records; a figure
the article marks as an earlier report was replaced, not contested (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_wounded import _rivals
from newsdesk.model import Sentence

EARLY = Sentence(0, 80, "The navy said the initial report on Monday showed that 40 sailors were wounded.")
POLICE = Sentence(81, 190, "By noon, however, 64 people were recorded injured in the harbour blast, "
                           "port police chief Anil Moravec said.")
ARMY = Sentence(191, 290, "Army spokesman Colonel Petra Lund, however, reported a higher number of 71 people wounded.")


def _run(*sents):
    figs = {EARLY.start: (40, 40), POLICE.start: (64, 64), ARMY.start: (71, 71)}
    who = {EARLY.start: "navy", POLICE.start: "Anil Moravec", ARMY.start: "Petra Lund"}
    return [(s, who[s.start], figs[s.start], "exact") for s in sents]


def test_a_figure_set_against_the_one_before_it_is_a_rival_across_records():
    pair = _rivals(_run(POLICE, ARMY), {POLICE.start: "e4", ARMY.start: "e5"})
    assert pair is not None
    assert {pair[0][1], pair[1][1]} == {"Anil Moravec", "Petra Lund"}


def test_without_the_comparison_two_records_stay_two_acts():
    plain = Sentence(191, 260, "Army spokesman Colonel Petra Lund reported 71 people wounded.")
    run = [(POLICE, "Anil Moravec", (64, 64), "exact"), (plain, "Petra Lund", (71, 71), "exact")]
    assert _rivals(run, {POLICE.start: "e4", plain.start: "e5"}) is None


def test_an_earlier_report_is_replaced_not_contested():
    pair = _rivals(_run(EARLY, POLICE, ARMY), {EARLY.start: "e4", POLICE.start: "e4", ARMY.start: "e5"})
    assert pair is not None and EARLY not in (pair[0][0], pair[1][0])
    assert _rivals(_run(EARLY, POLICE), {}) is None


def test_a_passive_of_record_states_the_wounded():
    from newsdesk.across.dispute_wounded import injured
    assert injured(POLICE.text) == ((64, 64), "exact")
