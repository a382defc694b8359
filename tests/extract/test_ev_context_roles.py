"""Place roles read off the parse (extract/geo/roles.py, used by ev_context.sentence_places):
where people come from is not where the event happened."""
from __future__ import annotations

from newsdesk.extract.geo.roles import role
from newsdesk.nlp import parse


def _role(sentence: str, name: str) -> str:
    return role(next(iter(parse([sentence]))), name)


def test_origin_of_people_is_not_the_event_place():
    s = ("Riots emerged earlier in the day between football fans from the eastern city of "
         "Kharkov and radicals who had come from Kiev.")
    assert _role(s, "Kharkov") == "origin"
    assert _role(s, "Kiev") == "origin"
    assert _role("Hundreds of refugees from Syria were attacked in the town of Kilis.", "Syria") == "origin"
    assert _role("Hundreds of refugees from Syria were attacked in the town of Kilis.", "Kilis") == "place"
    assert _role("Troops withdrew from Kilis on Monday.", "Kilis") == "place"
