"""'Corpses' is a death count like 'bodies': a villager's "we counted 41 corpses" is a toll a
rival figure can contest, and it must not turn the word's other uses into figures."""
from __future__ import annotations

import pytest

from newsdesk.across.disputes import DEAD_HINT
from newsdesk.extract.counts import casualties


def dead(text: str):
    c = casualties(text)["dead"]
    return None if c is None else (c.low, c.high)


@pytest.mark.parametrize("text, want", [
    ("A farmer from the hamlet said they had counted 41 corpses near the well.", (41, 41)),
    ("\u201cWe have counted more than 120 corpses so far,\u201d the village chief told a radio station.", (120, None)),
    ("We have 17 corpses in the clinic and more are coming, a nurse said.", (17, 17)),
    ("The corpses of 9 fishermen washed ashore on Tuesday.", (9, 9)),
    ("Rescuers said about 60 corpses had been pulled from the mud by evening.", (60, 60)),
])
def test_corpses_give_the_toll_bodies_would(text, want):
    assert dead(text) == want
    assert dead(text.replace("corpses", "bodies")) == want        # one reading for both words
    assert DEAD_HINT.search(text)


@pytest.mark.parametrize("text", [
    "Officials dismissed photographs of corpses in the square as staged.",
    "The 12 soldiers guarding the morgue refused to release the corpses to relatives.",
    "Police said 30 people were arrested after crowds carried corpses through the streets.",
])
def test_corpses_without_a_figure_of_their_own_give_none(text):
    assert dead(text) is None
