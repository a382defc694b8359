"""A passive of record takes the casualty state as its complement (extract/counts.py):
"77 people were recorded injured", "two were pronounced dead" state figures; the same verbs
without a casualty word state none (sentences we wrote)."""
from __future__ import annotations

from newsdesk.extract.counts import casualties


def test_passives_of_record_state_a_figure():
    assert casualties("By noon 77 people were recorded injured, the police chief said.")["injured"].low == 77
    assert casualties("Two guards were pronounced dead at the scene.")["dead"].low == 2
    assert casualties("At least 40 miners were declared dead on Sunday.")["dead"].low == 40
    assert casualties("Some 30 passengers were listed wounded.")["injured"].low == 30


def test_the_same_verbs_without_a_casualty_word_state_none():
    c = casualties("Police said 12 cases were recorded in the town.")
    assert c["dead"] is None and c["injured"] is None
    c = casualties("Three songs were recorded and released last year.")
    assert c["dead"] is None and c["injured"] is None
