"""A single death told as a suicide is not the toll of the attack its sentence also names,
so the attack does not take a dead figure from it when its record is built
(extract/ev_group.py `_drop_suicide_tolls`, ahead of the cross-article merge)."""
from __future__ import annotations
from tests.conftest import assault_mentions



def attacks(text: str, published: str = "2019-11-28"):
    return assault_mentions(text, published)


def test_a_suicide_gives_no_toll_to_the_faked_shooting():
    ms = attacks("A former village constable accused of shooting up his own patrol car and "
                 "faking an ambush has died after apparently committing suicide. "
                 "He was found at his home on Thursday, prosecutors said.")
    assert ms and all(m.dead is None for m in ms)


def test_deaths_in_a_suicide_bombing_still_count():
    ms = attacks("One person died in a suicide bombing at a checkpoint north of the city on "
                 "Thursday, police said.")
    assert any(m.dead is not None and m.dead.low == 1 for m in ms)
