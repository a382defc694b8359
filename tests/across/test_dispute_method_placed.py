"""A bomb left at the target against one carried there by an attacker (across/dispute_method.py,
class "placed" on the trigger axis): "the bombs were planted at the chapel" against "two suicide
bombers set off their vests" is a dispute when one side puts it forward as an assessment; a
planted bomb told by one voice only is none (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_method import means
from tests.conftest import story_disputes

SUICIDE = ("The Black Crescent said in a statement that two suicide bombers detonated explosive vests "
           "at the Saint Anne chapel, killing nine worshippers.")
PLANTED = ("The army is still looking at that claim, but an initial assessment found that the bombs were planted "
           "inside the chapel, not carried by suicide bombers, said army spokesman Colonel Dario Vell.")


def _methods(*texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith("how it was done")]


def test_planted_against_suicide():
    found = _methods(SUICIDE + " " + PLANTED)
    assert len(found) == 1
    assert found[0].topic == "how it was done: suicide bombers vs bombs were planted"


def test_a_planted_bomb_is_a_placed_means_put_forward():
    got = [(m.cls, m.put) for m in means(PLANTED)]
    assert ("placed", True) in got
    assert "suicide" not in {c for c, _ in got}       # negated in its own clause


def test_one_voice_planted_is_no_dispute():
    assert not _methods("Police said the bombs had been planted under the pews the night before the service.")
