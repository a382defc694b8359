"""A lede placing an attack only by the country, and a later sentence naming a village
the gazetteer cannot place (only a small namesake in a country the article never backs),
are one act (extract/place_unknown.py); a big city of another country stays apart.
(Sentences invented.)"""
from __future__ import annotations

from tests.conftest import assault_mentions

_TEXT = ("Gunmen shot dead about 60 villagers during a night raid in northern Burkina Faso, "
         "the interior ministry said on Sunday. "
         "The raiders struck the village of {} late on Friday, shooting residents and "
         "torching houses and shops, a ministry statement said.")


def test_a_village_known_only_as_a_namesake_abroad_joins_the_country_lede():
    ms = assault_mentions(_TEXT.format("Solhan"), "2026-06-07")     # a Turkish hamlet shares the name
    assert len(ms) == 1
    assert any("village of Solhan" in s.text for s in ms[0].extra_spans)
    assert ms[0].dead.low == 60 and ms[0].location.country == "BF"


def test_a_big_city_of_another_country_stays_apart():
    ms = assault_mentions(_TEXT.format("Kano"), "2026-06-07")
    assert len(ms) == 2
    assert {m.location.country for m in ms} == {"BF", "NG"}
