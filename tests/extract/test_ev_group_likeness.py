"""One act told across an article stays one mention (extract/ev_group.py, ev_group_asides.py):
a place named only in a likeness to another act ("similarities to a bombing in ...") is the
compared act's and sets no statement apart; deaths told "at the attack scene" after an
injured-only lede are that attack's toll, not a second act. (Sentences invented.)"""
from __future__ import annotations

from types import SimpleNamespace

from newsdesk.extract.ev_group_asides import drop_likeness_places
from tests.conftest import assault_mentions


def _art(text: str):
    return SimpleNamespace(sentences=[SimpleNamespace(text=text)])


def texts(m) -> list[str]:
    return [m.span.text, *[s.text for s in m.extra_spans]]


def test_a_place_only_in_the_likeness_is_dropped():
    c = SimpleNamespace(sent=0, places=["Marseille"])
    drop_likeness_places(_art("Investigators said the blast bore similarities to a car bombing in "
                              "Marseille last spring."), [c])
    assert c.places == []


def test_a_place_named_before_the_likeness_is_kept():
    c = SimpleNamespace(sent=0, places=["Lyon", "Marseille"])
    drop_likeness_places(_art("The bombing in Lyon was very similar to the attack in Marseille, "
                              "police said."), [c])
    assert c.places == ["Lyon"]


def test_no_likeness_keeps_every_place():
    c = SimpleNamespace(sent=0, places=["Marseille"])
    drop_likeness_places(_art("A car bomb exploded in Marseille on Friday."), [c])
    assert c.places == ["Marseille"]


def test_deaths_at_the_attack_scene_join_the_injured_only_lede():
    ms = assault_mentions(
        "Two bombs exploded outside a stadium in Lyon on Sunday, the interior ministry said. "
        "Some 45 people were injured in the blasts, the ministry said in a statement. "
        "Twelve people died at the attack scene and three more died in hospital, the city prosecutor said.",
        "2027-10-25")
    assert len(ms) == 1
    assert any(t.startswith("Twelve people died") for t in texts(ms[0]))
