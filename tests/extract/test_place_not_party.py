"""Names that look like places but name a party or its forces (extract/ev_names.py): an armed
group that some village shares a name with ("Taliban"), and a country named only as whose forces
or strikes they are ("U.S. airstrikes"), which must not vote for the article's main place.
Sentences written for these tests."""
from __future__ import annotations

from newsdesk.extract import ev_names as N
from newsdesk.nlp import parse


def test_an_armed_group_is_no_place():
    assert N.actor_alias("Taliban") and N.actor_alias("Hamas")
    assert not N.actor_alias("Kabul") and not N.actor_alias("Gaza")


def test_a_country_owning_the_strikes_does_not_vote():
    doc = parse(["A U.S. airstrike hit a hospital in the northern Afghan city of Kunduz."])[0]
    assert N.article_places(doc) == ["Kunduz"]


def test_a_country_where_something_happens_still_votes():
    doc = parse(["The talks were held in the U.S. last week."])[0]
    assert "U.S." in N.article_places(doc)


def test_the_forces_country_votes_when_also_named_as_a_place():
    doc = parse(["U.S. troops left the U.S. for Kunduz on Monday."])[0]
    assert "U.S." in N.article_places(doc)


def test_a_capital_after_in_is_where_not_who():
    from tests.conftest import first_event
    c = first_event("British nationals were caught in the terrorist atrocity in the Kenyan capital Nairobi, "
                    "which has left at least 43 people dead, the foreign secretary said.", "ASSAULT")
    assert c is not None and c.recipient != "Kenyan capital Nairobi" and c.actor is None


def test_a_capital_that_acts_is_still_a_party():
    from tests.conftest import first_event
    c = first_event("Moscow accused Kyiv of shelling the plant on Sunday.", "ACCUSE")
    assert c is not None and c.actor == "Russia"
