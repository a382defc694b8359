"""How a crew is counted (across/dispute_headcount.py): "men" with the attack verb later in
its clause, a passive's agent ("by three men"), an existential ("there were two gunmen"),
more nouns for attackers, and a crew of one ("a lone gunman") against a larger one
(sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_headcount import ATTACKERS, counts, lone
from tests.conftest import story_disputes


def _heads(*texts):
    return [d for d in story_disputes(*texts) if d.kind == "headcount"]


def test_men_with_the_attack_verb_in_their_clause():
    assert counts("Two men on a scooter opened fire on the patrol.", ATTACKERS) == [2]
    assert counts("Four men wearing balaclavas stormed the post office.", ATTACKERS) == [4]
    assert counts("The raid was carried out by five men, the mayor said.", ATTACKERS) == [5]
    assert counts("Two men were seen near the quay on Sunday.", ATTACKERS) == []


def test_a_crew_sized_outright():
    assert counts("Investigators said there were three assailants.", ATTACKERS) == [3]
    assert counts("Six insurgents attacked the checkpoint at dusk.", ATTACKERS) == [6]


def test_a_crew_of_one():
    assert lone("A lone gunman opened fire in the market, the governor said.") == {1}
    assert lone("Police are still unsure whether a lone attacker acted.") == set()
    assert lone("The lone gunman was named on Tuesday.") == set()


def test_one_against_two():
    ds = _heads("A lone gunman opened fire in the Varna market, the governor said.",
                "Two gunmen opened fire in the Varna market, a police spokesman said.")
    assert ds and "1" in ds[0].topic and "2" in ds[0].topic


def test_the_rest_of_a_crew_is_a_part():
    assert counts("Guards fought the other two attackers at the gate.", ATTACKERS) == []
    assert counts("The remaining three gunmen stormed the upper floor.", ATTACKERS) == []
