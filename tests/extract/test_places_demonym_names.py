"""A demonym or compass adjective that opens a name the gazetteer holds whole is part of the
name ("Saudi Arabia", "Northern Ireland"); before any other name it only qualifies it
(extract/ev_names.py, _place_runs)."""
from __future__ import annotations

from newsdesk.extract.ev_names import places
from newsdesk.nlp import parse


def _names(text: str) -> tuple[list[str], list[str]]:
    doc, = parse([text])
    return places(doc)


def test_a_country_opened_by_a_demonym_keeps_its_first_word():
    first, _ = _names("Saboteurs set fire to a pumping station in Saudi Arabia late on Tuesday.")
    assert first == ["Saudi Arabia"]


def test_a_province_opened_by_a_demonym_is_read_after_its_preposition():
    first, _ = _names("The convoy was stopped at a checkpoint in British Columbia.")
    assert first == ["British Columbia"]


def test_a_compass_adjective_that_is_part_of_the_name_stays():
    first, _ = _names("A car bomb damaged a police station in Northern Ireland.")
    assert first == ["Northern Ireland"]


def test_a_demonym_before_another_name_still_qualifies_it():
    first, _ = _names("Saudi officials said two tankers were hit near Fujairah.")
    assert first == ["Fujairah"]
    first, _ = _names("Militants attacked a bus in northern Iraq.")
    assert "Iraq" in first


def test_a_country_as_the_subject_is_no_place_of_the_act():
    first, rest = _names("Saudi Arabia condemned the raid on Sunday.")
    assert "Saudi Arabia" not in first + rest
