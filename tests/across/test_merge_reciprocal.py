"""Two acts whose actor and recipient are swapped are two events (across/merge_reciprocal.py):
one country's expulsion of another's diplomats and the answer in kind share type, figure and
most words, and were merged into one record (unseen set 11)."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_reciprocal import countries, reversed_roles
from newsdesk.model import EventMention, Location, Span

OSLO = dict(name="Oslo", country="NO", lat=59.91, lon=10.75, precision="city")


def _m(aid, text, actor, recipient, date="2026-03-14"):
    return EventMention(aid, "COERCE", Span(aid, 0, len(text), text), mode="expel", actor=actor,
                        recipient=recipient, location=Location(**OSLO), date=date)


FIRST = "Norway is expelling 12 Swedish diplomats over the spying affair in Oslo."
ANSWER = "Sweden is expelling 12 Norwegian diplomats as the row over the spying affair grows."
AGAIN = "Norway has ordered 12 Swedish diplomats to leave over the spying affair."


def test_an_answer_in_kind_is_another_event():
    first = _m("a", FIRST, "Norway", "12 Swedish diplomats")
    answer = _m("b", ANSWER, "Sweden", "12 Norwegian diplomats", "2026-03-15")
    again = _m("c", AGAIN, "Norwegian government", "Swedish diplomats")
    groups = group_mentions([first, answer, again])
    assert [answer] in groups
    assert any({id(first), id(again)} == {id(x) for x in g} for g in groups)


def test_roles_are_read_by_country_name_or_demonym():
    assert countries("12 Swedish diplomats") == {"SE"} and countries("Norway") == {"NO"}
    assert countries("the Kremlin") == frozenset() and countries(None) == frozenset()
    a = _m("a", FIRST, "Norway", "12 Swedish diplomats")
    assert reversed_roles(a, _m("b", ANSWER, "Sweden", "12 Norwegian diplomats"))
    assert not reversed_roles(a, _m("c", AGAIN, "Norwegian government", "Swedish diplomats"))
    # one country on both sides of one report is no reversal
    assert not reversed_roles(a, _m("d", ANSWER, "Norway and Sweden", "Norwegian diplomats"))
