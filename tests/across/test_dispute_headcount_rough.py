"""Estimated crew sizes (across/dispute_headcount.py): 'around ten men armed with ...' and an
aside after the noun ('gunmen, perhaps four or five, ...') size the crew too; an estimate
keeps its margin against an exact figure (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_headcount import ATTACKERS, counts, rough_counts
from tests.conftest import story_disputes


def _heads(*texts):
    return [d for d in story_disputes(*texts) if d.kind == "headcount"]


def test_estimates_size_the_crew():
    assert rough_counts("About twelve men armed with knives burst into the depot.") == [12]
    assert rough_counts("The raiders, gunmen, perhaps six or seven, seized the clerks at dawn.") == [6]
    assert rough_counts("At least two gunmen opened fire.") == []          # a bound, not an estimate
    assert rough_counts("Around eight gunmen were later arrested.") == []   # no act of the crew


def test_armed_men_are_attackers():
    assert counts("Witnesses said three armed men have locked the staff in the vault.", ATTACKERS) == [3]


def test_an_estimate_against_other_counts():
    ds = _heads("About twelve men armed with knives burst into the depot, the mayor said.",
                "The depot owner said two armed men locked the staff in the vault.")
    assert ds and "12" in ds[0].topic and "2" in ds[0].topic


def test_an_estimate_within_its_margin_is_no_dispute():
    assert not _heads("About twelve men armed with knives burst into the depot, the mayor said.",
                      "The depot owner said eleven gunmen stormed the yard.")
