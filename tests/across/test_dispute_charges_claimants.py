"""Causes found on a tuning batch (a dispersed sit-in, a wedding bombing, a multi-day siege), each
checked on articles we wrote: a charge worded as blame the party "cannot absolve itself of"
against that party's denial; a class of unnamed sources ("the medics") as the claimant a
denial answers; one denial found as an occurrence and as a record dispute is one quarrel; a
hyphenated tens number ("Thirty-two") is no small crew count."""
from __future__ import annotations

from newsdesk.across.dispute_headcount import ATTACKERS
from newsdesk.across.dispute_involvement import accused
from newsdesk.across.dispute_twins import one_rebuttal
from newsdesk.model import Claim, Dispute, Span
from tests.conftest import story_disputes as disputes_of

CHARGE = ("Condemning the attack, President Lena Varo said the Dorn Front cannot absolve itself of blame "
          "because it sheltered the bombers for years.")
DENIAL = "The Dorn Front denied any role in the attack."


def test_blame_a_party_cannot_shed_is_a_charge():
    assert accused(CHARGE) == "the Dorn Front"
    assert accused("Investigators said the Velt Front bears full responsibility for the bombing.") == "the Velt Front"
    found = [d for d in disputes_of(CHARGE, DENIAL) if "was behind it" in d.topic]
    assert len(found) == 1
    assert [c.holder for c in found[0].claims] == ["Lena Varo", "The Dorn Front"]


def test_a_duty_or_an_idle_phrase_is_no_charge():
    assert accused("The Velt council bears responsibility for the safety of its citizens.") is None
    assert accused("Nobody in Ostra can escape the heat this summer.") is None


MEDICS = "Three marchers died in Port Ostra on Sunday. The medics said live bullets were fired at the marchers."
MINISTRY = "The Ostran interior ministry denied that live bullets were fired at the marchers."


def test_unnamed_medics_are_the_claim_a_denial_answers():
    found = [d for d in disputes_of(MEDICS + " " + MINISTRY) if d.topic.startswith("whether live bullets")]
    assert len(found) == 1
    assert [c.holder for c in found[0].claims] == ["The medics", "The Ostran interior ministry"]


def test_an_unnamed_pronoun_is_still_no_claimant():
    text = "Three marchers died in Port Ostra on Sunday. They said live bullets were fired at the marchers. " + MINISTRY
    assert not [d for d in disputes_of(text) if d.topic.startswith("whether live bullets")]


ARTICLE = " ".join(["The medics said live bullets were fired.", "Police shot three marchers, witnesses said.",
                    "Three died.", MINISTRY])


def _dispute(kind: str, *sentences: str) -> Dispute:
    """A dispute of `kind` whose claims are these sentences of ARTICLE."""
    return Dispute("t", [Claim("a1", "someone", Span("a1", ARTICLE.index(s), ARTICLE.index(s) + len(s), s))
                         for s in sentences], kind)


def test_one_denial_in_an_occurrence_and_a_record_dispute_is_one_quarrel():
    occurrence = _dispute("occurrence", "The medics said live bullets were fired.", MINISTRY)
    record = _dispute("accusation", "Police shot three marchers, witnesses said.", MINISTRY)
    assert one_rebuttal(occurrence, record) and one_rebuttal(record, occurrence)
    assert not one_rebuttal(occurrence, _dispute("count", "Three died.", MINISTRY))


def test_the_units_of_a_hyphenated_number_are_no_crew():
    assert not ATTACKERS.search("Thirty-two militants and nine guards were killed in the raid.")
    assert ATTACKERS.search("Two militants stormed the gate.")
