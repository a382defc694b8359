"""Phrases that hold an event word but state no act, on sentences we wrote: a leader meeting the
press is a press conference, not a meeting between parties (CONSULT), tape ringing a crime scene
is no siege (COERCE), a law named after extradition is no extradition (COOPERATE), and a
standing insurgency or how often a kind of attack happens is background, not an act (ASSAULT);
the real acts beside them still code."""
from __future__ import annotations

from newsdesk.extract import not_events
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def code(text: str, published: str | None = "2031-05-02") -> list[str]:
    art = Article(id="t", raw=text, text=text, published=published)
    return [m.type for m in events_step(sentences_step(art)).mentions]


def test_meeting_the_press_is_no_consultation():
    assert "CONSULT" not in code("The governor met the press with her whole cabinet on Tuesday morning.")
    assert "CONSULT" not in code("Speaking after the floods, the mayor, meeting reporters at city hall, "
                                 "said repairs would take months.")
    span = not_events.blocked_spans("The minister met the media on Friday.", None)
    assert span, "a press meeting is blocked before any trigger row claims it"


def test_a_meeting_between_leaders_still_consults():
    assert "CONSULT" in code("The governor met the Malaysian foreign minister in Kuala Lumpur on Tuesday.")


def test_tape_around_a_scene_is_no_siege():
    assert "COERCE" not in code("Yellow tape surrounded the market, and neighbours gathered to watch.")
    assert "COERCE" not in code("Police tape surrounded the burned shop on Friday.")


def test_troops_ringing_a_town_still_coerce():
    assert "COERCE" in code("Government troops surrounded the rebel-held town on Friday.")


def test_a_law_named_after_extradition_is_no_cooperation():
    assert "COOPERATE" not in code("Thousands marched on Sunday against the extradition bill.")
    assert "COOPERATE" not in code("Anti-extradition protesters gathered outside the council on Sunday.")


def test_a_handed_over_suspect_still_cooperates():
    assert "COOPERATE" in code("Thailand extradited the suspect to China on Friday.")


def test_how_often_attacks_happen_is_no_attack():
    assert "ASSAULT" not in code("Rebels seldom carry out bombings in the northern towns.")
    assert "ASSAULT" not in code("Gunmen rarely launch attacks on the capital.")


def test_a_standing_insurgency_is_background():
    assert "ASSAULT" not in code("The army is fighting a long-running Maoist insurgency in the east.")


def test_an_attack_told_beside_the_background_still_codes():
    assert "ASSAULT" in code("Gunmen attacked a police post in the east on Friday, though they rarely "
                             "operate so far north.")


def test_a_bomb_squad_in_blast_suits_is_no_explosion():
    assert "ASSAULT" not in code("Bomb squad members in blast suits searched the station on Friday.")
    assert "ASSAULT" in code("A bomb exploded at the station on Friday, wounding six people.")
