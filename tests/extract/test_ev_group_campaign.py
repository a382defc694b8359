"""An air strike told with its hour is not the campaign around it (extract/ev_group_asides.py
`_backing`, grp_link.py `another_act` / `campaign`, ev_names.py `_weapon_opener`): the backing
of another act ("backed by US airstrikes"), strikes spread over days ("several airstrikes during
the week") and an offensive do not join the strike's record; a weapon that opens a sentence
("Grenade explosions") is no town that sets its sentence apart from the attack. Sentences
written for these tests; places fictional or real."""
from __future__ import annotations

from tests.conftest import assault_mentions


def texts(m) -> list[str]:
    return [m.span.text, *[s.text for s in m.extra_spans]]


def record_of(ms, start: str):
    return next((m for m in ms if any(t.startswith(start) for t in texts(m))), None)


STRIKE = ("On Saturday, a clinic in Velmar was hit by an air strike, killing 14 people, including six nurses. "
          "The charity said the attack on the clinic broke the laws of war. ")


def test_the_backed_offensive_is_its_own_record():
    ms = assault_mentions(STRIKE + "After reinforcements arrived, the Dornish army, backed by Ostran "
                          "airstrikes, began an offensive operation to regain control of the city.", "2031-03-02")
    strike, offensive = record_of(ms, "On Saturday"), record_of(ms, "After reinforcements")
    assert strike is not None and offensive is not None and strike is not offensive
    assert offensive.actor == "Dornish army"


def test_strikes_during_the_week_are_not_the_strike():
    ms = assault_mentions(STRIKE + "Ostran jets had carried out several airstrikes during the week in "
                          "support of government troops in the city.", "2031-03-02")
    strike, week = record_of(ms, "On Saturday"), record_of(ms, "Ostran jets")
    assert strike is not None and week is not strike


def test_a_later_telling_of_the_strike_still_joins():
    ms = assault_mentions(STRIKE + "The air strike destroyed the clinic's operating theatre.", "2031-03-02")
    assert record_of(ms, "On Saturday") is record_of(ms, "The air strike")


def test_a_weapon_opening_the_sentence_is_no_place():
    ms = assault_mentions("At least 39 people were killed as gunmen armed with grenades stormed a shopping "
                          "centre in Nairobi on Saturday. Grenade explosions and gunfire sent scores fleeing "
                          "from the shops.", "2031-03-02")
    assert record_of(ms, "At least 39") is record_of(ms, "Grenade explosions")


def test_a_town_opening_the_sentence_is_still_a_place():
    from newsdesk.extract.ev_names import places
    from newsdesk.nlp import parse
    doc = parse(["Kabul residents said the blast shook the city."])[0]
    first, rest = places(doc)
    assert "Kabul" in first + rest
