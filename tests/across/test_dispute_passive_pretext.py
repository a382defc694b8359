"""Two ways wire copy answers a claim in the very next sentence (across/dispute_denied_passive.py,
across/dispute_pretext.py): a bare passive denial ("This was denied by ...") and a dismissal of
a reported demand as a mere pretext. Sentences we wrote."""
from __future__ import annotations

from tests.conftest import story_disputes


def _kinds(*texts, prefix):
    return [d for d in story_disputes(*texts) if d.topic.startswith(prefix)]


def test_a_passive_denial_answers_the_claim_before_it():
    text = ("The convoy was stopped at the bridge on Tuesday. A port official said the lorries were turned back "
            "because the drivers had hidden rifles under the grain. This was denied by the drivers' union.")
    found = _kinds(text, prefix="whether it holds")
    assert len(found) == 1
    assert [c.holder for c in found[0].claims][1] == "the drivers' union"
    assert "hidden rifles" in found[0].claims[0].span.text


def test_a_passive_denial_by_the_same_voice_is_none():
    text = ("The port authority said the lorries were turned back for a customs check. "
            "That account was later disputed by the port authority's own inspectors.")
    assert not _kinds(text, prefix="whether it holds")


def test_a_passive_verb_that_is_no_denial_is_none():
    text = ("The mayor said the bridge would reopen next week. "
            "This was welcomed by the traders of the old market.")
    assert not _kinds(text, prefix="whether it holds")


def test_a_demand_waved_away_as_a_pretext_is_a_dispute():
    text = ("The talks in Varo stalled on Wednesday. The northern council wanted its prisoners freed before any "
            "convoy could leave, according to two mediators. Opposition leaders said that was a pretext to delay "
            "the handover of the valley.")
    found = _kinds(text, prefix="a real reason or a pretext")
    assert len(found) == 1 and len(found[0].claims) == 2
    assert "prisoners freed" in found[0].claims[0].span.text


def test_an_excuse_of_ones_own_is_no_dispute():
    text = ("The striker missed the morning session with a sore knee. "
            "He joked that his knee was a good excuse to skip the long run.")
    assert not _kinds(text, prefix="a real reason or a pretext")


def test_a_bare_it_rejected_by_a_body_is_none():
    text = ("The transport minister tabled a bill to close the northern rail line. "
            "It was rejected by the upper house on Thursday.")
    assert not _kinds(text, prefix="whether it holds")
