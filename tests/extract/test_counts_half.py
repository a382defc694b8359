"""'Half a' before a scale word (extract/quantities.py, read by extract/counts.py), on
sentences we wrote: "nearly half a million" is 500,000, not a million."""
from __future__ import annotations

from newsdesk.extract.counts import casualties
from newsdesk.extract.quantities import parse_quantity
from newsdesk.model import Count


def test_half_a_million_is_half():
    assert parse_quantity("nearly half a million") == Count(500000, 500000)
    assert parse_quantity("half a dozen") == Count(6, 6)
    assert parse_quantity("half a thousand") == Count(500, 500)


def test_half_a_million_dead():
    assert casualties("Nearly half a million people have died of the fever.")["dead"] == Count(500000, 500000)
    assert casualties("At least 40 people were killed in the shelling.")["dead"] == Count(40, None)
