"""Pair features of the event linker (across/merge_pairs.py): one institution or rank that
outlets name in other words ("army chiefs" / "the leaders of the armed forces") is one party."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_pairs import party
from newsdesk.model import EventMention, Span


def test_the_army_and_the_armed_forces_are_one_institution():
    assert party("senior army chiefs") & party("the leaders of the armed forces and the police")
    assert party("the heads of the military") >= party("army chief")
    assert not party("the main labour union") & party("senior army chiefs")


def test_one_call_by_the_military_told_in_other_words_is_one_event():
    def m(aid, text, actor):
        return EventMention(aid, "REQUEST", Span(aid, 0, len(text), text), actor=actor,
                            date="2026-03-08", date_explicit=True)
    a = m("a", "The president of Norland quit on Sunday after senior army chiefs called on "
               "him to step down, following weeks of unrest.", "senior army chiefs")
    b = m("b", "Isolated at the end, the president saw the leaders of the armed forces and the "
               "police urge him to step down.", "the leaders of the armed forces and the police")
    c = m("c", "The main labour union asked the cabinet to stay in office.", "main labour union")
    groups = group_mentions([a, b, c])
    assert sorted(len(g) for g in groups) == [1, 2]
    assert any({id(x) for x in g} == {id(a), id(b)} for g in groups)
