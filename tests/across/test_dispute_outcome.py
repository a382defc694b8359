"""Whether a takeover happened (across/dispute_outcome.py): a claim that a ruler was removed
and another party's "no coup" / "the attempt failed" make one dispute; either side alone, or
both from one party, does not (articles we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes as disputes_of


def _outcome(*texts):
    return [d for d in disputes_of(*texts) if d.topic.startswith("whether the takeover succeeded")]


def test_removed_against_failed_across_outlets():
    a = ("Colonel Ardan Vey said President Mora has been \"overthrown\" and a council now runs Tessaly. "
         "Crowds gathered in the capital.")
    b = "The presidency said there was no coup. Loyal troops patrolled the streets on Friday."
    found = _outcome(a, b)
    assert len(found) == 1
    holders = {c.holder for c in found[0].claims}
    assert holders == {"Ardan Vey", "The presidency"}


def test_an_admitted_failure_counts_as_the_other_side():
    a = "On Tuesday, General Ilse Marn announced that she had seized power in Tessaly."
    b = "A deputy coup leader, Colonel Petr Oss, said on Wednesday that their attempt had failed."
    assert len(_outcome(a, b)) == 1


def test_one_side_alone_is_no_dispute():
    assert not _outcome("Colonel Ardan Vey said President Mora has been overthrown.",
                        "Crowds gathered in the capital on Friday.")
    assert not _outcome("The government said the coup attempt had failed.",
                        "Troops returned to their barracks.")


def test_a_party_and_its_own_voice_do_not_dispute():
    # the same presidency first claims, then denies: one voice, not two parties
    assert not _outcome("The Tessaly presidency said Mora was ousted by rivals.",
                        "The Tessaly presidency later said the plot had failed.")


def test_the_soldiers_ending_the_regime_against_a_failed_bid():
    a = ("\"We, the armed forces, have decided to put an end to the regime of President Mora,\" "
         "Colonel Ardan Vey said on state television.")
    b = ("In a statement on Friday, the presidency said the mutineers tried unsuccessfully "
         "to win over the rest of the army.")
    found = _outcome(a, b)
    assert len(found) == 1 and {c.holder for c in found[0].claims} == {"Ardan Vey", "the presidency"}


def test_a_vow_to_end_the_regime_is_no_removal():
    a = "Opposition leader Lina Harr said her movement vowed to put an end to the regime of President Mora."
    b = "In a statement, the presidency said the plotters tried unsuccessfully to win over the army."
    assert not _outcome(a, b)
