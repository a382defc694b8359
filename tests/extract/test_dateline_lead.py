"""Wire datelines (extract/dateline_lead.py, geo/dateline_form.py): the long form with a filing
day and an agency, a dateline under teaser bullets, and a filing city that is not the lede's
site. (Sentences invented.)"""
from __future__ import annotations

from newsdesk.extract.dateline_lead import find
from newsdesk.extract.ev_light import definite
from newsdesk.extract.geo.dateline_form import FILED_HEAD
from newsdesk.extract.geo.roles import role
from newsdesk.extract.plover import find_triggers
from newsdesk.nlp import parse
from tests.conftest import assault_mentions


def test_the_forms_of_a_dateline_are_found():
    for head, city in (("KISUMU, Kenya, Nov. 3 (Coastwire) -- ", "Kisumu"),
                       ("HARARE (Coastwire) - ", "Harare"),
                       ("GULU, March 4 - ", "Gulu"),
                       ("PORT ELLIS, Nordland, Sept. 9, 2021 (Coastwire) \u2014 ", "Port Ellis")):
        text = head + "Police closed the market after the fire."
        name, end = find(text)
        assert name == city and text[end:].lstrip().startswith("Police")
        assert FILED_HEAD.match(text)


def test_a_dateline_under_teaser_bullets_is_found():
    text = ("\u2022 Ministers to recall the ambassador.\n\n\u2022 Talks on the treaty are suspended.\n\n"
            "LUSAKA - The government said on Monday it would recall its ambassador.")
    city, end = find(text)
    assert city == "Lusaka" and text[end:].lstrip().startswith("The government")


def test_no_dateline_below_a_body_paragraph_or_in_mixed_case():
    body = ("The council met for six hours on Monday and agreed after a long and bitter debate that the "
            "harbour would stay closed to all foreign ships until the end of the month, when the "
            "inspectors were due to return from the capital with their report on the damage.")
    assert find(body + "\n\nLUSAKA - The talks went on.") is None
    assert find("A short teaser line.\n\nSome Title - with a dash in it") is None


def test_a_glued_long_dateline_is_the_filing_place_when_the_subject_is_foreign():
    doc = next(iter(parse(["KISUMU, Kenya, Nov. 3 (Coastwire) -- Ugandan rebels have claimed the "
                           "killing of nine drivers on a road near the border."])))
    assert role(doc, "KISUMU") == "filed"


def test_a_possessive_day_with_modifiers_makes_a_definite_act():
    text = "Tuesday's early-morning raid happened on the edge of the town of Korvan."
    tr = next(t for t in find_triggers(text) if t.text == "raid")
    assert definite(text, tr)
    text = "Officials said it's a new raid."
    tr = next(t for t in find_triggers(text) if t.text == "raid")
    assert not definite(text, tr)


def test_a_lede_under_a_dateline_takes_the_site_the_next_sentence_gives():
    text = ("\u2022 A rebel group says the killing was revenge for arrests in the port.\n\n"
            "KISUMU, Kenya, Nov. 3 (Coastwire) -- A rebel group has claimed responsibility for "
            "killing 14 traders whose lorry was ambushed while heading to Kisumu.\n\n"
            "Monday's night-time ambush took place on a dirt track just outside the town of "
            "Lodwar.")
    ms = assault_mentions(text, "2021-11-03")
    places = {m.location.name for m in ms if m.location is not None}
    assert "Kisumu" not in places
    assert "Lodwar" in places
