"""A region spanning several countries (a continent, "West Africa") frames an act but never
places it (geo/scale.py, used by ev_context.Places.group_location): a finer place of the
same statement stands, or the article's own place when the statement ties itself to that
place's country (its name, demonym, "the country"); else no place. Short reports of our own."""
from __future__ import annotations

from newsdesk.api import analyze
from newsdesk.extract.geo import resolve
from newsdesk.extract.geo.scale import above_countries, names_country
from newsdesk.model import Location

WAVE = """NIAMEY, Niger - Soldiers seized the state broadcaster in Niamey on Monday, witnesses said.

The country's president was detained by mutinying officers on Tuesday amid fears that military rule is spreading across Africa.
"""

STRING = """Rebel officers arrested the Nigerien president on Monday, the latest in a string of takeovers in West Africa.

Soldiers patrolled the streets of Niamey on Tuesday.
"""

SPAN = """MOMBASA, Kenya - A gunman opened fire on tourists at a beach hotel on Friday, killing 20 people, one of three bloody assaults that day reaching from Europe to West Africa.

Police said the gunman was shot dead by guards.
"""


ABROAD = """The president of Niger was arrested by rebel officers at his residence in Niamey on Monday.

Protesters marched in Europe on Tuesday against the arrest.
"""


def _places(tmp_path, text):
    (tmp_path / "report.txt").write_text(text, encoding="utf-8")
    return [(e.type, e.location.name if e.location else None) for e in analyze([str(tmp_path)]).events]


def test_continents_are_above_countries_and_countries_are_not():
    for name in ("Europe", "Middle East", "West Africa"):
        loc = resolve(name)
        assert loc is not None and above_countries(loc), name
    for name in ("Mali", "Bamako", "Northern Iraq"):
        assert not above_countries(resolve(name)), name
    assert not above_countries(None)
    assert not above_countries(Location(name="Somewhere"))     # unresolved: not a region


def test_a_coup_told_as_part_of_a_regional_wave_takes_the_articles_city(tmp_path):
    assert _places(tmp_path, WAVE) == [("COERCE", "Niamey"), ("COERCE", "Niamey")]


def test_a_lone_act_framed_by_a_region_takes_the_articles_city_when_tied_to_its_country(tmp_path):
    assert _places(tmp_path, STRING) == [("COERCE", "Niamey")]
    untied = STRING.replace("the Nigerien president", "the president")
    assert _places(tmp_path, untied) == [("COERCE", None)]


def test_a_span_of_attacks_across_continents_leaves_the_city(tmp_path):
    places = _places(tmp_path, SPAN)
    assert places and all(name == "Mombasa" for _, name in places)


def test_a_statement_ties_itself_to_a_country_by_name_demonym_or_the_country():
    assert names_country("Rebels seized the airport of Chad's capital.", "TD")
    assert names_country("Gunmen attacked a Kenyan hotel, the latest raid in Africa.", "KE")
    assert names_country("The nation's army chief was held amid a wave of coups.", "ML")
    assert not names_country("Crowds rallied across Europe against the arrest.", "NE")
    assert not names_country("Kenyan police said nothing.", None)


def test_a_protest_in_a_continent_does_not_land_in_the_storys_city(tmp_path):
    places = dict(_places(tmp_path, ABROAD))
    assert places.get("PROTEST", "none") is None


def test_a_body_of_water_is_a_place_not_a_frame():
    """Ships are attacked in a gulf or a strait: a sea-level region keeps its place."""
    from newsdesk.model import Location
    from newsdesk.extract.geo.scale import above_countries
    assert above_countries(Location("Europe", precision="region"))
    assert not above_countries(Location("Gulf", precision="region"))
    assert not above_countries(Location("Arabian Sea", precision="region"))
