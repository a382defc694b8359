"""Killings of two named people are two records (across/merge_named.py): an article that
recalls an earlier shooting of a colleague beside the one it reports keeps them apart, and
across outlets the two lone mentions must not meet (tuning set 28: a lawyer shot days before
joined the record of the lawyer shot on the day of the bombing). Sentences invented."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_named import victim_vetoes
from newsdesk.model import Count, EventMention, Location, Span
from tests.conftest import together

TESSA = dict(name="Tessa", country="XA", lat=10.0, lon=20.0, precision="city")


def _m(aid, text, recipient=None, dead=None):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text), mode="firearms",
                        recipient=recipient, location=Location(**TESSA),
                        dead=Count(dead, dead) if dead is not None else None)


HOLT_A = "Kasimir Holt, a lawyer, was shot dead by two gunmen in Tessa on his way to court."
HOLT_B = "Gunmen shot dead the lawyer Holt in Tessa as he drove to the court."
VALE = "Another lawyer, Mara Vale, was shot dead by gunmen in Tessa on her way to court."


def test_two_named_victims_are_two_killings():
    ms = [_m("a", HOLT_A, "Kasimir Holt"), _m("b", HOLT_B, "Holt"), _m("c", VALE, "Mara Vale")]
    groups = group_mentions(ms)
    assert together(groups, ms[0], ms[1])
    assert not together(groups, ms[0], ms[2]) and not together(groups, ms[1], ms[2])


def test_only_named_victims_of_killings_of_one_veto():
    ms = [_m("a", HOLT_A, "Kasimir Holt"), _m("b", VALE, "Mara Vale"),
          _m("c", HOLT_B, "lawyers"), _m("d", VALE, "Mara Vale", dead=12),
          _m("e", HOLT_B, "Holt", dead=1)]
    v = victim_vetoes(ms)
    assert v[0, 1] and v[1, 4] and not v[0, 4]
    assert not v[0, 2] and not v[0, 3]        # a class of people; a toll of many
