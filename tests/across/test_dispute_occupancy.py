"""Counts of the people inside a struck place that cannot both hold, across outlets
(across/dispute_occupancy.py). Sentences are our own."""
from __future__ import annotations

from newsdesk.across.dispute_occupancy import span
from tests.conftest import story_disputes

MAYOR = "The deputy governor said some 900 people were sheltering in the hall when the shell hit."
WIRE = "A few dozen people had taken refuge in the hall, a witness said."


def test_counts_of_those_present_are_read_with_their_spans():
    assert span("Officials said between 300 and 400 people were inside the church at the time.") == (300, 400)
    assert span("By dusk several hundred people were sheltering in the school gym.") == (200, 999)
    assert span(WIRE) == (24, 60)


def test_tolls_and_loads_are_no_count_of_those_present():
    assert span("At least 40 people were killed inside the hall.") is None
    assert span("The ship carried 2,000 people.") is None


def test_counts_that_cannot_meet_are_a_dispute():
    ds = [d for d in story_disputes(MAYOR, WIRE) if d.topic == "how many people were inside"]
    assert ds and {c.article for c in ds[0].claims} == {"a0", "a1"}


def test_counts_that_overlap_or_count_other_people_dispute_nothing():
    near = "Nearly 900 people were sheltering in the hall, officials said."
    assert not [d for d in story_disputes(MAYOR, near) if d.topic == "how many people were inside"]
    crew = "About 40 passengers were on board the ferry, the operator said."
    all_on = "Some 400 people were on board the ferry when it listed."
    assert not [d for d in story_disputes(crew, all_on) if d.topic == "how many people were inside"]
