"""Where an article's wire dateline is, when it has one.

The dateline ("KAMPALA, Uganda, March 4 (Agency) --") opens the body. Scraped copy often puts
teaser bullets or a one-line standfirst above it, so it is looked for at the head of each of the
first short paragraphs, not only at the very start. Its city is where the copy was filed: the
caller votes it as the article's place and blanks it from the lede's parse, so a lede naming no
place of its own falls back to the article's place instead of taking the filing city as its site.
"""
from __future__ import annotations

import re

from .geo.dateline_form import FILED_DAY

# place, optional region or country, optional filing day, optional agency, then the dash
DATELINE = re.compile(
    r"^\s*([A-Z][A-Za-z'.\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.\- ]{1,40}?)?)"
    + FILED_DAY + r"?\s*(?:\([^)]{1,40}\)\s*)?(?:[\u2014\u2013]|--|-\s)")
# a dateline after teasers is only believed in capitals ("LONDON -"): a mixed-case head
# deeper in the text is as likely a title or a quote's opening
_CAPS_HEAD = re.compile(r"\s*[A-Z]{3,}")

REACH = 1000          # the dateline sits within this many characters of the text's start
MAX_ABOVE = 6         # teaser paragraphs allowed above it
TEASER_WORDS = 40     # a paragraph above the dateline is a teaser, not body, below this length


def _name(m: re.Match) -> str | None:
    """The dateline's city, title-cased; None when the head is no place name."""
    name = m.group(1).split(",")[0].strip()
    if not name or len(name.split()) > 4 or not name.replace(" ", "").replace(".", "").isalpha():
        return None
    return name.title() if name.isupper() else name


def find(text: str) -> tuple[str, int] | None:
    """(city, offset where the dateline ends) of the article's dateline, else None."""
    start = 0
    for k in range(MAX_ABOVE + 1):
        if start >= REACH:
            return None
        m = DATELINE.match(text[start:start + 120])
        if m and (k == 0 or _CAPS_HEAD.match(m.group(1))) and (name := _name(m)):
            return name, start + m.end()
        nl = text.find("\n", start)
        if nl < 0 or len(text[start:nl].split()) > TEASER_WORDS:
            return None
        start = nl + 1
        while start < len(text) and text[start] in "\n \t":
            start += 1
    return None
