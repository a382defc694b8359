"""Men counted as the ones shot or attacked are victims, not the crew (across/dispute_headcount.py):
"men ... were shot" sizes no crew, "men ... shot at the guards" does (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_headcount import ATTACKERS


def test_men_who_were_shot_are_victims():
    assert not ATTACKERS.search("Twelve men and four women were shot beside the road after the coach was halted.")
    assert not ATTACKERS.search("Three men were attacked outside the depot at dawn.")


def test_men_who_shoot_are_the_crew():
    assert ATTACKERS.search("Two men on a motorbike shot at the guards.")
    assert ATTACKERS.search("Three men stabbed shoppers at the market.")
    assert ATTACKERS.search("Four men armed with rifles stormed the hall.")
