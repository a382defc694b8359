"""An attack a follow-up report names only as a known one ("over the shooting in Tessa",
"despite the attack") is the story's one attack that states its day (across/merge_backref.py);
the page day it takes, days later, no longer keeps it apart (unseen set 11: one poisoning
in three records)."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.model import EventMention, Location, Span
from tests.conftest import together

TESSA = dict(name="Tessa", country="XA", lat=10.0, lon=20.0, precision="city")
ORVEL = dict(name="Orvel", country="XA", lat=10.5, lon=21.5, precision="city")


def _m(aid, text, date, stated=False, recipient=None, place=TESSA):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text), recipient=recipient,
                        location=Location(**place), date=date, date_explicit=stated)


ACT = "A gunman shot the mayor of Tessa, Ana Vell, outside her office on March 4."
LATER = "The council met on Friday to review the security failings behind the shooting in Tessa."
AFTER = "Her party said the vote would go ahead despite the attack."


def test_follow_up_reports_join_the_one_dated_attack():
    act = _m("a", ACT, "2026-03-04", stated=True, recipient="Ana Vell")
    later = _m("b", LATER, "2026-03-16")
    after = _m("c", AFTER, "2026-03-17", place=ORVEL)     # a fallback place, named nowhere
    assert together(group_mentions([act, later, after]), act, later, after)


def test_two_dated_attacks_leave_the_back_reference_alone():
    act = _m("a", ACT, "2026-03-04", stated=True, recipient="Ana Vell")
    other = _m("c", "Gunmen shot two guards at the Tessa port on March 10.", "2026-03-10", stated=True)
    later = _m("b", LATER, "2026-03-16")
    groups = group_mentions([act, other, later])
    assert [later] in groups


def test_a_report_before_the_act_is_no_back_reference_to_it():
    act = _m("a", ACT, "2026-03-04", stated=True, recipient="Ana Vell")
    early = _m("b", LATER, "2026-02-20")
    assert [early] in group_mentions([act, early])
