"""A quoted fragment in a sentence opened by a named body (a state, an organisation), on texts
we wrote: the body is the speaker, not whoever was quoted paragraphs before
(quote_runs.body_subject), and an "it" that tells inside that sentence is the body too
(resolver.resolve)."""
from __future__ import annotations

from tests.conftest import direct_quotes

_BEFORE = "“We will crush them,” the Ostra president said.\n\n"


def test_a_state_opening_the_sentence_holds_the_fragment():
    qs = direct_quotes(_BEFORE + "Norway summoned the envoys of three states early on Monday for "
                                 "allegedly sheltering “members of the armed cell” behind the raid.")
    assert [q.speaker for q in qs] == ["Ostra president", "Norway"]


def test_it_telling_inside_the_sentence_is_the_opening_body():
    qs = direct_quotes(_BEFORE + "The Economic Community of Coastal African States (ECOCAS) condemned "
                                 "what it dubbed an “attempted seizure of power” in a statement.")
    assert qs[-1].speaker == "Economic Community of Coastal African States"


def test_a_person_opening_the_sentence_is_not_a_body():
    qs = direct_quotes(_BEFORE + "Marta Olsen welcomed any help “to stop the shooting.”")
    assert qs[-1].speaker == "Marta Olsen"
