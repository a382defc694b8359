"""Claimed against not claimed (across/dispute_unclaimed.py): a group's claim in one outlet
against another outlet's "no group has claimed responsibility"; not when the outlet saying
"not yet" is dated before the claim, nor when it reports the claim itself (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_unclaimed import unclaimed
from newsdesk.model import Article, Picture

CLAIM = "The Crimson Hand claimed responsibility for the bombing of the ferry terminal, which killed nine people."
NONE_YET = "Police in Varnholt said no group had yet claimed the ferry terminal bombing."


def _found(*texts, dates=None):
    from newsdesk.across.disputes import find_disputes
    dates = dates or [None] * len(texts)
    arts = [Article(id=f"a{i}", raw=t, text=t, story="s", published=d) for i, (t, d) in enumerate(zip(texts, dates))]
    pic = Picture(articles=arts)
    find_disputes(arts, pic)
    return [d for d in pic.disputes if d.topic.startswith("whether anyone claimed it")]


def test_negated_claims_of_responsibility():
    assert unclaimed(NONE_YET)
    assert unclaimed("The ambush drew no immediate claim of responsibility.")
    assert unclaimed("The Crimson Hand has not claimed responsibility for the blast.")
    assert not unclaimed(CLAIM)


def test_a_claim_against_an_outlet_saying_none():
    ds = _found(CLAIM, NONE_YET)
    assert len(ds) == 1 and "Crimson Hand" in ds[0].topic
    assert {c.article for c in ds[0].claims} == {"a0", "a1"}


def test_an_earlier_not_yet_is_no_dispute():
    assert not _found(CLAIM, NONE_YET, dates=["2031-05-03", "2031-05-02"])
    assert _found(CLAIM, NONE_YET, dates=["2031-05-02", "2031-05-02"])


def test_an_outlet_telling_both_stages_is_no_dispute():
    later = NONE_YET + " On Thursday the Crimson Hand claimed responsibility for the bombing."
    assert not _found(CLAIM, later)


def test_a_claim_of_older_attacks_is_background():
    old = "The Crimson Hand has in the past claimed responsibility for a string of raids on the coast."
    assert not _found(old, NONE_YET)


def test_the_negated_subject_holds_nothing():
    ds = _found(CLAIM, "No group claimed responsibility for the ferry terminal bombing on Tuesday.")
    assert ds and all(not c.holder.lower().startswith("no ") for c in ds[0].claims)


def test_a_claim_told_as_later_is_no_dispute():
    later = "The Crimson Hand later claimed responsibility for the bombing of the ferry terminal."
    assert not _found(later, NONE_YET)


def test_a_named_partys_silence_answers_its_own_claim_only():
    assert unclaimed("No one has claimed Sunday's ferry bombing yet.")
    silent = "The Crimson Hand has not claimed responsibility for the ferry terminal bombing."
    assert _found(CLAIM, silent)
    other = "The Azure Legion has not claimed responsibility for the ferry terminal bombing."
    assert not _found(CLAIM, other)


def test_not_any_claim_is_no_claim():
    assert unclaimed("Crowds fled the quay, but there was still not any claim of responsibility for it.")
    assert unclaimed("There hasn't been any claim of responsibility for the ferry blast.")


def test_a_speaker_of_an_earlier_clause_does_not_hold_the_no_claim():
    text = "A deckhand told reporters he heard two loud bangs, but there was still not any claim of responsibility for it."
    ds = _found(CLAIM, text)
    assert ds and "deckhand" not in ds[0].claims[1].holder.lower()


def test_a_named_claimant_is_preferred_to_a_description():
    from newsdesk.across.dispute_unclaimed import _described
    assert _described("The militant group") and _described("an armed faction")
    assert not _described("The Crimson Hand") and not _described("Crimson Hand")
