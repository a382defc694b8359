"""Parties named with their toll in front (extract/ev_toll_names.py), on sentences we wrote:
the figure goes when a sentence of the event states it as a casualty count, and stays when it
counts something else (arrests, troops)."""
from __future__ import annotations

from newsdesk.extract.ev_toll_names import without_toll
from tests.conftest import event_mentions


def test_toll_in_front_of_the_victims_is_dropped():
    said = ["Islamist militants killed 12 soldiers in an ambush on an army convoy on Wednesday."]
    assert without_toll("12 soldiers", said) == "soldiers"
    said = ["Police shot dead at least 7 protesters in the city of Kano on Thursday."]
    assert without_toll("at least 7 protesters", said) == "protesters"
    said = ["Dozens of villagers were wounded when the shells hit the market."]
    assert without_toll("dozens of villagers", said) == "villagers"


def test_a_count_that_is_no_toll_stays():
    said = ["Soldiers arrested dozens of protesters in Kano on Friday, witnesses said."]
    assert without_toll("dozens of protesters", said) == "dozens of protesters"
    said = ["The rebels killed 12 soldiers and captured 30 policemen near the border."]
    assert without_toll("30 policemen", said) == "30 policemen"


def test_names_without_a_leading_figure_are_kept():
    said = ["Gunmen killed 17-year-old Ali Musa and two of his cousins on Sunday."]
    assert without_toll("17-year-old Ali Musa", said) == "17-year-old Ali Musa"
    assert without_toll("the Kurdish fighters", ["The raid killed 9 Kurdish fighters."]) == "the Kurdish fighters"


def test_a_bare_count_of_people_names_nobody():
    said = ["As many as 118 people alone died in the concert hall, officials said."]
    assert without_toll("As many as 118 people alone", said) is None


def test_event_recipient_loses_its_toll():
    text = ("Islamist militants killed 12 soldiers in an ambush on an army convoy near the town of "
            "Damboa on Wednesday, military sources said.\n\n"
            "Soldiers arrested dozens of protesters in Kano on Friday, witnesses said.")
    ms = event_mentions(text)
    got = {m.type: m.recipient for m in ms}
    assert got.get("ASSAULT") == "soldiers"
    assert got.get("COERCE") == "dozens of protesters"
