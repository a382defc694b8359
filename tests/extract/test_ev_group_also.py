"""An injury count told "also" right after a toll counts for the toll's event as well, while
the act its own sentence names keeps its record and figure (extract/ev_group_also.py).
Sentences invented."""
from __future__ import annotations

from tests.conftest import assault_mentions

_TOLL = ("NAIROBI -- The number of people killed in the unrest gripping the Kenyan capital rose "
         "to 212 on Thursday, with burned-out buses still lining the main avenues. ")
_HURT = ("More than 1,900 people were also injured in fighting that erupted in Mombasa on "
         "Wednesday when riot police broke up two sit-ins.")


def _figures(text: str) -> list[tuple]:
    ms = assault_mentions(text, "2027-03-12")
    return [(m.dead and m.dead.low, m.injured and (m.injured.low, m.injured.high)) for m in ms]


def test_an_also_injured_count_counts_for_the_toll_just_told():
    assert _figures(_TOLL + _HURT) == [(212, (1900, None)), (None, (1900, None))]


def test_without_also_the_count_stays_with_its_own_act():
    assert _figures(_TOLL + _HURT.replace(" also", "")) == [(212, None), (None, (1900, None))]


def test_an_also_count_told_after_another_sentence_does_not_join():
    text = _TOLL + "Shops stayed shut on Friday. " + _HURT
    assert _figures(text) == [(212, None), (None, (1900, None))]
