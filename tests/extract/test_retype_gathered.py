"""A crowd gathered to condemn something is a protest, the condemnation its purpose
(extract/retype_words.py GATHERED_TO); a party condemning is still an accusation.
Sentences written for these tests; places fictional."""
from __future__ import annotations

from tests.conftest import first_event


def test_protesters_gathered_to_condemn_is_a_protest():
    s = "Yet again, protesters have gathered in Velmar, the largest city in Dorn to condemn the recent attacks."
    assert first_event(s, "PROTEST") is not None and first_event(s, "ACCUSE") is None


def test_students_marched_to_denounce_is_a_protest():
    assert first_event("Thousands of students marched through the capital on Sunday to denounce the killings.",
                       "PROTEST") is not None


def test_a_minister_condemning_is_still_an_accusation():
    s = "The foreign minister condemned the militants' attacks on the embassy."   # names the culprit (ev_judging)
    c = first_event(s, "ACCUSE")
    assert c is not None and c.actor == "foreign minister" and first_event(s, "PROTEST") is None
