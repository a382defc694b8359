"""A report of "fresh attacks Monday night" stays apart from other outlets' reports of the
attack they tell on Sunday night, even with no calendar day (across/merge_fresh.py), and
no chain of joins puts the two nights in one record (across/merge.py checks every pair of
the two groups). Before, an undated page on the second night joined the first night's
record across outlets and gave it the second night's toll (set 42)."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_fresh import _act_days, fresh_vetoes
from newsdesk.model import Count, EventMention, Location, Span


def _m(aid, text, dead=None):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text), location=Location("Varno", "XA"),
                        dead=Count(dead, None) if dead is not None else None)


FIRST_A = "At least 40 people were killed when gunmen attacked the town of Varno late on Sunday night, officials said on Monday."
FIRST_B = "Gunmen who attacked the town of Varno killed at least 40 people, police said."
SECOND = "At least 12 people were killed in fresh attacks on Monday night near the town of Varno."


def test_the_second_night_joins_neither_report_of_the_first():
    a, b, c = _m("a", FIRST_A, 40), _m("b", FIRST_B, 40), _m("c", SECOND, 12)
    groups = group_mentions([a, b, c])
    assert [c] in groups


def test_veto_only_between_told_days_that_differ():
    v = fresh_vetoes([_m("a", FIRST_A), _m("b", FIRST_B), _m("c", SECOND)])
    assert v[0, 2] and v[2, 0]
    assert not v[1, 2]          # no day told: the pair is left to the other rules


def test_days_of_the_telling_are_not_the_acts():
    assert _act_days(FIRST_A) == {"sunday"}
    assert _act_days("The group said in a statement sent to reporters on Tuesday that it struck.") == set()
