"""A faceless attack mention joins the attack whose scene the article was on last, not the
article's first attack (extract/ev_group_scene.py `in_scene`); an act told as happening
"earlier in the day" is another act than the one the article leads with (extract/grp_link.py
`earlier_same_day`); a craft brought down that the assault never names is an act of its own."""
from __future__ import annotations

from newsdesk.extract.grp_link import earlier_same_day
from newsdesk.extract.plover import Trigger
from tests.conftest import assault_mentions

FIRE = ("At least 20 people were killed on Friday when rioters set fire to a hotel in the Black "
        "Sea city of Burgas, police said. ")
RUSE = ("Most of them died of smoke inhalation. The fire came the same day as the army launched a "
        "military assault in the northern city of Ruse to retake buildings held by rebels. ")


def _told(text):
    return [[m.span.text, *[s.text for s in m.extra_spans]] for m in assault_mentions(text, "2026-07-24")]


def test_faceless_mention_joins_the_scene_told_last():
    told = _told(FIRE + RUSE + "Witnesses said shots were fired at the soldiers from the rooftops.")
    shots = [t for t in told if any("shots were fired" in s for s in t)]
    assert len(shots) == 1 and any("Ruse" in s for s in shots[0])
    assert not any("Burgas" in s for s in shots[0])


def test_a_craft_shot_down_is_an_act_of_its_own():
    # the assault's sentences never name the aircraft: bringing them down is another act
    # (extract/ev_group_scene.py `own_target`)
    told = _told(FIRE + RUSE + "Two helicopters were lost, the defence ministry reported. By its "
                 "account the aircraft were shot down by a missile.")
    heli = [t for t in told if any("shot down" in s for s in t)]
    assert len(heli) == 1
    assert not any("Ruse" in s or "Burgas" in s for s in heli[0])


def test_first_attack_keeps_a_mention_it_is_told_around():
    told = _told(FIRE + "The army launched a military assault in the northern city of Ruse on Friday. "
                 "Witnesses said shots were fired at the building before the blaze. The death toll "
                 "at the Burgas hotel later rose to 24.")
    shots = [t for t in told if any("shots were fired" in s for s in t)]
    assert len(shots) == 1 and any("Burgas" in s for s in shots[0])
    assert not any("Ruse" in s for s in shots[0])


def test_riots_earlier_in_the_day_are_another_act():
    told = _told(FIRE + "Police said riots broke out earlier in the day between football fans and "
                 "nationalists who had come from the capital.")
    assert len(told) == 2 and not any("riots" in s for s in told[0])


class _Cand:
    def __init__(self, text, word):
        start = text.index(word)
        self.dead = None
        self.triggers = [Trigger(start, start + len(word), "ASSAULT", None, "verb", word)]


def test_earlier_in_the_day_must_tell_the_acts_own_clause():
    near = "Riots broke out earlier in the day near the station."
    far = ("Most of those assaulted were people returning home after they joined a protest march "
           "in the city earlier in the day.")
    assert earlier_same_day(near, _Cand(near, "Riots"))
    assert not earlier_same_day(far, _Cand(far, "assaulted"))
