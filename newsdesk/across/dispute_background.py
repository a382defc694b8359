"""Whether a sentence of an article recalls an act well before the report.

Why: a detector that sets one sentence against another (an early report against the later
account) must not pick a sentence about an older act ('in June last year'): it shares the
names of the story but tells something else, and the pair reads as a quarrel that is none.
The rule is the events step's (extract/past.py), judged against the article's own day.
"""
from __future__ import annotations

from datetime import date

from ..extract.past import told_as_past
from ..model import Article


def background(text: str, art: Article) -> bool:
    """Whether `text`, a sentence of `art`, is told as well before `art`'s report."""
    return told_as_past(text, report_day(art))


def report_day(art: Article) -> date | None:
    """The day `art` states it was published, if any."""
    try:
        return date.fromisoformat((art.published or "")[:10])
    except ValueError:
        return None
