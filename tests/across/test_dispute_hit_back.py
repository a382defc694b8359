"""The accused hitting back at a charge (across/dispute_hit_back.py); sentences we wrote."""
from __future__ import annotations

from tests.conftest import story_disputes


def _hit_back(disputes):
    return [d for d in disputes if d.topic.startswith("the charge and the riposte")]


def test_the_accused_hitting_back_answers_the_charge_in_another_paragraph():
    a = ("Norland's prime minister, Lina Ostrova, has blamed negligence by the Vessian port authority "
         "for the grain terminal fire that killed 40 dockers.\n\n"
         "Vessians quickly hit back in the press, calling the charge a Norlandic smear to hide its own failings.")
    found = _hit_back(story_disputes(a))
    assert len(found) == 1
    holders = [c.holder for c in found[0].claims]
    assert holders[1] == "Vessians" and "Ostrova" in holders[0]


def test_the_charge_may_come_from_another_outlet():
    a = "Norland's foreign minister, Karl Bein, accused Vessia of starving the border towns."
    b = "Vessian officials retorted that the towns had been fed by their convoys all winter."
    assert len(_hit_back(story_disputes(a, b))) == 1


def test_gunfire_and_an_unanswered_riposte_make_no_dispute():
    # soldiers firing back is an act, and nobody charged the ones who answer
    a = "Gunmen attacked the Vessian checkpoint at dawn and the guards struck back at the gunmen."
    b = "The Vessian council blamed the drought for the poor harvest."
    c = "Farmers hit back at the plan to cut water quotas, saying the dams were full."
    assert _hit_back(story_disputes(a, b, c)) == []
