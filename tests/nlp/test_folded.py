"""Folded patterns (nlp/folded.py) find exactly what the case-insensitive pattern finds, with
the same match objects; text whose lower-casing would not line up runs the original."""
from __future__ import annotations

import re

import pytest

from newsdesk.nlp.folded import Folded, folded, lowered

WORDS = re.compile(r"\b(?:storms?|heat ?waves?|(?:bus|train) ?crash(?:es)?|attack\w*|gunm[ae]n)\b", re.I)
DATES = re.compile(r"\b(?P<wd>Monday|Tuesday)(?:\s+(?P<part>morning|night))?\b|"
                   r"\b(?P<mon>Jan(?:uary|\.)?|Sept?\.?)\s+(?P<day>\d{1,2})\b|[-\u2013:|]\s*(?:Photo Gallery|Watch)\s*$",
                   re.I)
TEXTS = [
    "A STORM and two Heat Waves hit the coast; the Bus Crash on Monday Night was no attack.",
    "Gunmen ATTACKED the depot — “the attackers fled” — on tuesday morning, police said.",
    "Sept. 14 and JAN 3 are named; so is Sep 2, then the page ends - Photo gallery",
    "Nothing here names a day or a hazard at all.",
    "İSTANBUL — a ſtorm on Monday; the Kelvin sign \u212a and a dotless ı stay exact",
]


@pytest.mark.parametrize("rx", [WORDS, DATES])
def test_same_matches_groups_and_counts(rx):
    f = Folded(rx)
    for text in TEXTS:
        want = [(m.span(), m.group(), m.groupdict()) for m in rx.finditer(text)]
        assert [(m.span(), m.group(), m.groupdict()) for m in f.finditer(text)] == want
        got, first = f.search(text), rx.search(text)
        assert (got and (got.span(), got.group())) == (first and (first.span(), first.group()))
        assert f.count(text) == len(rx.findall(text))


def test_lowered_pattern_searches_lower_case_text_without_groups():
    assert lowered(r"\b(?P<wd>Monday)\s+[A-Z]\w*") == r"\b(?:monday)\s+[a-z]\w*"
    assert lowered(r"[-\u2013]\s*Watch\b") == r"[-\u2013]\s*watch\b"


@pytest.mark.parametrize("pattern", [r"(?-i:[A-Z])\w+", r"(?P<a>x)(?P=a)", r"(\w)\1", r"\u00C9cole",
                                     r"[A-z]+", "caf\u00e9", r"\N{LATIN SMALL LETTER A}"])
def test_patterns_lower_casing_could_change_are_refused(pattern):
    with pytest.raises(ValueError):
        lowered(pattern)


def test_only_case_insensitive_patterns_fold_and_are_built_once():
    with pytest.raises(ValueError):
        Folded(re.compile("storm"))
    assert folded(WORDS) is folded(WORDS)
