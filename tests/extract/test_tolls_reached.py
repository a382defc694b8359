"""Tolls told as a tally carried "up to" a figure, deaths by choking, the "fatalities" noun as a
toll word, and the province named after its capital (counts.py / toll_reach.py, plover.py,
place_province.py). Sentences written for these tests."""
from __future__ import annotations

from newsdesk.extract.counts import casualties
from newsdesk.extract.place_province import called_province
from tests.conftest import assault_mentions, trigger_types


def dead(sentence: str):
    c = casualties(sentence)["dead"]
    return None if c is None else (c.low, c.high)


def test_a_tally_brought_up_to_a_figure_is_the_toll_not_the_increment():
    s = ("Three more patients died in hospital on Tuesday, officials said, bringing the total "
         "fatalities from the ferry fire at the harbour up to 31.")
    assert dead(s) == (31, 31)


def test_up_to_without_a_moving_tally_stays_a_ceiling():
    assert dead("Rescuers said up to 40 people were killed when the bridge fell.") == (40, 40)
    assert casualties("Rescuers said up to 40 people were killed when the bridge fell.")["dead_qualifier"] == "at_most"
    assert dead("Officials warned the toll could rise up to 90 as the search goes on.") is None


def test_people_made_to_choke_to_death_are_dead():
    s = ("Witnesses said the fumes caused at least 14 people to choke to death in the market, "
         "with medics suspecting a toxic agent.")
    assert dead(s) == (14, None)


def test_fatalities_is_a_toll_word():
    assert "ASSAULT" in trigger_types("That raises the number of fatalities to 19.")


def test_a_province_named_like_its_capital():
    text = "Jets struck a town in the province of Idlib on Monday. Residents of Idlib province fled."
    assert called_province(text, "Idlib")
    assert not called_province("Jets struck the city of Idlib on Monday.", "Idlib")


def test_an_also_wounded_count_in_a_town_of_the_named_province_joins_the_lede_attack():
    """Both rules are needed here: without the province the town is 50 km from Idlib city, and
    without "also" the injured count is a figure of its own."""
    ms = assault_mentions(
        "BEIRUT: A suspected gas attack by government or allied jets killed at least 30 people on Monday, "
        "among them six children, in villages of Idlib province, a war monitor reported. Officers of the army "
        "did not answer calls seeking comment. Damascus has repeatedly denied using such arms. The air strikes "
        "also wounded more than 80 people in the town of Khan Shaykhun in rebel-held Idlib, the monitor said.",
        "2031-05-06")
    assert len(ms) == 1
    assert (ms[0].dead.low, ms[0].injured.low) == (30, 80)
