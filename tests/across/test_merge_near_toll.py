"""A large toll revised by a few percent ("301" in an early report, "304" once the lists were
complete) is nearly as sure a sign of one event as the same figure; small counts a unit apart
are not (across/merge_pairs.py `count_match`)."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_pairs import count_match
from newsdesk.model import Count, EventMention, Span


class _X:
    def __init__(self, dead):
        self.m = EventMention("a", "ASSAULT", Span("a", 0, 1, "x"), dead=Count(dead, dead))


def test_revised_large_toll_scores_near_the_same_figure():
    m = count_match([_X(301), _X(304), _X(6), _X(7), _X(160)], "dead")
    assert m[0, 1] == 0.9            # revised by 1%
    assert m[2, 3] == 0.5            # six vs seven: small counts are no such sign
    assert m[0, 4] == 0.5            # within half only


def _m(aid, text, actor, dead):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text), actor=actor,
                        dead=Count(dead, dead))


def test_reports_of_one_downing_with_an_early_and_a_final_toll_merge():
    a = _m("a", "Officials in Varno blame the insurgents for bringing down the airliner over the "
                "steppe with a missile, killing all 304 aboard.", "insurgents", 304)
    b = _m("b", "Rebel fighters have denied any role in the crash of the Tarsk flight, in which "
                "301 died.", "rebel fighters", 301)
    assert len(group_mentions([a, b])) == 1
