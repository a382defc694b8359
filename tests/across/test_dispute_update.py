"""A count that grew from its first report is an update, not a correction
(across/dispute_update.py, the correction detector; sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_update import grew_from
from tests.conftest import story_disputes


def test_growth_from_a_first_figure():
    assert grew_from("As the toll kept climbing from the initially reported 12, rescuers reached the mill.")
    assert grew_from("The number of dead rose sharply from the 9 first reported.")
    assert not grew_from("Initial reports had said the mill was empty.")


def test_an_update_is_no_correction():
    text = ("As the toll kept climbing from the initially reported 12, rescuers searched the flooded mill at Orsk. "
            "The flooded mill at Orsk was searched by rescuers with dogs, wounding none, the mayor said.")
    assert not [d for d in story_disputes(text) if d.topic.startswith("earlier report")]


def test_a_corrected_account_still_is():
    text = ("Initial reports had said the flooded mill at Orsk was empty. "
            "Eleven workers were trapped inside the flooded mill at Orsk, the mayor said.")
    assert [d for d in story_disputes(text) if d.topic.startswith("earlier report")]


def test_an_account_repeating_the_reports_figure_corrects_nothing():
    text = ("Earlier reports had said the barge was hauling 4,000 tonnes of grain, a bulk load. "
            "The river barge with 4,000 tonnes of grain ran aground near Orsk, its owner said.")
    assert not [d for d in story_disputes(text) if d.topic.startswith("earlier report")]
    moved = ("Earlier reports had said the river barge ran aground near Orsk with 4,000 tonnes of grain. "
             "The river barge ran aground near Orsk with 2,500 tonnes of grain, its owner said.")
    assert [d for d in story_disputes(moved) if d.topic.startswith("earlier report")]
