"""A group's statement attributed under a short name ('the IS group', 'Isis') gets the group's
one name (extract/speaker_alias.py); a state's voice and ordinary phrases keep their form
(sentences we wrote)."""
from __future__ import annotations

from newsdesk.extract.speaker_alias import group_alias


def test_short_names_of_a_group_are_one_name():
    assert group_alias("the IS group", "", 0) == "Islamic State"
    assert group_alias("Isis", "", 0) == "Islamic State"
    assert group_alias("ISIL militants", "", 0) == "Islamic State"


def test_other_speakers_keep_their_form():
    assert group_alias("Washington", "", 0) is None
    assert group_alias("is", "", 0) is None
    assert group_alias("the provincial governor", "", 0) is None
