"""A journey's ends (extract/geo/roles.py `route`, geo/relative.py harvest): the places a
vehicle left or was bound for are not where the act on it happened."""
from __future__ import annotations

from newsdesk.extract.ev_names import article_places
from newsdesk.extract.geo.gazetteer import gazetteer
from newsdesk.extract.geo.relative import harvest_names
from newsdesk.extract.geo.roles import role
from newsdesk.nlp import parse


def _doc(sentence: str):
    return next(iter(parse([sentence])))


def test_trip_ends_told_on_the_vehicle_are_a_route():
    s = "A cargo plane flying from Lisbon to Nairobi was hit by a rocket near Goma."
    doc = _doc(s)
    assert role(doc, "Lisbon") == "route"
    assert role(doc, "Nairobi") == "route"
    assert role(doc, "Goma") == "place"
    assert article_places(doc) == ["Goma"]


def test_en_route_and_between_are_routes_too():
    assert role(_doc("The ferry, en route from Naples to Palermo, caught fire off Capri."), "Palermo") == "route"
    doc = _doc("A jet travelling between Madrid and Oslo was forced down in Denmark.")
    assert role(doc, "Oslo") == "route"
    assert role(doc, "Denmark") == "place"


def test_a_trip_told_by_the_event_itself_keeps_its_place():
    # the flight is the act here: where the troops went is the event's place
    assert role(_doc("Soldiers flew to Erbil on Sunday."), "Erbil") == "place"
    assert role(_doc("Troops withdrew from Kilis on Monday."), "Kilis") == "place"


def test_harvest_skips_a_journeys_ends():
    text = ("Officials lost contact with a small airliner flying between Lisbon and Nairobi "
            "on Friday, and wreckage was later seen in Tanzania.")
    got = harvest_names(gazetteer(), text, set())
    assert "Tanzania" in got
    assert "Lisbon" not in got and "Nairobi" not in got


def test_a_capital_told_something_is_its_government_not_a_site():
    doc = _doc("The agency said Ottawa and Lima had been warned of the risk before the blast in Arequipa.")
    assert role(doc, "Lima") == "actor"
    assert role(doc, "Arequipa") == "place"
    assert role(_doc("Arequipa was shelled on Monday."), "Arequipa") == "place"
