"""One act told two ways in one sentence (across/dispute_retold.py, read by the inline
detector): two sources repeating the same verb and subject with another manner or cause is a
turn; agreement, different acts and different subjects are not (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_inline import split_sides
from newsdesk.across.dispute_retold import retold
from tests.conftest import story_disputes


def test_the_same_act_with_another_cause_is_a_turn():
    text = ("The prison service said the inmate died of a stroke, while his brother said he died "
            "after a beating by guards.")
    assert split_sides(text) is not None
    found = [d for d in story_disputes(text) if d.topic.startswith("prison service vs his brother")]
    assert len(found) == 1


def test_the_same_act_with_another_manner_is_a_turn():
    assert retold("Officials reported that the guards fired warning shots over the square,",
                  "but a doctor said they fired at the marchers.")


def test_agreement_or_another_act_is_no_turn():
    assert not retold("The prison service said the inmate died of a stroke,",
                      "while his brother also said he died of a stroke.")
    assert not retold("The navy said its ships sank two boats,", "while the rebels said they sank a frigate.")
    assert not retold("The mayor said the bridge reopened on Monday,", "while the police said the road closed.")
    assert split_sides("The council said the market opened at noon, while the traders said the weather "
                       "was fine.") is None
