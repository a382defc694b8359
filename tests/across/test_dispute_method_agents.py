"""Rival accounts of the poison used (across/dispute_method.py, agent axis; sentences we
wrote): a nerve agent against chlorine is a dispute, even when one side only reports the
victims' signs; one agent told twice, or chlorine in a story of no poisoning, is none."""
from __future__ import annotations

from newsdesk.across.dispute_method import means
from tests.conftest import story_disputes


def _methods(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("how it was done")]


def test_nerve_agent_against_a_chlorine_odour_across_outlets():
    found = _methods("Rescuers blamed a shell allegedly fired by the army which they said contained sarin.",
                     "Doctors in Kessra said the patients were vomiting and smelled of chlorine, "
                     "the medical charity said.")
    assert len(found) == 1
    assert "sarin" in found[0].topic and "chlorine" in found[0].topic


def test_signs_alone_name_only_the_agent():
    assert [m.cls for m in means("The patients emitted a chlorine odour, nurses said.")] == ["chlorine"]
    assert not means("The patients were taken to the Kessra clinic, nurses said.")


def test_one_agent_told_twice_is_no_dispute():
    assert not _methods("Rescuers said the shell contained sarin and killed 30 people.",
                        "Doctors believed the victims had been exposed to a nerve agent.")


def test_chlorine_in_a_water_report_is_no_rival():
    assert not means("The town council bought chlorine tablets for the reservoir.")
