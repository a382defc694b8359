"""A statement is its speaker's (across/merge_voices.py): two outlets' reports that name the
same person are one statement though the actor was left empty, and two people's statements
in like words stay two (one speaker's criticism of a deal merged with another's, dev)."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_voices import _surnames, voices
from newsdesk.model import EventMention, Span


def _m(aid, text, actor=None, typ="ACCUSE", date="2026-05-12"):
    return EventMention(aid, typ, Span(aid, 0, len(text), text), actor=actor, date=date)


class _X:
    def __init__(self, m):
        self.m = m


VEREL = "Prime Minister Anton Verel described the pact signed in Geneva as a historic error."
VEREL_AGAIN = "Verel said the accord is dangerous for two main reasons."


def test_one_speaker_named_by_two_outlets_is_one_statement():
    a, b = _m("a", VEREL), _m("b", VEREL_AGAIN)
    assert voices([_X(a), _X(b)]) == [frozenset({"Verel"})] * 2
    assert len(group_mentions([a, b])) == 1


def test_two_speakers_in_like_words_are_two_statements():
    a = _m("a", "Prime Minister Anton Verel told reporters the accord hands a dangerous regime "
                "billions in relief.")
    b = _m("b", "Speaker Mara Quill told reporters the accord hands a dangerous regime billions "
                "in relief.")
    assert len(group_mentions([a, b])) == 2


def test_places_bodies_and_things_are_no_speakers():
    assert _surnames("Saudi Arabia and the United Arab Emirates cut ties.") == set()
    assert _surnames("Qatar will host the FIFA World Cup in 2022.") == set()
    assert _surnames("Foreign Minister Lina Oberg said so.") == {"Oberg"}
    # a full name that never speaks in the story labels a thing: no voice
    xs = [_X(_m("a", "Crowds filled the Anton Verel Square on Sunday, rejecting the plan.",
                typ="REJECT"))]
    assert voices(xs) == [frozenset()]


def test_only_one_sided_statements_have_a_voice():
    agree = _m("a", "Foreign Minister Lina Oberg said the two sides sealed a deal.", typ="AGREE")
    assert voices([_X(agree)]) == [frozenset()]


def test_a_longer_form_of_a_name_is_the_same_speaker():
    a = _m("a", "Chief Executive Carrie Lam Cheng Yuet-ngor said the violence was shocking.")
    b = _m("b", "Carrie Lam condemned the violence as shocking, she said on Monday.")
    assert len(group_mentions([a, b])) == 1
