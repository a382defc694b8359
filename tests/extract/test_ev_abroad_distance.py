"""Exchanges between parties apart take no place (ev_abroad.held_at_a_distance): a talk told
by a verb of speaking or calling, or an act done in a call; a meeting keeps its place
(sentences we wrote)."""
from __future__ import annotations

import pytest

from newsdesk.api import analyze
from newsdesk.extract.ev_abroad import held_at_a_distance


def _distant(typ: str, text: str) -> bool:
    return held_at_a_distance(typ, text)


@pytest.mark.parametrize("text", [
    "The chancellor spoke with the governor of the province on Friday.",
    "The premier called up his Ruritanian counterpart to offer condolences.",
    "The foreign minister has spoken to the alliance's secretary general about the strike.",
])
def test_a_talk_told_by_a_speaking_verb_is_held_apart(text):
    assert _distant("CONSULT", text)


@pytest.mark.parametrize("text", [
    "The chancellor met the governor of the province on Friday.",
    "The premier hosted his Ruritanian counterpart to discuss the strike.",
])
def test_a_meeting_is_held_somewhere(text):
    assert not _distant("CONSULT", text)


def test_an_act_done_in_a_call_is_held_apart():
    assert held_at_a_distance("AGREE", "She was promised help in a brief call from the envoy.")
    assert held_at_a_distance("SUPPORT", "During a call with the mayor he offered funds.")
    # a call as a demand is no exchange
    assert not held_at_a_distance("REQUEST", "In a call for calm, the bishop urged restraint.")


def test_only_acts_of_words_and_talks():
    assert not held_at_a_distance("ASSAULT", "Gunmen stormed the station, a witness said in a call with us.")


TEXT = """Gunmen stormed a bus depot in Mombasa on Monday, killing nine people, police said.

Troops sealed off Mombasa on Tuesday and searched houses near the depot, officials said.

The neighbouring country's president spoke with the prime minister on Wednesday and pledged help.
"""


def test_a_spoken_talk_is_not_placed_at_the_attack(tmp_path):
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")
    pic = analyze([str(tmp_path)])
    places = {e.type: (e.location.name if e.location else None) for e in pic.events}
    assert places.get("ASSAULT") == "Mombasa"
    assert "CONSULT" in places and places["CONSULT"] is None
    assert "AGREE" in places and places["AGREE"] is None      # pledged in that talk
