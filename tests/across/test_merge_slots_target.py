"""A second telling that names whom its act struck still joins the record its first telling
is in when it is an unnamed crowd the record's act struck too (merge_slots `same_target`): "the
junta blamed the marchers" after "the army accused the marchers"; another target keeps it
apart as a telling of its own."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_slots import same_target
from newsdesk.model import EventMention, Location, Span
from tests.conftest import together

TESSA = dict(name="Tessa", country="XA", lat=10.0, lon=20.0, precision="city")


def _m(aid, text, actor, recipient):
    return EventMention(aid, "ACCUSE", Span(aid, 0, len(text), text), actor=actor,
                        recipient=recipient, location=Location(**TESSA),
                        date="2026-03-03", date_explicit=True)


LEAD_A = "The army in Tessa on Tuesday accused the marchers of arson and of burning police posts."
LEAD_B = "Tessa's army on Tuesday accused marchers of arson and of burning police posts."
LEAD_C = "The army accused the marchers in Tessa on Tuesday of arson at police posts."
AGAIN_A = "An army spokesman blamed the marchers for the arson at police posts in Tessa on Tuesday."


def test_a_second_telling_against_the_same_target_joins():
    ms = [_m("a", LEAD_A, "army", "marchers"), _m("a", AGAIN_A, "army spokesman", "the marchers"),
          _m("b", LEAD_B, "army", "marchers"), _m("c", LEAD_C, "army", "marchers")]
    groups = group_mentions(ms)
    assert len(groups) == 1 and together(groups, *ms)


def test_same_target():
    assert same_target(["the marchers"], ["anti-coup marchers", None])
    assert same_target([None], ["marchers"])
    assert not same_target(["a passing ambulance"], ["marchers"])
    assert not same_target(["the mayor"], [None])
    assert not same_target(["Northland"], ["Northland"])             # a state: one of many acts
    assert not same_target(["Northland diplomats"], ["Northland diplomats"])
