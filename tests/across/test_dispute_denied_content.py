"""A denial against the statement it answers, matched by what is denied
(across/dispute_denied_content.py): the words after "denied" (or "rejected claims") must recur
in another holder's plain statement; a statement that is itself negated or a rebuttal, a
statement by the denier, a political "rejected the bill" and a denial sharing too few words
make no dispute (articles we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_denied_content import denied_content
from tests.conftest import detector_disputes

FILLER = "Markets in the capital stayed open and buses ran as usual."
DENIAL = "The Vesterian defence ministry denied that its artillery had shelled the grain depot at Orlak."


def _found(*texts):
    return detector_disputes(denied_content, *texts)


def test_the_claim_in_another_outlet_answers_the_denial():
    told = "Vesterian artillery shelled the grain depot at Orlak overnight, the regional governor said."
    found = _found(FILLER + " " + told, DENIAL + " " + FILLER)
    assert len(found) == 1
    quotes = [c.span.text for c in found[0].claims]
    assert quotes == [DENIAL, told]
    assert found[0].claims[1].article == "a0"


def test_rejected_claims_take_a_claim_noun():
    reject = "Minister Tomas Ekdal rejected claims that the ferry had left Port Sallin overloaded."
    told = "The ferry left Port Sallin overloaded with cars, a harbour pilot told reporters."
    assert len(_found(told, reject)) == 1
    bill = "Minister Tomas Ekdal rejected the ferry overloaded Port Sallin bill on Monday."
    assert not _found(told, bill)


def test_a_rebuttal_or_a_negated_statement_is_no_claim():
    rebuttal = "Reports that Vesterian artillery shelled the grain depot at Orlak were false, a Vesterian officer said."
    negated = "Vesterian artillery did not shell the grain depot at Orlak, an observer said."
    assert not _found(rebuttal, DENIAL)
    assert not _found(negated, DENIAL)


def test_too_few_shared_words_or_the_same_holder_make_no_dispute():
    vague = "A fire broke out at a depot near the border, the governor said."
    assert not _found(vague, DENIAL)
    own = "Its artillery shelled targets near the grain depot at Orlak, the Vesterian defence ministry said."
    assert not _found(own, DENIAL)


def test_a_relative_clause_is_not_what_the_denial_denies():
    denial = ("The Halvard Timber company denied that faulty wiring started the blaze at its sawmill "
              "near Brenna, which burned through the night and forced farmers along the Lind valley to flee.")
    told = ("Farmers along the Lind valley were forced to flee as the sawmill burned through the night, "
            "the fire chief said.")
    assert not _found(told, denial)
    blamed = "Faulty wiring started the blaze at the sawmill near Brenna, the fire chief said."
    assert len(_found(blamed, denial)) == 1
