"""A claim against another party's insistence that it is not so (across/dispute_negated.py):
"have claimed that fighters were using the clinic" against "insisted that there were no
fighters operating from the clinic" across two outlets; a negated clause about something
else, a hedged claim or two voices of one side are no dispute (articles we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes as disputes_of

CLAIM = ("Statements from the Velmoran government have claimed that Koral fighters were using the clinic "
         "to fire on the troops.")
ANSWER = "Ines Bauer, from the aid group Medhelp, insisted that there were no Koral fighters inside the clinic."


def _negated(*texts):
    return [d for d in disputes_of(*texts) if d.kind == "claim" and d.topic.startswith("whether ")]


def test_a_claim_and_a_flat_no_from_another_party():
    found = _negated(CLAIM, ANSWER)
    assert len(found) == 1
    assert [c.article for c in found[0].claims] == ["a0", "a1"]
    assert found[0].claims[1].holder == "Ines Bauer"


def test_a_no_about_something_else_is_no_dispute():
    assert not _negated(CLAIM, "Ines Bauer, from the aid group Medhelp, insisted that there were no "
                               "ambulances left in the city.")


def test_a_hedged_claim_is_no_dispute():
    hedged = ("Statements from the Velmoran government have claimed that Koral fighters may have been "
              "using the clinic to fire on the troops.")
    assert not _negated(hedged, ANSWER)


def test_an_assessment_told_as_likely_against_a_flat_no():
    likely = ("The Velmoran defence minister said it appears likely that armed Korals -- who were firing wildly "
              "at the time -- were responsible for the death of the nurse.")
    found = _negated(likely, "Ines Bauer, a nurse who was there, said that there were no Koral fighters "
                             "near the clinic when the nurse died.")
    assert len(found) == 1 and found[0].claims[1].holder == "Ines Bauer"
    hedged = likely.replace("appears likely that", "appears likely that perhaps")
    assert not _negated(hedged, "Ines Bauer, a nurse who was there, said that there were no Koral fighters "
                                "near the clinic when the nurse died.")
