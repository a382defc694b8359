"""Speakers a tuning batch got wrong, on sentences written for the test: a body named 'X Committee
of the Y' that a later 'it said' stands for, a document named by its language, and a speaker
who 'began' a quote broken by the attribution."""
from __future__ import annotations

from newsdesk.extract.quotes import extract_quotes
from newsdesk.model import Article


def speakers(text: str) -> list[tuple[str | None, str]]:
    art = Article(id="t", raw=text, text=text)
    return [(q.speaker, q.text) for q in extract_quotes(art) if q.kind == "direct"]


def test_committee_of_the_body_is_one_name_for_a_later_it():
    text = ("In a post online, the Relief Committee of the Blue Shield said the blast hit a van. "
            "A clinic run by the aid body has taken in “many sick and hurt people,” it said, adding "
            "that “aid workers must never be targets.”")
    got = speakers(text)
    assert len(got) == 2
    assert all(sp == "Relief Committee of the Blue Shield" for sp, _ in got)


def test_person_after_a_preposition_is_still_cut_out():
    text = "“We will rebuild the bridge,” said the mayor of the town Ann Roe."
    assert speakers(text)[0][0] != "the mayor of the town Ann Roe"


def test_language_of_a_statement_is_no_issuer():
    text = ("The ministry denied the claim.\n“The raid hit only armed sites,” the English-language "
            "statement said.")
    assert speakers(text) == [("English-language statement", "The raid hit only armed sites,")]


def test_named_statement_still_speaks_for_its_issuer():
    text = "“The raid hit only armed sites,” the Harlow Council statement said."
    assert speakers(text)[0][0] == "Harlow Council"


def test_began_closes_a_broken_quote_and_carries_its_second_half():
    text = ("A fire broke out at the depot on Monday.\n\n“The roof just fell in,” the unnamed worker "
            "began in his clip, “We ran out and nobody stopped.”\n\nFurther unverified reports on local forums")
    got = speakers(text)
    assert [sp for sp, _ in got] == ["the unnamed worker", "the unnamed worker"]


def test_began_as_an_ordinary_verb_names_no_speaker():
    text = "The strike began in May. Workers called it “the longest walkout in memory.”"
    assert all(sp != "The strike" for sp, _ in speakers(text))
