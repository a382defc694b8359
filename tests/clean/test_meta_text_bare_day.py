"""A bare weekday date over the headline (a blog's date header, or the day a page was viewed
in a site's chrome) against a byline's date (clean/meta_text.py), on page heads we wrote."""
from __future__ import annotations

from newsdesk.clean.lines import Block
from newsdesk.clean.meta_text import extract

BODY = ("A dam gave way early on Tuesday in the valley north of Nordhavn, flooding two towns "
        "below it and forcing thousands of people from their homes, officials said.")


def _published(lines, keep):
    return extract([Block(t) for t in lines], keep)["published"]


def test_byline_date_beats_the_chrome_day():
    lines = ["Thursday 12 August 2027", "Dam breach floods valley towns in the north",
             "Ilse Varro March 3 2026 5:30 PM", BODY]
    assert _published(lines, [False, False, False, True]) == "2026-03-03"


def test_a_blog_date_header_alone_still_dates_the_page():
    lines = ["Tuesday, March 3, 2026", "Dam breach floods valley towns in the north", BODY]
    assert _published(lines, [False, False, True]) == "2026-03-03"


def test_body_dates_do_not_replace_the_header():
    body = ("The dam, finished on May 2, 1998, gave way early on Tuesday, flooding two towns "
            "in the valley and forcing thousands of people from their homes, officials said.")
    lines = ["Tuesday, March 3, 2026", "Dam breach floods valley towns in the north", body]
    assert _published(lines, [False, False, True]) == "2026-03-03"
