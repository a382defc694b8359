"""Which figures a toll dispute may set against each other (across/disputes.py, figures.py):
an earlier act the news is dated against, the attackers' own dead, a part of a sum and a
count besides someone named are no rival totals (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.figures import RISEN, another_acts_toll, part_of_sum
from tests.conftest import story_disputes


def _tolls(*texts):
    return [d for d in story_disputes(*texts) if d.kind == "count"]


def test_an_act_the_news_is_dated_against():
    assert another_acts_toll("The raid came two weeks after bombers killed 61 people at a stadium in Orvel.")
    assert another_acts_toll("It comes just three days after a blast killed 14 in the port.")
    assert not another_acts_toll("Gunmen killed 22 people at the depot two weeks after the election.")


def test_parts_of_a_sum_and_counts_besides_someone():
    t = "Forty died at the scene as nine others died in hospital."
    assert part_of_sum(t, 0, 5)
    t = "At least three other people were killed in the strike."
    assert part_of_sum(t, 0, 14)
    t = "Twelve people were killed and 40 others were injured."
    assert not part_of_sum(t, 0, 6)
    assert RISEN.search("The death toll rose to 31 on Sunday.")


def test_attackers_dead_and_an_earlier_acts_toll_make_no_toll_dispute():
    ds = _tolls("Gunmen killed at least 20 people at the Verlo hotel on Friday, officials said.",
                "By noon two attackers had been killed at the Verlo hotel, the interior minister said.",
                "The siege of the Verlo hotel came a week after militants killed 95 people at a concert hall.")
    assert not ds
