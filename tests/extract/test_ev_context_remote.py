"""Talks held by phone take no place from the article (ev_context.Places.group_location,
REMOTE): a short report of our own about a bombing, with a call between two leaders."""
from __future__ import annotations

from newsdesk.api import analyze

TEXT = """Security tightened across Volgograd on Monday after two suicide bombings killed 34 people at the city's railway station and on a trolleybus.

Police in Volgograd detained dozens of people in raids on Tuesday, officials said.

British Prime Minister David Cameron held a telephone conversation with Russian President Vladimir Putin on Wednesday and offered help with security for the Olympics.

Volgograd residents laid flowers at the station on Thursday.
"""


def test_a_phone_call_is_not_placed_at_the_place_discussed(tmp_path):
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")
    pic = analyze([str(tmp_path)])
    places = {e.type: (e.location.name if e.location else None) for e in pic.events}
    assert places.get("ASSAULT") == "Volgograd"          # the bombing keeps its city
    assert "CONSULT" in places and places["CONSULT"] is None


def test_a_towns_own_police_votes_for_the_town():
    from newsdesk.extract.geo.roles import authority_towns
    text = ("Two men were charged on Friday, Los Angeles police said. The suspect was caught near "
            "Houston, Texas. The Iraqi police and The Police were not involved.")
    assert authority_towns(text) == ["Los Angeles"]
    # a county's sheriff is the county's, not a city that shares its name
    assert authority_towns("Madison County Sheriff's investigators served a warrant.") == ["Madison County"]
