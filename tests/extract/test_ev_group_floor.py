"""Acts of a bombing day told around the main blast (sentences invented; places fictional or
real): a toll in words just above an open count ("scores" after "at least 28") is the same
toll (extract/ev_group_parties.py `_within`); "Shortly after the blast in X, a second bomb went
off south of Y" tells the second bomb in Y, the opening clause only dates it
(extract/ev_group_twoacts.py), and the compass point from Y places it there (extract/ev_light.py)."""
from __future__ import annotations

from newsdesk.extract.events import sentence_events
from tests.conftest import assault_mentions


def texts(m) -> list[str]:
    return [m.span.text, *[s.text for s in m.extra_spans]]


def test_scores_killed_after_an_open_count_is_the_same_toll():
    ms = assault_mentions(
        "A suicide bomber struck a crowded cultural centre in the river town of Velmar, leaving at "
        "least 28 people dead. The blast in the town was labelled a terrorist attack by the ministry. Several local "
        "papers reported fatalities and a regional broadcaster said scores had been killed and about "
        "90 wounded.", "2027-10-25")
    assert len(ms) == 1 and len(texts(ms[0])) == 3
    assert ms[0].dead.low == 28


def test_a_count_of_three_is_not_held_by_dozens():
    ms = assault_mentions(
        "At least 3 people were killed when gunmen fired on a bus near Velmar on Monday. "
        "In a separate raid across the valley, dozens were killed in an air strike on Dorn.",
        "2027-10-25")
    assert len([m for m in ms if m.dead is not None]) == 2


def test_a_second_bomb_after_the_blast_is_placed_where_it_went_off():
    cs = [c for c in sentence_events(
        "Shortly after the blast in Velmar, a second bomb went off south of Aleppo near a militia "
        "post on the road.", "2027-10-25") if c.type == "ASSAULT"]
    second = [c for c in cs if any(t.text.endswith("bomb") for t in c.triggers)]
    assert len(second) == 1
    assert "Aleppo" in second[0].places and "Velmar" not in second[0].places
