"""A party that finds no evidence for what another party claims is a dispute
(across/dispute_evidence.py); and a claim answered by "But no weapon was found ..." is a
contrast dispute. Texts are our own."""
from __future__ import annotations

from tests.conftest import story_disputes


run = story_disputes


def test_no_evidence_against_an_allegation_in_another_outlet():
    ds = run("Mayor Ilse Brandt repeated her allegations of ballot fraud in the harbour district "
             "on Monday and asked for a recount.",
             "The state election board said on Tuesday it had found no evidence of ballot fraud in the "
             "harbour district, and the count will stand.")
    hit = [d for d in ds if d.kind == "occurrence" and {c.article for c in d.claims} == {"a0", "a1"}]
    assert hit
    assert any("fraud" in c.span.text and "allegations" in c.span.text for c in hit[0].claims)


def test_no_evidence_needs_someone_claiming_it():
    assert not run("Investigators said they had found no evidence of foul play in the fire at the mill. "
                   "The mill will reopen next month, the owner said.")


def test_the_same_voice_is_no_dispute_with_itself():
    ds = run("Police said the suspect's phone was switched on near the border that night. "
             "Police said there was no evidence the suspect had crossed the border.")
    assert not [d for d in ds if d.kind == "occurrence"]


def test_claim_answered_by_a_weapon_never_found():
    ds = run("The driver testified that he fired because a passenger pointed a shotgun at him. "
             "But no weapon was found in the car and the passengers said they did not see any gun.")
    assert ds and len(ds[0].claims) == 2


def test_an_account_against_the_same_partys_later_admission():
    ds = run("Speaking to reporters on Monday, Dara Quint maintained her story that a stranger had "
             "taken the boat from the harbour.",
             "Police said on Wednesday that Dara Quint later admitted to sinking the boat herself "
             "to collect the insurance money.")
    hit = [d for d in ds if "admission" in d.topic]
    assert hit and {c.article for c in hit[0].claims} == {"a0", "a1"}


def test_claiming_responsibility_and_admitting_are_one_account():
    ds = run("The Harbour Front group claimed responsibility for the blast at the depot.",
             "A spokesman said the Harbour Front group admitted planting the device.")
    assert not [d for d in ds if "admission" in d.topic]


def test_one_official_qualifying_himself_is_no_contrast():
    ds = run("The pilot's phone connected to a tower near the coast that night, a U.S. official told "
             "reporters on Monday. However, the U.S. official said there was no sign the pilot had "
             "tried to place a call.")
    assert not ds
