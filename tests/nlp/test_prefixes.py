"""Word-start gates: a gated trigger table finds exactly what the plain row-by-row table
finds, on the seeds, the dev articles and texts we wrote; patterns the gate cannot bound run
ungated."""
from __future__ import annotations

import json
import re

from newsdesk.extract import plover as P
from newsdesk.extract.not_events import ungated_spans
from newsdesk.nlp import split_sentences
from newsdesk.nlp.prefixes import StartIndex, finditer_at, start_keys
from tests.conftest import shared_path


def plain_triggers(text: str) -> list[P.Trigger]:
    """The table run without gates: every row over the whole sentence."""
    taken = [(m.start(), m.end()) for m in P.NOT_EVENTS.finditer(text)] + ungated_spans(text)
    out = []
    for rx, typ, mode, kind in P._COMPILED:
        for m in rx.finditer(text):
            a, b = m.start(), m.end()
            if any(a < y and x < b for x, y in taken):
                continue
            taken = taken + [(a, b)]
            out.append(P.Trigger(a, b, typ, mode, kind, m.group(0)))
    return sorted(out, key=lambda t: t.start)


def test_start_keys_read_the_literal_openings():
    assert start_keys(r"\bkill(?:s|ed)?\b", re.I) == {"kill", "kills", "kille"}
    assert start_keys(r"\b(?:air ?strikes?|shell(?:ed|ing))\b", re.I) == {"air s", "airst", "shell"}
    assert start_keys(r"\bmet\b|\bmeeting\b", re.I) == {"met", "meeti"}
    # optional leading words: the match may start at either word
    assert start_keys(r"\b(?:car )?bomb\b", re.I) == {"car b", "bomb"}


def test_unbounded_patterns_stay_ungated():
    assert start_keys(r"\w+ed\b") is None                # may start anywhere in a word
    assert start_keys(r"kill") is None                   # no word boundary before it
    assert start_keys(r"\b(?:\w+\s+){0,3}attack") is None
    idx = StartIndex([r"\w+ed\b", r"\bkill"], re.I)
    assert idx.ungated == [0]


def test_finditer_at_matches_finditer_on_written_text():
    rx = re.compile(r"\b(?:attack(?:s|ed)?|raid(?:s|ed)?)\b", re.I)
    idx = StartIndex([rx.pattern], re.I)
    text = "Gunmen ATTACKED a convoy; raids followed. The counter-attack and the raiders' attacks."
    starts = idx.starts(text)
    assert [m.span() for m in finditer_at(rx, text, starts.get(0, []))] == \
        [m.span() for m in rx.finditer(text)]


def test_case_folds_lower_does_not_give_fall_back_to_the_full_scan():
    # the long s (U+017F) matches "s" under IGNORECASE although "ſ".lower() != "s"
    text = "Police arreſted 12 people."
    assert StartIndex([r"\barrest"], re.I).starts(text) is None
    assert [t.text for t in P.find_triggers(text)] == [t.text for t in plain_triggers(text)]


def test_written_sentences_find_the_same_triggers():
    for text in ["Israeli warplanes struck Gaza overnight; no heart attack was reported.",
                 "The talks show host met Kerry, who urged restraint and called for a ceasefire.",
                 "Troops were put on high alert after the blast killed 12 and wounded 40.",
                 "They met. Deal struck! Curfew lifted; the ban on rallies was lifted too.",
                 "MOSCOW — Russia's foreign ministry denounced the sanctions as unjustified."]:
        assert P.find_triggers(text) == plain_triggers(text), text


def test_seed_and_dev_sentences_find_the_same_triggers():
    n = 0
    for name in ("seeds.gold.json", "dev/batch-c/gold.json", "dev/batch-d/gold.json"):
        gold = json.loads(shared_path("eval", name).read_text(encoding="utf-8"))
        for a in gold["articles"]:
            for s in split_sentences(a.get("text") or ""):
                assert P.find_triggers(s.text) == plain_triggers(s.text), s.text
                n += 1
    assert n > 400
