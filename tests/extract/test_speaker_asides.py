"""Speakers behind an adverbial aside ('The army, in a statement, said'), a charge's participle
('accused X of Y saying: "…"') and a finding ('An inquiry by the FBI found that it was "…"');
sentences we wrote (extract/adverbial_aside.py, charge_object.py, finding_subject.py)."""
from __future__ import annotations

from newsdesk.extract.quotes import extract_quotes
from newsdesk.extract.speakers import subject_before
from newsdesk.model import Article


def _speakers(text: str) -> list[str]:
    art = Article(id="t", raw=text, text=text)
    return [q.speaker for q in extract_quotes(art) if q.kind == "direct"]


def test_an_adverbial_aside_is_not_the_subject():
    assert subject_before("The coast guard, in a statement, ")[0] == "The coast guard"
    assert subject_before("The ministry, however, ")[0] == "The ministry"
    assert subject_before("The council, on Friday, ")[0] == "The council"
    assert subject_before("Ann Roe, a nurse at the clinic, ")[0] == "Ann Roe"


def test_a_quote_after_an_aside_is_the_subjects():
    text = ("Ann Roe said the ferry left late.\n\nThe coast guard, in a statement, said that a "
            "\u2018fault in the steering gear sent the ferry onto the rocks near the pier\u2019.")
    assert _speakers(text)[-1] == "The coast guard"


def test_a_participle_after_a_charge_goes_with_the_accuser():
    text = ("The harbour authority accused the ferry company of ignoring the storm warning saying: "
            "\u201cThe crew was told twice to stay in port and sailed anyway.\u201d\n\n"
            "\u201cNo captain should have left the harbour in such weather,\u201d the authority added.")
    first, second = _speakers(text)
    assert first == "The harbour authority" and second.lower().endswith("authority")


def test_a_finding_speaks_for_the_body_that_made_it():
    text = ("Ann Roe, the ferry's owner, said the crew had done nothing wrong.\n\n"
            "An inquiry by the National Transport Safety Board has found that the crew was "
            "\u2018aware of the storm warning hours before leaving port\u2019.")
    assert _speakers(text)[-1] == "National Transport Safety Board"
