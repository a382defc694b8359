"""A rebuttal naming the accuser (across/dispute_answered.py): "X's allegations are baseless"
answers the story's accusations made by X's side, though they name the accused loosely; a
rebuttal with no such accusation in the story, a rebutter of the accuser's own state, or a
claim of responsibility taken for a charge make none (articles we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_answered import answered_party
from tests.conftest import story_disputes


def _answered(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("accusations by")]


CHARGE = ("Velmoran Foreign Minister Arto Kesk blamed neighbouring states and their foreign patrons "
          "for arming the rebels who stormed the border post on Sunday.")
ANSWER = ("\u201cOur record against violence is plain and Velmora\u2019s allegations are baseless,\u201d "
          "Ostrian deputy minister Dana Poll said on Monday.")


def test_the_accuser_named_in_a_rebuttal():
    assert answered_party(ANSWER) == "Velmora"
    assert answered_party("Ostra dismissed Velmora's accusations as absurd.") == "Velmora"
    assert answered_party("The ministry rejected charges made by the Velmoran government.") == "Velmoran"
    assert answered_party("Police dismissed the Front's claim of responsibility for the raid.") is None
    assert answered_party("Ostra denied the reports.") is None
    assert answered_party("The ministry called Velmora's accusations \"absurd\".") == "Velmora"
    assert answered_party("Responding to Velmora's allegations, the ministry said they were false.") == "Velmora"
    assert answered_party("Responding to Velmora's allegations, the ministry promised an inquiry.") is None


def test_a_charge_answered_through_its_accuser_is_one_dispute():
    found = _answered(CHARGE, ANSWER)
    assert len(found) == 1
    assert [c.article for c in found[0].claims] == ["a0", "a1"]
    assert found[0].kind == "accusation"


def test_no_charge_of_that_party_in_the_story_is_no_dispute():
    other = "Rebels stormed the border post on Sunday, killing four guards, the police said."
    assert not _answered(other, ANSWER)


def test_a_claim_of_responsibility_is_no_charge():
    claim = "A Velmoran rebel faction claimed responsibility for the raid on the border post on Sunday."
    assert not _answered(claim, ANSWER)


def test_the_accusers_own_voice_is_no_rebuttal():
    own = "A Velmoran official later said Velmora's allegations were false, state radio reported."
    assert not _answered(CHARGE, own)
