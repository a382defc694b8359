"""Demands told through the act they ask for (extract/ev_demanded.py; sentences we wrote):
"called for the resignation of the minister" asks the minister, "demanded an end to the army
raids" asks the army, so two such demands of one sentence stay two events, one per addressee,
while two wordings of one demand to one party stay one."""
from __future__ import annotations

from tests.conftest import event_mentions


def _requests(text: str) -> list:
    return [m for m in event_mentions(text, published="2031-05-02") if m.type == "REQUEST"]


def test_two_demands_to_different_parties_are_two_events():
    found = _requests("The governor demanded an end to the army raids and called for the "
                      "resignation of the interior minister, Paul Orlov.")
    assert len(found) == 2
    assert {m.recipient for m in found} == {"army", "Paul Orlov"}


def test_a_resignation_asked_for_names_who_should_resign():
    found = _requests("Opposition leaders called for the resignation of the health minister.")
    assert [m.recipient for m in found] == ["health minister"]


def test_the_clause_asked_for_names_its_subject():
    found = _requests("The union demanded that the company raise wages by ten percent.")
    assert [m.recipient for m in found] == ["company"]


def test_a_release_asked_for_does_not_address_the_captives():
    found = _requests("The families called for the release of the kidnapped engineers.")
    assert len(found) == 1
    assert found[0].recipient != "kidnapped engineers"


def test_one_demand_worded_twice_to_one_party_stays_one():
    found = _requests("The council urged the mining firm to halt the blasting and demanded that "
                      "the firm repair the damaged homes.")
    assert len(found) == 1


def test_a_clause_about_a_deed_names_no_addressee():
    found = _requests("The bishop demanded that the killings stop at once.")
    assert [m.recipient for m in found] == [None]
