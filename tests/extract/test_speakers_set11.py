"""Speaker patterns met on unseen set 11, on short texts we wrote: 'She said:' after a
speaker whose own sentence names female kin, 'The official' kept whole, a closing mark typed
where an opener belongs, and words a report cites someone as saying."""
from __future__ import annotations

from newsdesk.extract.attribution import cited_as, glued_opener
from newsdesk.extract.speakers import looks_person
from tests.conftest import direct_quotes


def _speaker(text: str, start: str) -> str | None:
    return next(q.speaker for q in direct_quotes(text) if q.text.startswith(start))


def test_she_after_a_speaker_whose_sentence_names_kin_is_the_speaker():
    text = ("Prime Minister Ilse Varga spoke to parliament on Monday.\n\n"
            "Mrs Varga said the gang had failed to explain the attack on Mr Holm and his daughter Eva.\n\n"
            "She said: \"There is no other explanation for what happened to them.\"")
    assert _speaker(text, "There is no other") == "Ilse Varga"


def test_a_determiner_alone_names_no_one():
    assert not looks_person("The")
    assert looks_person("Tom Ferro")
    text = "The official quoted by the agency said the police \u201care following up on this matter closely\u201d."
    assert _speaker(text, "are following") != "The"


def test_a_closing_mark_glued_to_the_next_sentence_opens_it():
    p = "A friend said on Sunday that officials told him the man is dead.\u201dWe have proof of it,\u201d he said."
    assert glued_opener(p, p.index("\u201d"))
    quotes = direct_quotes(p)
    assert [q.text.rstrip(",") for q in quotes] == ["We have proof of it"]


def test_the_party_a_report_cites_is_the_speaker():
    assert cited_as("A statement by the agency cited a senior officer as denying ")[0] == "a senior officer"
    assert cited_as("the army declared a curfew (wrongly reported by some outlets as ")[0] == "some outlets"
    assert cited_as("The minister said ") is None
    assert cited_as("The minister was quoted by the state news agency as saying ") is None
