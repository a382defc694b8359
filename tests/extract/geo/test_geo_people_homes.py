"""Names that are not where an event happened, on short texts of our own: a person's first
name that a country shares, a courtesy title that spells a state's postal code, and places
where people come from or live (geo/relative.py given_names, candidates.TITLES, roles.py)."""
from __future__ import annotations

from newsdesk.extract.geo import ArticleGeo, gazetteer, resolve
from newsdesk.extract.geo.resolve import person_surnames
from newsdesk.extract.geo.roles import filter_places, role
from newsdesk.nlp import parse

BOY = ("Police in Largo said a 3-year-old boy was found dead on Monday. The boy, Jordan Whitcombe, "
       "had been reported missing by his father. Investigators said the father had taken him and "
       "Jordan's sister to a park before the boy vanished. A neighbour said Jordan was a happy child.")


def test_first_name_of_a_person_is_no_place():
    gz = gazetteer()
    assert "Jordan" in person_surnames(gz, BOY)
    geo = ArticleGeo(names=["Largo", "Jordan"], text=BOY)
    assert geo.locate("The father had taken him and Jordan to a park.", ["Jordan"]) is None
    assert geo.default().name == "Largo"


def test_a_lone_first_name_shown_to_be_a_person():
    gz = gazetteer()
    assert "Jordan" in person_surnames(gz, "The boy, Jordan, was found on Monday in Largo.")
    assert "Jordan" in person_surnames(gz, "Jordan's grandmother called the police in Largo.")
    # a country's king or its prime minister is no kin: the country stays a place
    assert "Jordan" not in person_surnames(gz, "Jordan's King Abdullah met Israel's prime minister.")


def test_the_country_stays_a_place_when_the_text_puts_something_in_it():
    text = ("Jordan Whitcombe, 24, a reporter, was hurt in Jordan on Monday when a protest near "
            "Amman turned violent, Whitcombe said.")
    assert "Jordan" not in person_surnames(gazetteer(), text)


def test_courtesy_titles_are_not_state_codes():
    assert resolve("Ms") is None and resolve("Ms.") is None and resolve("Mr") is None
    assert resolve("MS").admin1 == "Mississippi"       # the postal code itself still resolves


def _roles(sentence: str, name: str) -> str:
    return role(next(iter(parse([sentence]))), name)


def test_origin_phrases_are_not_the_event_place():
    assert _roles("The family moved to Queens from Guyana last year, and the boy was killed on Friday.",
                  "Guyana") == "origin"
    assert _roles("The victim, a native of Houston, was shot outside a car wash.", "Houston") == "origin"
    assert _roles("The suspect, who was born in Ohio, was arrested on Monday.", "Ohio") == "origin"
    # the act itself happening there stays a place
    assert _roles("Gunmen attacked a checkpoint in Mosul on Tuesday.", "Mosul") == "place"


def test_a_residence_yields_to_another_place_but_is_kept_alone():
    doc = next(iter(parse(["A man who lives in Dallas was arrested in Tulsa on Friday."])))
    assert filter_places(doc, ["Dallas", "Tulsa"], [])[0] == "Tulsa"
    doc = next(iter(parse(["The few Christians who lived in Mosul were given a day to leave."])))
    assert filter_places(doc, ["Mosul"], []) == ["Mosul"]
