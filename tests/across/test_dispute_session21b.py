"""Disputes added in session 21 (second pass, sentences we wrote): a denial that the troops fired
at all against a gunshot casualty (dispute_fired.py), a party disowning the account told just
before (dispute_dissociate.py), unnamed reports denied in the same sentence (dispute_inline), a
denial answered in another outlet or naming its claimant (dispute_denied_across.py), and a
week's running toll that is no rival of one strike's (figures.RUNNING_TOTAL)."""
from __future__ import annotations

from newsdesk.across.dispute_inline import REPORTS, split_sides
from newsdesk.across.figures import RUNNING_TOTAL
from tests.conftest import story_disputes


def _found(prefix: str, *texts: str) -> list:
    return [d for d in story_disputes(*texts) if d.topic.startswith(prefix)]


MINISTER = ("The interior minister, Paulo Renka, has assured that the guards did not fire a single shot "
            "at the depot and asked for patience until the inquiry ends.")
MEDIC = "A nurse at the clinic said one of the marchers had been shot in the chest near the gate."


def test_a_denial_of_firing_against_a_gunshot_casualty_is_a_dispute():
    found = _found("whether they fired", MINISTER, MEDIC)
    assert len(found) == 1
    assert found[0].claims[0].holder == "Paulo Renka"
    assert {c.article for c in found[0].claims} == {"a0", "a1"}


def test_a_denial_of_firing_alone_or_with_no_speaker_is_none():
    assert not _found("whether they fired", MINISTER, "The marchers went home after the rain began.")
    assert not _found("whether they fired", "No shots were fired near the depot on the second day.", MEDIC)


COLLEGE = ("Two lorries were burned on the ring road before dusk. According to the police, the rioters "
           "then ran into the college grounds to hide. The college's students later issued a statement "
           "distancing themselves from the unrest.")


def test_disowning_the_account_told_before_is_a_dispute():
    found = _found("whether", COLLEGE)
    one = [d for d in found if any("distancing" in c.span.text for c in d.claims)]
    assert len(one) == 1
    assert [c.holder for c in one[0].claims][0] == "the police"


def test_disowning_with_no_attributed_account_before_is_none():
    text = ("The rioters ran into the college grounds to hide. The students later issued a statement "
            "distancing themselves from the unrest.")
    assert not [d for d in story_disputes(text) if any("distancing" in c.span.text for c in d.claims)]


def test_unnamed_reports_denied_in_the_same_sentence_are_two_sides():
    text = "There have been unverified reports of looting at the port, though the coast guard has denied this."
    first, second, _ = split_sides(text)
    assert REPORTS.match(first).group(1) == "unverified reports"
    found = [d for d in story_disputes(text) if d.topic.startswith("unverified reports vs")]
    assert len(found) == 1 and len(found[0].claims) == 2
    # reports met by a plain statement, not a denial, make no dispute
    assert not REPORTS.match("The coast guard said reports of looting were being checked.")


HARBOUR_CLAIM = "A spokesman for the Tarsa rebel council claimed that its divers had mined the harbour of Portvel overnight."
HARBOUR_DENIAL = ("The Portvel coast guard denied reports that rebel divers mined the harbour but instead said "
                  "a storm had torn the nets loose.")


def test_a_denial_answered_in_another_outlet_is_a_dispute():
    found = _found("whether rebel divers mined the harbour", HARBOUR_CLAIM, HARBOUR_DENIAL)
    assert len(found) == 1
    assert [c.article for c in found[0].claims] == ["a0", "a1"]


def test_a_denial_with_no_matching_claim_elsewhere_is_none():
    other = "A spokesman for the Tarsa rebel council said its fighters were resting in the hills."
    assert not _found("whether rebel divers", other, HARBOUR_DENIAL)


def test_a_denial_naming_whose_claims_it_denies_holds_both_sides():
    text = ("The border ministry on Monday denied Ruritanian claims that its jets crossed into the valley "
            "during the night.")
    found = _found("Ruritanian claims vs", text)
    assert len(found) == 1
    assert [c.holder for c in found[0].claims] == ["Ruritanian", "The border ministry"]


def test_a_toll_of_the_past_week_is_a_running_total():
    assert RUNNING_TOTAL.search("Twenty villagers were killed by shelling in the past week, a local official said.")
    assert not RUNNING_TOTAL.search("Twenty villagers were killed by shelling on Tuesday, a local official said.")
