"""A bare compass point ("backing from the West", "in the North") names no one place (a bloc,
a direction, a part of the country), whereas a compass point with its place noun ("the West
region") still may (extract/ev_names.py)."""
from __future__ import annotations

from newsdesk.extract.ev_names import places
from newsdesk.nlp import parse


def _names(text: str) -> list[str]:
    doc, = parse([text])
    first, rest = places(doc)
    return first + rest


def test_the_west_as_a_bloc_is_no_place():
    names = _names("Rebels seized the town hall in Harlow as the new cabinet sought backing "
                   "from the West and aid from Brazil.")
    assert "West" not in names
    assert "Brazil" in names


def test_a_compass_point_with_its_place_noun_is_kept():
    assert "West" in _names("Clashes broke out in the West region on Friday.")


def test_a_report_datelined_in_a_capital_is_not_placed_there():
    names = _names("A later agency report, datelined Nairobi, said the men had left the airport.")
    assert "Nairobi" not in names
    assert "Nairobi" in _names("Gunmen stormed a shopping centre in Nairobi.")
