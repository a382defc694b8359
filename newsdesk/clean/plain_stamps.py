"""A line that is a time stamp ("Posted Mar 3 2021 10:15 PM | Last updated ...") is
page furniture, whatever its length.

Why: the model and `plain._rule_drop` drop short date lines, but stamps that carry both a
publication and an update time run past their 15-word furniture limit and are kept. The
shape is language-light: at least half of the line's words are date or time tokens (digits,
month and weekday names, am/pm, zone codes), with a month (or a numeric date) and a clock
time or a stamp verb. Tweet signatures ("- Name (@handle) November 18, 2019") are quoted
body and keep their date. Measured: DEVELOPERS.md, "Plain cleaning".
"""
from __future__ import annotations

import re

from .meta_text import parse_date

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
DATE_TOKEN = re.compile(
    rf"^(?:\d[\d:/.,-]*(?:st|nd|rd|th|am|pm|h)?|{MONTH}|{DAY}|[ap]\.?m\.?|[A-Z]{{1,3}}T|UTC)$",
    re.I)
HAS_MONTH = re.compile(rf"\b{MONTH}(?!\w)|\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b", re.I)
HAS_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b|\b(?:posted|updated|published|last\s+modified)\b",
                       re.I)
TOKEN = re.compile(r"[\w:./-]+")
MIN_WORDS, MAX_WORDS = 4, 30
SHARE = 0.5


def is_stamp(text: str) -> bool:
    """The line is a publication or update stamp (see the module's why)."""
    if "@" in text or not any(c.isdigit() for c in text):
        return False
    words = TOKEN.findall(text)
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    dated = sum(1 for w in words if DATE_TOKEN.match(w))
    return (dated >= SHARE * len(words) and HAS_MONTH.search(text) is not None
            and HAS_CLOCK.search(text) is not None)


def drop_stamps(blocks: list, keep: list[bool]) -> str | None:
    """Drop every kept line of MAX_WORDS or fewer words that is a stamp; return the first
    stamp's date (ISO), the page's date when its metadata found none: the event dates
    downstream are read relative to it, and the stamp was the text's only full date."""
    first = None
    for i, b in enumerate(blocks):
        if keep[i] and b.nw <= MAX_WORDS and is_stamp(b.text):
            keep[i] = False
            first = first or parse_date(b.text)
    return first
