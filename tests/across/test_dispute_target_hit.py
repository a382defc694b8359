"""Whom a strike was aimed at, told as a war machine on one side and as a civilian place or
vehicle hit on the other (across/dispute_target.py MILITARY, HIT_CIVIL): 'the jets targeted
rocket launchers' against 'the strike hit a bus carrying pupils' is a dispute; two accounts of
a civilian hit, or a strike on launchers told alone, are none."""
from __future__ import annotations

from newsdesk.across.dispute_target import HIT_CIVIL, MILITARY
from tests.conftest import story_disputes

ARMY = ("The defence ministry said its air strikes on Tuesday targeted rocket launchers "
        "near the border town of Velmar.")
AGENCY = "The Red Crescent said the air strike hit a bus carrying pupils in the Velmar market."


def _targets(*texts: str) -> list:
    return [d for d in story_disputes(*texts) if d.topic.startswith("what the attack targeted")]


def test_cues():
    assert MILITARY.search("rocket launchers") and MILITARY.search("a weapons depot")
    assert not MILITARY.search("a school bus")
    assert HIT_CIVIL.search("the shell struck a crowded market")
    assert not HIT_CIVIL.search("the storm hit the coast")


def test_launchers_against_a_bus_hit_is_a_dispute():
    found = _targets(ARMY, AGENCY)
    assert len(found) == 1 and "launchers" in found[0].topic and "bus" in found[0].topic


def test_one_side_alone_is_no_dispute():
    assert not _targets(ARMY)
    assert not _targets(AGENCY, "Medics said the raid struck a school in the old quarter of Velmar.")
