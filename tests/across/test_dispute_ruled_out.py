"""A means ruled out by one voice against another voice reporting it (across/dispute_ruled_out.py);
sentences we wrote."""
from __future__ import annotations

from newsdesk.across.dispute_ruled_out import ruled_out
from tests.conftest import story_disputes


def _ruled(disputes):
    return [d for d in disputes if d.topic.startswith("whether it was")]


def test_the_ruled_out_means_is_read_next_to_its_negation():
    assert ruled_out("The coroner said it was definitely not rocket fire.") == ("projectile", "rocket")
    assert ruled_out("The ferry was not hit by a mine, the navy said.") == ("device", "mine")
    assert ruled_out("Engineers found no sign of a missile at the site.") == ("projectile", "missile")


def test_a_hypothetical_or_partial_negation_rules_nothing_out():
    assert ruled_out("If it was not a rocket, what destroyed the depot?") is None
    assert ruled_out("The blast was not only caused by a car bomb.") is None


def test_a_means_ruled_out_against_a_report_of_it_is_a_dispute():
    a = "Norland's defence ministry said rockets struck the barracks overnight, killing 30 inmates."
    b = "\"It was definitely not rocket fire,\" the chief prosecutor, Ana Vell, said of the barracks fire."
    found = _ruled(story_disputes(a, b))
    assert len(found) == 1 and {c.article for c in found[0].claims} == {"a0", "a1"}


def test_a_ruling_out_with_no_report_of_that_means_is_no_dispute():
    a = "Norland's defence ministry said an explosion tore through the barracks overnight, killing 30 inmates."
    b = "\"It was definitely not rocket fire,\" the chief prosecutor, Ana Vell, said of the barracks fire."
    assert not _ruled(story_disputes(a, b))
