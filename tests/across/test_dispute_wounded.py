"""How many were hurt (across/dispute_wounded.py): two named holders of one article giving
figures of the wounded that cannot both be right make one dispute, and another outlet's
sentence stating one of those figures joins it; one holder's figure, a part ("two of them
badly", "six Ostrians were injured"), figures of one voice, or figures that agree do not (articles we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes as disputes_of


def _wounded(*texts):
    return [d for d in disputes_of(*texts) if d.topic.startswith("number of injured")]


TWO = "According to the press office of the Velmoran coast guard, two sailors were injured in the ramming."
SIX = "Admiral Tomas Brill said six sailors were wounded, two of them heavily."
OTHER = "Six sailors were injured when the patrol boat opened fire, witnesses in the port said."


def test_two_holders_disagree_in_one_article():
    found = _wounded(TWO + " " + SIX, OTHER)
    assert len(found) == 1
    assert found[0].topic == "number of injured: 2 vs 6"
    assert [c.article for c in found[0].claims] == ["a0", "a0", "a1"]


def test_a_rising_count_across_outlets_alone_is_no_dispute():
    assert not _wounded(TWO, SIX)


def test_agreeing_figures_or_a_part_are_no_dispute():
    same = "Admiral Tomas Brill said two sailors were wounded."
    assert not _wounded(TWO + " " + same)
    part = "Admiral Tomas Brill said two of the six sailors on deck were wounded."
    assert not _wounded(TWO + " " + part)
    group = "At least six Ostrians were injured, a Ostrian official told reporters."
    assert not _wounded(TWO + " " + group)


def test_figures_of_different_people_are_no_dispute():
    soldiers = "The blast killed 13 marines and wounded 18 others, according to Admiral Tomas Brill."
    assert not _wounded("The health ministry said 160 people were injured near the port. " + soldiers)


def test_one_voice_is_no_dispute():
    again = "The Velmoran coast guard later said six crew members were injured."
    assert not _wounded(TWO + " " + again)


def test_a_summed_list_or_a_claim_of_the_attack_holds_no_figure():
    summed = ("A bombing at the port left 41 people dead, 13 of them foreign nationals, and 239 wounded, "
              "the city governor said.")
    office = "The governor's office said 109 of the 239 wounded in the port bombing were discharged."
    assert not _wounded(summed + " " + office)
    claimed = ("The Brigade claimed responsibility for the attacks on the port and the station, "
               "wounding more than 150.")
    assert not _wounded("Health officials said the port attack injured 81. " + claimed)


def test_figures_of_two_acts_are_no_rivals():
    from newsdesk.across.dispute_wounded import _rivals
    from newsdesk.model import Sentence
    port = Sentence(0, 60, "The health minister stated that 81 were injured at the port.")
    metro = Sentence(61, 130, "The transport authority has stated that 55 were wounded in this blast.")
    run = [(port, "health minister", (81, 81), "exact"), (metro, "transport authority", (55, 55), "exact")]
    assert _rivals(run, {}) is not None                  # nothing tells them apart
    assert _rivals(run, {0: "e2", 61: "e6"}) is None     # the events step holds two blasts


def test_the_worst_hurt_are_a_part_of_all_the_wounded():
    """A degree of harm counts the gravest cases among the wounded, not a rival total."""
    total = "The interior ministry said 140 people were hurt in the stampede at the stadium."
    worst = "Dr Lena Vorsk, who runs the city hospital, said 17 people were badly injured in the stampede."
    assert not _wounded(total + " " + worst)
    critical = "Dr Lena Vorsk said 11 of the people hurt in the stampede remain in critical condition."
    assert not _wounded(total + " " + critical)
    rival = "Dr Lena Vorsk, who runs the city hospital, said 60 people were injured in the stampede."
    assert _wounded(total + " " + rival)
