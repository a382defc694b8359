"""A pronoun speaker after a fronted 'Talking to X,' / 'In an interview with X,' is not X (the
medium or person spoken to), and 'decried' is a stated position whose subject later 'she said'
quotes continue (extract/speakers.py, quotes.py, speech_verbs.py); sentences we wrote."""
from __future__ import annotations

import pytest

from newsdesk.extract.quotes import extract_quotes
from newsdesk.model import Article


def _speakers(text: str) -> list[str]:
    art = Article(id="t", raw=text, text=text)
    return [q.speaker for q in extract_quotes(art) if q.kind == "direct"]


_LEAD = "Harbour spokesman Dmitri Lenz admitted that the cranes had not been inspected for a year.\n\n"
_QUOTE = " \u2018By any measure the inspections should have happened far sooner than they did.\u2019"


@pytest.mark.parametrize("opener", ["Talking to Radio Nord, he said the checks were overdue.",
                                    "Speaking to Radio Nord, he said the checks were overdue.",
                                    "In an interview with Radio Nord, he said the checks were overdue."])
def test_the_one_spoken_to_is_not_the_speaker(opener):
    assert _speakers(_LEAD + opener + _QUOTE) == ["Dmitri Lenz"]


def test_a_decrying_subject_carries_the_next_she_said():
    text = ("Mayor Pavel Dorn said the bridge would stay shut.\n\nIt was not clear when repairs would "
            "start.\n\nOkafor, speaking at a briefing in Lagos, decried the delay.\n\n\u201cWe have waited "
            "two days for answers that should have taken an hour,\u201d she said.")
    assert _speakers(text) == ["Okafor"]
