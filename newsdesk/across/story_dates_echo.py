"""The day of an undated article that names no day at all, from a dated article that tells
the same act with its day.

Why: a breaking report ("A general says the president has been overthrown") often names no
day, since for its reader the act is today's; `story_dates` would then give it the story's
reference day, which a later follow-up sets ("Friday: the coup has failed ... On Wednesday,
the general announced he had overthrown ..."). When the opening sentences of the undated
report share several words with a dated article's sentence that puts an act on day D (not
a sentence that only dates a report of it), the report was written on D: it tells D's act
as news. Nothing changes when fewer than two lede sentences match or two days match equally.
"""
from __future__ import annotations

import re
from datetime import date

from ..model import Article

MIN_SHARED = 3      # words a lede sentence and a dated sentence share to count as one act
MIN_LEDE = 2        # lede sentences that must tell that day's act
LEDE = 3
_STOP = {"that", "with", "from", "have", "been", "were", "their", "they", "this", "which", "said",
         "says", "would", "will", "also", "after", "about", "over", "into", "than", "when", "there",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _words(text: str) -> set[str]:
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", text) if w.lower() not in _STOP}


def _dated_sentences(dated: list[tuple[Article, date]]) -> list[tuple[date, set[str]]]:
    """(day, words) of every sentence of the dated articles that puts an act on a day."""
    from ..extract.dates import event_date
    out = []
    for art, pub in dated:
        for s in art.sentences:
            d = event_date(s.text, pub.isoformat())
            if d:
                out.append((date.fromisoformat(d), _words(s.text)))
    return out


def echoed_day(art: Article, dated: list[tuple[Article, date]]) -> date | None:
    """The day a dated article gives the act the undated article's lede tells, else None:
    at least MIN_LEDE of the lede's sentences each share MIN_SHARED words with sentences
    of that day, and no other day matches as many of them."""
    from ..extract.dates import no_statement
    lede = [_words(s.text) for s in art.sentences if not no_statement(s.text)][:LEDE]
    by_day: dict[date, list[set[str]]] = {}
    for d, words in _dated_sentences(dated):
        by_day.setdefault(d, []).append(words)
    hits = {d: sum(any(len(w & x) >= MIN_SHARED for x in sents) for w in lede) for d, sents in by_day.items()}
    ranked = sorted(hits.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < MIN_LEDE or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
