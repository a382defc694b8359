"""Speakers named with an age and a 'who works as' clause, and speakers a medium 'reported X as
saying' (extract/speakers.py, attribution.py); sentences we wrote."""
from __future__ import annotations

from newsdesk.extract.quotes import extract_quotes
from newsdesk.extract.speakers import subject_before
from newsdesk.model import Article


def _speakers(text: str) -> list[str]:
    art = Article(id="t", raw=text, text=text)
    return [q.speaker for q in extract_quotes(art) if q.kind == "direct"]


def test_an_age_then_a_who_clause_keeps_the_name():
    assert subject_before("Maria Olsen, 52, who works as a nurse, ")[0] == "Maria Olsen"
    assert subject_before("Maria Olsen, 52, a nurse at the clinic, ")[0] == "Maria Olsen"


def test_a_quote_after_an_age_and_a_role_clause_is_the_names():
    text = ("Piet Lange, 41, who works as a crane driver, told the radio: \u201cWe lost three friends "
            "on that quay and nobody has told us why.\u201d")
    assert _speakers(text) == ["Piet Lange"]


def test_a_medium_reporting_a_person_as_saying_gives_the_person():
    text = ("\u201cThe party will not let this be buried under paperwork,\u201d local radio reported "
            "Omar Haddad as saying.")
    assert _speakers(text) == ["Omar Haddad"]
