"""Remembered cue searches (across/cue_memo.py): the dispute detectors' patterns answer from
memory by sentence text, with the same answers as the raw pattern, a bounded memory, and the
same disputes whether the memory is cold or warm."""
from __future__ import annotations

import re

from newsdesk.across import cue_memo, disputes
from newsdesk.across.cue_memo import MemoPattern
from tests.conftest import story_disputes

SENT = "The ministry denied that its troops had fired on the convoy near the river crossing."


def test_the_detectors_patterns_are_remembering_ones():
    assert isinstance(disputes.STRONG, MemoPattern)
    assert isinstance(disputes.DENIAL, MemoPattern)
    assert disputes.DENIAL.pattern.startswith(r"\b(?:den")          # attributes reach the pattern


def test_remembered_answers_equal_the_raw_patterns():
    memo = MemoPattern(re.compile(r"\b(?:den\w+|fir\w+)\b", re.I))
    for _ in range(2):                                   # cold, then from memory
        assert memo.search(SENT).span() == memo.raw.search(SENT).span()
        assert memo.search(SENT, 20).span() == memo.raw.search(SENT, 20).span()
        assert memo.match(SENT) is None and memo.fullmatch("fired")
        assert memo.findall(SENT) == ["denied", "fired"]
        assert [m.group() for m in memo.finditer(SENT)] == ["denied", "fired"]
    assert memo.search("no cue here") is None


def test_a_caller_changing_a_findall_list_does_not_change_the_memory():
    memo = MemoPattern(re.compile(r"\b\w+ed\b"))
    memo.findall(SENT).clear()
    assert memo.findall(SENT) == ["denied", "fired"]


def test_the_memory_is_bounded_by_sentence_count(monkeypatch):
    monkeypatch.setattr(cue_memo, "MAX_TEXTS", 3)
    cue_memo.forget()
    memo = MemoPattern(re.compile(r"troops"))
    for i in range(10):
        memo.search(f"Sentence {i} about the troops.")
    assert len(cue_memo._MEMO) <= 3
    assert memo.search("Sentence 0 about the troops.").start() == 21      # forgotten, asked again


def test_a_story_gives_the_same_disputes_cold_and_warm():
    texts = ("The army said its soldiers had not fired on the crowd in the square. "
             "But the opposition said this was false and that four marchers were shot.",
             "Opposition leaders accused the army of firing on the crowd. "
             "The army rejected the accusation as baseless.")
    cue_memo.forget()
    cold = story_disputes(*texts)
    warm = story_disputes(*texts)
    assert cold and [(d.topic, [(c.article, c.holder) for c in d.claims]) for d in cold] == \
        [(d.topic, [(c.article, c.holder) for c in d.claims]) for d in warm]
