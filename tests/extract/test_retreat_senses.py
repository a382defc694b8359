"""RETREAT words in their other senses, on sentences we wrote: an object drawn out ("pulled
out a [weapon]") and a retreat that is the place an attack hits ("stormed the lakeside
retreat"). Neither is a withdrawal; the withdrawals themselves keep their type."""
from __future__ import annotations

from newsdesk.extract.events import events_step
from newsdesk.extract.plover import find_triggers
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def _types(text: str) -> list[str]:
    art = events_step(sentences_step(Article(id="t", raw=text, text=text, published="2026-04-22")))
    return [m.type for m in art.mentions]


def _trigger_types(text: str) -> list[str]:
    return [t.type for t in find_triggers(text)]


def test_an_object_pulled_out_is_no_withdrawal():
    assert "RETREAT" not in _trigger_types("A man in a grey coat pulled out a crossbow and fired at the guards.")
    assert "RETREAT" not in _trigger_types("She pulled out an old revolver from her bag.")


def test_a_withdrawal_told_with_pull_out_keeps_its_type():
    assert "RETREAT" in _trigger_types("The army pulled out of Harlow on Friday.")
    assert "RETREAT" in _trigger_types("Veloria pulled out its troops from the border zone.")


def test_a_retreat_stormed_is_a_place():
    types = _types("Masked gunmen stormed the quiet lakeside retreat near Harlow on Sunday and opened fire on guests.")
    assert "RETREAT" not in types
    assert "ASSAULT" in types
    assert "RETREAT" not in _trigger_types("Three attackers stormed into the mountain retreat at dawn.")


def test_a_retreat_of_forces_under_attack_stays_a_withdrawal():
    assert "RETREAT" in _trigger_types("Jets attacked the retreat of the rebel columns from Harlow.")
    assert "RETREAT" in _trigger_types("The rebels were forced into a hasty retreat.")
