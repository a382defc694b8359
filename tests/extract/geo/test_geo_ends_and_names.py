"""Places that are not where the act happened (extract/geo/roles.py, relative.py, filed.py), on
sentences of our own: a vehicle's origin, where people are moved to, a first name that is also a
town, and a wire dateline over news from another country."""
from __future__ import annotations

from newsdesk.extract.geo import ArticleGeo
from newsdesk.extract.geo.gazetteer import gazetteer
from newsdesk.extract.geo.relative import given_names, name_sequences
from newsdesk.extract.geo.roles import filter_places, role
from newsdesk.nlp import parse


def _doc(sentence: str):
    return next(iter(parse([sentence])))


def _tok(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_a_vehicles_origin_is_no_place_of_the_crash():
    doc = _doc("Five people were hurt when a lorry from Hungary ploughed into a crowded square "
               "in the centre of Vienna on Friday.")
    assert role(doc, "Hungary", _tok(doc, "hurt")) == "origin"
    assert filter_places(doc, ["Hungary"], ["Vienna"], _tok(doc, "hurt"))[0] == "Vienna"


def test_a_place_told_as_the_whole_of_a_part_is_locative():
    doc = _doc("Shells fell on a school in the north of Mosul and near a market.")
    assert filter_places(doc, [], ["Mosul"], _tok(doc, "fell")) == ["Mosul"]


def test_where_people_are_moved_to_is_a_destination():
    doc = _doc("Gunmen fired on a convoy of families who had agreed to be evacuated to the "
               "southern town of Daraa.")
    assert role(doc, "Daraa", _tok(doc, "fired")) == "destination"
    doc = _doc("The army said it had arranged the evacuation of fighters to Homs under the truce "
               "signed by both sides.")
    assert role(doc, "Homs", _tok(doc, "signed")) == "destination"
    doc = _doc("Gunmen attacked buses carrying wounded families to Latakia on Sunday.")
    assert role(doc, "Latakia", _tok(doc, "attacked")) == "destination"
    # a place the act happens in stays one, and so does where an act takes people
    doc = _doc("The army sent troops to Daraa on Sunday.")
    assert role(doc, "Daraa", _tok(doc, "sent")) == "place"
    doc = _doc("Gunmen fired on a convoy in Daraa.")
    assert role(doc, "Daraa", _tok(doc, "fired")) == "place"


def test_a_wifes_first_name_is_no_town():
    text = ("The general's wife, Lorraine, had tried to become his successor. "
            "He accused the officers loyal to Lorraine of plotting against him.")
    assert "Lorraine" in given_names(gazetteer(), name_sequences(text), text)


def test_a_first_name_used_after_a_locative_word_stays_a_place():
    text = "The boy's sister, Jordan, is 9. The family later moved to Jordan."
    assert "Jordan" not in given_names(gazetteer(), name_sequences(text), text)


WIRE = ("CAIRO — A truce between rebels and the army in the city of Benghazi collapsed on Monday. "
        "Libyan officials said jets struck the port. Libyan medics counted the dead, and the "
        "Libyan Red Crescent said aircraft bombed the city again. Residents said the shelling went on.")


def test_a_wire_dateline_yields_when_the_whole_text_is_elsewhere():
    # the event sentences name Benghazi once; the text's demonyms name Libya again and again
    geo = ArticleGeo(names=["Benghazi"], dateline="Cairo", text=WIRE)
    assert geo.default().country == "LY"


def test_a_wire_dateline_stays_when_the_text_names_its_country():
    text = WIRE + " Egyptian officials said they would send aid."
    geo = ArticleGeo(names=["Benghazi"], dateline="Cairo", text=text)
    assert geo.default().name == "Cairo"
