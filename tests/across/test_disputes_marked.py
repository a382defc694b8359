"""Disputes the reporter names (across/dispute_marked.py): "rival claims" after the parties'
attributed figures makes those figures one dispute; the marker alone, or "conflicting
reports" of unclear news, does not."""
from __future__ import annotations

from tests.conftest import story_disputes as disputes_of


def test_rival_claims_after_attributed_figures():
    text = ("The Norland defence ministry said 31 of its soldiers had been killed since Saturday. "
            "Tessa acknowledged the loss of 30 fighters. "
            "Each side put the enemy's losses in the hundreds, rival claims that could not be verified.")
    found = [d for d in disputes_of(text) if d.topic.startswith("rival claims")]
    assert len(found) == 1
    assert found[0].topic == "rival claims: Each side put the enemy's losses in the hundreds"
    assert {c.holder for c in found[0].claims} >= {"The Norland defence ministry", "Tessa"}


def test_a_marker_without_attributed_figures_or_about_reports_is_no_dispute():
    alone = "The talks resumed on Monday. Both sides traded rival claims over the border."
    assert not disputes_of(alone)
    reports = ("Officials said 12 people were rescued from the mine. "
               "There were conflicting reports about the fate of the others.")
    assert not [d for d in disputes_of(reports) if d.topic.startswith("rival claims")]
