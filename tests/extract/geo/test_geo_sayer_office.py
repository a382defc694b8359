"""The seat of the office that reports a toll is not where the people died (geo/sayer_office.py),
on sentences of our own: a ministry's or a committee's city in the sayer's description is
dropped, a local body's place and a place the act itself names stay."""
from __future__ import annotations

import pytest

from newsdesk.extract.geo.roles import filter_places, role
from newsdesk.nlp import parse_one


def _role(sentence: str, name: str, trigger: str) -> str:
    doc = parse_one(sentence)
    return role(doc, name, next(t for t in doc if t.text == trigger))


@pytest.mark.parametrize("sentence,name,trigger", [
    ("A spokesman for the ministry in Kabul said nine soldiers were killed in the ambush.", "Kabul", "killed"),
    ("The committee in Geneva said at least 30 people died in the fighting.", "Geneva", "died"),
    ("Mr Ortega, chair of the emergency committee at the interior ministry in Lima, said later that "
     "twelve miners had died.", "Lima", "died"),
])
def test_the_office_seat_of_the_sayer_is_not_the_place(sentence, name, trigger):
    assert _role(sentence, name, trigger) == "seat"


@pytest.mark.parametrize("sentence,name,trigger", [
    ("Police in Tula said five people died in the blast.", "Tula", "died"),
    ("Gunmen stormed the ministry in Kabul, killing nine guards.", "Kabul", "stormed"),
])
def test_a_local_body_or_the_act_own_site_stays_a_place(sentence, name, trigger):
    assert _role(sentence, name, trigger) == "place"


def test_the_act_place_survives_and_the_office_seat_is_filtered():
    doc = parse_one("The health ministry in Lima said on Friday that twelve miners died in the flood "
                    "at Cerro Azul.")
    trigger = next(t for t in doc if t.text == "died")
    assert filter_places(doc, ["Lima", "Cerro Azul"], [], trigger) == ["Cerro Azul"]
