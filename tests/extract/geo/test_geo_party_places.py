"""Names that tell who or where from, not where the act was: an organisation's seat ("a
London-based charity"), a country leading a force's name ("Chad Revolutionary Guards"), and
a dateline inside the text that files the copy from abroad ("ROME, Italy -- Libyan ...")."""
from newsdesk.extract.geo.roles import away_places, filter_places, role
from newsdesk.nlp import get_nlp


def _doc_and_trigger(text: str, word: str):
    doc = get_nlp()(text)
    return doc, next(t for t in doc if t.text == word)


def test_seat_of_an_organisation_is_no_place_and_casts_no_vote():
    doc, trig = _doc_and_trigger("The mayor accepted the advice of the panel, a London-based "
                                 "charity, and closed the market in Sibi.", "closed")
    assert role(doc, "London", trig) == "seat"
    assert "London" not in filter_places(doc, ["Sibi"], ["London"], trig)
    assert away_places(doc, ["London", "Sibi"]) == ["London"]


def test_country_leading_a_force_name_is_a_party():
    doc, trig = _doc_and_trigger("Chad Revolutionary Guards confirmed the raid on Friday.", "raid")
    assert role(doc, "Chad", trig) == "org"


def test_town_leading_a_force_name_keeps_its_place():
    doc, trig = _doc_and_trigger("Gunmen attacked the Kabul Police headquarters on Friday.", "attacked")
    assert role(doc, "Kabul", trig) == "place"


def test_dateline_inside_the_text_filed_from_abroad_is_dropped():
    doc, trig = _doc_and_trigger("ROME, Italy -- Libyan militias shelled the port on Monday.", "shelled")
    assert role(doc, "Italy", trig) == "filed"
    assert away_places(doc, ["Italy"]) == ["Italy"]


def test_dateline_inside_the_text_about_its_own_country_stays_the_place():
    doc, trig = _doc_and_trigger("ROME, Italy -- Police cleared a square on Monday.", "cleared")
    assert role(doc, "Italy", trig) == "place"
    # another country named only as the object does not make the dateline a filing place
    doc, trig = _doc_and_trigger("ROME, Italy -- Ministers cut ties to Libya on Monday.", "cut")
    assert role(doc, "Italy", trig) == "place"


def test_a_shared_town_name_is_not_pulled_abroad_by_a_seat():
    # Potosi is a town in Bolivia and in the US: "Washington-based" must not vote for the US
    from newsdesk.extract.ev_names import article_places
    from newsdesk.extract.geo import ArticleGeo
    from newsdesk.nlp import parse
    docs = parse(["Protesters set fire to the mayor's home in the mountainous town of Potosi.",
                  "He accepted the advice of the OAS, a Washington-based institution, on Sunday."])
    names = [n for doc in docs for n in article_places(doc)]
    assert "Washington" not in names
    assert ArticleGeo(names=names).resolve("Potosi").country == "BO"
