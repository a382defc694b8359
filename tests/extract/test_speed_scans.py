"""The faster scans of the event layer give what the plain ones give: the date expressions
read once per sentence on lower-cased text, memoised sentence rules, the hazard counts, the
negation pre-check of denied places, the word-start gate's window memo."""
from __future__ import annotations

import re
from datetime import date

from newsdesk.extract import dates, ev_filter as F, ev_group_tellings as T
from newsdesk.extract import plover as P
from newsdesk.extract.past import told_as_past
from newsdesk.nlp.prefixes import StartIndex

SENTENCES = [
    "Rebels shelled the river port on Tuesday night, a week after the March 3 truce and the "
    "April 6 movement's rally, officials said on Wed. 12/04/2019.",
    "The council will meet next Monday; it met on the 14th, two days ago, and last week.",
    "A storm and a bus crash killed four in the hills, yesterday evening, the mayor said.",
    "The previous night, gunmen attacked a Christmas market; on Christmas Day the town mourned.",
    "There was no explosion outside the Grand Orient hotel, and not one shot near the harbour.",
    "İSTANBUL, Sept. 9 — the ſtrike of 2013-05-01 is remembered, ten days ago by some.",
]


def test_folded_date_scan_equals_the_plain_pattern():
    for s in SENTENCES:
        want = [(m.span(), m.groupdict()) for m in dates._RX.finditer(s)]
        assert [(m.span(), m.groupdict()) for m in dates._RX_FOLDED.finditer(s)] == want


def test_day_resolution_of_a_scanned_sentence_is_per_anchor():
    s = SENTENCES[1]
    for pub, before in (("2019-04-20", None), ("2019-04-20", "2019-04-18"), ("2020-01-02", None), (None, None)):
        got = dates.date_expressions(s, pub, before)
        assert got == list(dates._date_expressions.__wrapped__(s, pub, before))
    assert dates.date_expressions(s, "2019-04-20") != dates.date_expressions(s, "2020-01-02")


def test_memoised_sentence_rules_equal_fresh_calls():
    day = date(2019, 4, 20)
    for s in SENTENCES:
        for before in (None, "2019-04-18"):
            assert dates.event_date(s, "2019-04-20", before) == dates.event_date.__wrapped__(s, "2019-04-20", before)
        for wide in (False, True):
            assert told_as_past(s, day, None, wide) == told_as_past.__wrapped__(s, day, None, wide)


def test_hazard_counts_and_tests_equal_findall():
    text = " ".join(SENTENCES)
    assert F.folded(F.HAZARD).count(text) == len(F.HAZARD.findall(text)) == 2
    assert F.folded(F.VIOLENCE).count(text) == len(F.VIOLENCE.findall(text))
    assert F.hazard(SENTENCES[2]) and not F.hazard(SENTENCES[3])


def test_denied_place_needs_a_negation_first():
    s = SENTENCES[4]
    assert T._denied_at("Grand Orient hotel", s) and T._denied_at("harbour", s)
    assert not T._denied_at("river port", SENTENCES[0])


def test_window_memo_gives_the_same_starts_as_a_fresh_index():
    pats = [p for p, _, _, _ in P.LEXICON]
    warm, fresh = StartIndex(pats, re.I), StartIndex(pats, re.I)
    for s in SENTENCES + SENTENCES:
        assert warm.starts(s) == StartIndex(pats, re.I).starts(s)
    assert fresh.starts(SENTENCES[0]) == warm.starts(SENTENCES[0])
