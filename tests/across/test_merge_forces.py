"""The officers hurt in a crackdown they carry out do not vote for its toll
(across/merge_forces.py); the source keeps the figure, and with an attacker named the
forces are the victims and their count is the toll."""
from __future__ import annotations

from newsdesk.across.merge import build_event
from newsdesk.model import Count, EventMention, Span


def _m(aid, text, injured=None):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text), injured=injured,
                        date="2026-05-03", date_explicit=True)


CHARGE = "Riot police fired rubber bullets and baton-charged the marchers in the old town."
HURT = "More than 30 marchers were hurt, the regional health service said."
OFFICERS_45 = "The interior ministry said 45 police officers were injured during the day."
OFFICERS_9 = "The interior ministry said 9 police officers were injured during the day."


def test_the_forces_count_gives_way_to_the_victims():
    ms = [_m("a", CHARGE), _m("a", HURT, Count(30, None)), _m("b", OFFICERS_45, Count(45, 45))]
    ev = build_event("e1", ms, {})
    assert ev.injured == Count(30, None)
    assert ms[2].injured == Count(45, 45)         # the source keeps its own figure


def test_a_crackdown_with_only_the_forces_count_has_no_toll():
    ms = [_m("a", CHARGE), _m("b", OFFICERS_9, Count(9, 9))]
    assert build_event("e1", ms, {}).injured is None


def test_officers_hurt_by_attackers_are_the_toll():
    ambush = "Gunmen ambushed a police patrol on the coast road; police fired back."
    ms = [_m("a", ambush), _m("b", OFFICERS_9, Count(9, 9))]
    assert build_event("e1", ms, {}).injured == Count(9, 9)
