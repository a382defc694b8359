"""Crew counts read from clause structure (across/dispute_crew.py, dispute_headcount.py): the
counted attackers as the asserted subject of any verb, an exclusive "there was only one", and
the attackers' own dead told differently by two sources (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_crew import crew_acts, only_one
from newsdesk.across.dispute_headcount import ATTACKERS, counts, killed, lone
from tests.conftest import story_disputes


def _heads(*texts):
    return [d for d in story_disputes(*texts) if d.kind == "headcount"]


def test_a_subject_of_any_verb_sizes_the_crew():
    text = "Three assailants clambered over the depot wall before dawn, the port authority said."
    assert counts(text, ATTACKERS) == [3]
    assert crew_acts(text, text.index("assailants") + len("assailants"))


def test_hedged_or_passive_counts_do_not():
    assert counts("Inspectors fear that four gunmen could return to the market.", ATTACKERS) == []
    assert counts("Four gunmen were spotted near the ferry landing.", ATTACKERS) == []
    assert counts("Nobody knows whether five attackers crossed the river.", ATTACKERS) == []


def test_only_one_is_a_crew_of_one():
    assert only_one("The mayor said there was only one gunman, a former tenant.")
    assert lone("The mayor said there was only one gunman, a former tenant.") == {1}
    assert not lone("It is not clear whether there was only one gunman.")


def test_one_against_two_is_a_dispute():
    ds = _heads("The mayor of Norvale said there was only one gunman in the arcade.",
                "Two gunmen hurried from the car park into the arcade, the regional police said.")
    assert ds and "1" in ds[0].topic and "2" in ds[0].topic


def test_attackers_killed():
    assert killed("Only four attackers were killed, the commander said on Friday.") == [4]
    assert killed("Nine guards and two gunmen were killed.") == []          # listed among the dead
    assert killed("Eleven militants were killed in the night raids.") == []  # a war's many fights


def test_attackers_killed_told_two_ways():
    ds = _heads("The interior minister of Valdoria said five gunmen had been killed at the marina.",
                "Just two gunmen were killed at the marina, the army said a day later.")
    assert any("attackers killed" in d.topic and "2" in d.topic and "5" in d.topic for d in ds)


def test_the_same_dead_attackers_are_no_dispute():
    assert not [d for d in _heads("The minister said three gunmen were killed at the marina.",
                                  "Three gunmen were killed at the marina, the army said.")
                if "killed" in d.topic]


def test_those_left_and_ranges_are_no_exact_crew():
    assert counts("Nine gunmen remained inside the stadium, a colonel said.", ATTACKERS) == []
    assert counts("Eight to ten gunmen stormed the depot.", ATTACKERS) == []
