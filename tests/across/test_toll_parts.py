"""Which figures a toll or hurt-count dispute may set against each other (across/figures.py
`victims_toll`, toll_scope.py `elsewhere` and `counted_as_other`, dispute_wounded_top.py):
the attackers' dead are not the attack's toll, those who died at once are a part of it, a
figure the counts step ties to the hurt is no toll, a word figure of the hurt is a floor, and
one holder's bare figure against a count two other outlets agree on is a dispute (articles we wrote)."""
from __future__ import annotations

from newsdesk.across.figures import victims_toll
from newsdesk.across.toll_scope import elsewhere
from newsdesk.extract.counts import casualties
from tests.conftest import story_disputes


def _topics(*texts):
    return [d.topic for d in story_disputes(*texts)]


def test_the_victims_figure_is_the_toll_when_the_attackers_dead_come_first():
    text = ("Guards shot and killed the three gunmen at the gate. Officials said nine people were killed "
            "in the raid on the depot.")
    one = text.replace(". Officials", ".Officials")       # two sentences glued by a scrape
    assert victims_toll(one, casualties(one))[0] == (9, 9)
    plain = "Nine people were killed in the raid on the depot."
    assert victims_toll(plain, casualties(plain))[0] == (9, 9)


def test_those_who_died_at_once_are_a_part_of_the_toll():
    assert elsewhere("Five passengers died on the spot, the rescue service said.")
    assert elsewhere("Four people died in the immediate aftermath of the crash.")
    assert not elsewhere("Twelve people were killed in the crash on the ring road.")
    assert not elsewhere("Five died on the spot, bringing the total to twelve.")


def test_a_figure_of_the_hurt_beside_the_dead_is_no_toll():
    tops = _topics("At least 12 people were killed when the ferry capsized near Velmora.",
                   "Beside the dead, 40 people were hurt when the ferry capsized near Velmora, the port office said.")
    assert not any(t.startswith("overall death toll") for t in tops)


def test_a_word_figure_of_the_hurt_is_a_floor():
    tops = _topics("The port office said 180 people were injured when the ferry capsized near Velmora.",
                   "A ferry capsized near Velmora, leaving nine people dead and dozens more injured, "
                   "according to the Velmoran coast guard.")
    assert not any(t.startswith("number of injured") for t in tops)


def test_one_holder_against_a_count_two_outlets_agree_on():
    held = "The Velmoran coast guard said there were five injured."
    ten = "Ten people were injured in the ferry fire, four of them badly."
    again = "Ten were injured in the ferry fire at the pier, the port office confirmed."
    assert "number of injured: 5 vs 10" in _topics(held, ten, again)
    assert not any(t.startswith("number of injured") for t in _topics(held, ten))
