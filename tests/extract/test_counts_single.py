"""One death told without a number, by a singular noun of a person (extract/grp_counts.py):
"his case worker was killed", "the boy, <name>, died", "left the nurse, <name>, dead". Texts
are our own."""
from __future__ import annotations

from newsdesk.extract.counts import casualties


def dead(s: str):
    c = casualties(s)["dead"]
    return (c.low, c.high) if c else None


def test_a_person_pointed_at_by_a_singular_noun_is_one_dead():
    assert dead("Her driver was killed, and two passengers suffered cuts to the face.") == (1, 1)
    assert dead("The girl, Mira Holt, died, and her father was arrested on Friday.") == (1, 1)
    assert dead("The blast left the guard, 40-year-old Omar Sefton, dead and the gate destroyed.") == (1, 1)


def test_plural_nouns_numbers_and_other_deaths_keep_their_own_reading():
    assert dead("The soldiers were killed in an ambush near the pass.") is None
    assert dead("The attack left the three men dead.") == (3, 3)
