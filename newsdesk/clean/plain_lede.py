"""What stands between the headline and a datelined first paragraph is not body.

Why: wire-style articles open with a dateline ("LIMA, Peru — ...", "OSLO (AP) -- ...").
Pages often put a lead photo's caption or a standfirst above it, full sentences the model
keeps (`plain._header_and_tail` only drops short unpunctuated lines there). The dateline
says where the article starts, so one or two kept lines above it near the page's top go.
The dateline must read as one: a place in capitals, then an optional region and a
bracketed agency or note, then a dash. Lines that start in lower case are a page cut
mid-sentence (the body's own start) and stay, as does anything above a dateline that
comes after MAX_ABOVE kept lines (a quoted dispatch inside an article). A line above that
opens with a capitals label and a dash of its own ("MARKETS SLIDE - Stocks fell ...") makes
the 'dateline' one more label of a page of labelled items (a newsletter), so all stay.
Measured: DEVELOPERS.md, "Plain cleaning".
"""
from __future__ import annotations

import re

from .plain_captions import keeps_date

DATELINE = re.compile(
    r"^[A-Z][A-Z.'\u2019-]{2,}(?:\s+[A-Z][A-Z.'\u2019-]+){0,3}"     # BUENOS AIRES
    r"(?:,\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})?"  # , Argentina
    r"\s*(?:\([^()\n]{1,60}\))?\s*(?:\u2014|\u2013|--|-)\s*\S")     # (AP) —
# two or more words in capitals and a dash: an item's label, above a 'dateline' of one
LABEL = re.compile(r"^[A-Z][A-Z0-9'\u2019.&:]*(?:\s+[A-Z0-9][A-Z0-9'\u2019.&:]*){1,9}"
                   r"\s+(?:\u2014|\u2013|--|-)\s")
MAX_ABOVE = 2       # kept lines above the dateline (a caption, a standfirst)
MIN_WORDS = 15      # the datelined paragraph is a real one
MAX_INDEX = 8       # the dateline stands near the page's top


def above_dateline(blocks: list, keep: list[bool], title_index: int | None,
                   dated: bool = True) -> None:
    """Drop the kept lines between the headline and the first kept paragraph when that
    paragraph opens with a dateline (see the module's why). On a page with no date of its
    own (`dated` False) a line stating a full date stays (`plain_captions.keeps_date`)."""
    first = 0 if title_index is None else title_index + 1
    above: list[int] = []
    for i in range(first, min(len(blocks), first + MAX_INDEX)):
        if not keep[i]:
            continue
        b = blocks[i]
        if b.nw >= MIN_WORDS and DATELINE.match(b.text):
            break
        lead = b.text[:1]
        if len(above) == MAX_ABOVE or not (lead.isupper() or lead in "\"'\u201c") \
                or LABEL.match(b.text):
            return
        above.append(i)
    else:
        return
    for i in above:
        keep[i] = not dated and keeps_date(blocks[i].text)
