"""An act the writer marks as another one stays apart across articles
(across/merge_separate.py): "In a separate incident yesterday, a family of six ... were among
30 people killed in air strikes" joined another outlet's report of the shelling of a school,
which then took 30 as its toll and a toll dispute (unseen set 6)."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_separate import marked_separate
from newsdesk.model import Count, EventMention, Location, Span


def _m(aid, text, dead=None):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text), location=Location("Tessa", "XA"),
                        date="2026-03-01", dead=Count(dead, dead) if dead is not None else None)


SCHOOL_A = "Shells hit a school sheltering families in Tessa on Sunday, killing at least 12 people."
SCHOOL_B = "At least 12 people were killed when shells hit a school sheltering families in Tessa."
SIDE = ("In a separate incident on Sunday, a family of five was among 30 people killed when shells "
        "hit homes in Tessa.")


def test_a_separate_incident_joins_no_other_report():
    side = _m("b", SIDE, dead=30)       # its article's own report of the school is told apart
    groups = group_mentions([_m("a", SCHOOL_A, 12), side, _m("c", SCHOOL_B, 12)])
    assert [side] in groups
    assert any(len(g) == 2 for g in groups)        # the school shelling still joins up


def test_only_an_opening_marker_counts():
    assert marked_separate(_m("a", SIDE))
    assert marked_separate(_m("a", "Separately, police arrested two men in Tessa."))
    assert not marked_separate(_m("a", "Police said the two attacks were not separate incidents."))
    assert not marked_separate(_m("a", SCHOOL_A))


KIDNAP_A = "Gunmen abducted more than 100 girls from a boarding school in Tessa on Monday night."
KIDNAP_B = "More than 100 girls were abducted by gunmen from their boarding school in Tessa."
RECALLED = ("The mass abduction of the girls in Tessa came just hours after a car bomb killed 70 "
            "people at a bus station in the capital.")


def test_a_recalled_earlier_act_joins_no_report_of_the_story_act():
    recall = _m("b", RECALLED, dead=70)
    groups = group_mentions([_m("a", KIDNAP_A), recall, _m("c", KIDNAP_B)])
    assert [recall] in groups
    assert any(len(g) == 2 for g in groups)        # the abduction still joins up
