"""A sentence's wire dateline is where the copy was filed, not the act's place
(across/merge_dateline.py): a report filed from a capital about a strike on a provincial town
counted as naming the capital, so its filing city outvoted the town and could veto the other
outlets' tellings as an act in another country."""
from __future__ import annotations

from newsdesk.across.merge_countries import country_vetoes
from newsdesk.across.merge_dateline import filed_only, strip_dateline
from newsdesk.across.places import names_place
from newsdesk.model import EventMention, Location, Span


def _m(aid, text, loc):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text), location=loc)


PARIS = Location("Paris", "FR", precision="city")
MADRID = Location("Madrid", "ES", precision="city")
FILED = "PARIS - The ministry denied reports that its jets had struck a depot in the south."


def test_the_dateline_is_left_out():
    assert strip_dateline(FILED).startswith("The ministry")
    assert strip_dateline("Lyon (Agency) - Police cordoned off the square.").startswith("Police")
    assert strip_dateline("Rebels attacked - and then withdrew.") == "Rebels attacked - and then withdrew."


def test_a_filing_city_is_not_named_by_the_sentence():
    m = _m("a", FILED, PARIS)
    assert filed_only(m, PARIS) and not names_place(m, PARIS)
    told = _m("b", "PARIS - Jets struck a depot outside Paris overnight.", PARIS)
    assert not filed_only(told, PARIS) and names_place(told, PARIS)


def test_a_filing_city_abroad_vetoes_nothing():
    other = _m("b", "Jets struck a fuel depot in Madrid overnight, officials said.", MADRID)
    assert not country_vetoes([_m("a", FILED, PARIS), other])[0, 1]
    stated = _m("a", "Jets struck a fuel depot in Paris overnight.", PARIS)
    assert country_vetoes([stated, other])[0, 1]


def test_a_filing_city_the_other_reports_name_still_places_the_act():
    """A dateline town that another report names as the act's town is the scene: a "near X"
    aside of that report does not outvote it."""
    from newsdesk.across.merge_dateline import filed_and_told
    from newsdesk.across.places import best_location
    vell = Location("Vellmar", "XA", precision="city")
    near = Location("Ostgau", "XA", precision="admin1", near=True, relation="near")
    filed = _m("a", "VELLMAR, Ostland -- Soldiers stormed the depot at dawn.", vell)
    told = _m("b", "Troops stormed the depot in the town of Vellmar, near the Ostgau border.", near)
    assert filed_and_told(filed, vell, [filed, told])
    assert best_location([filed, told]).name == "Vellmar"
    alone = _m("b", "Troops stormed the depot near the Ostgau border.", near)
    assert not filed_and_told(filed, vell, [filed, alone])
    assert best_location([filed, alone]).name == "Ostgau"
