"""A page's time stamp printed under a standfirst long enough to read as the body's first
paragraph (clean/meta_text.py `time_stamp`), on page heads we wrote."""
from __future__ import annotations

import pytest

from newsdesk.clean.lines import Block
from newsdesk.clean.meta_text import extract, time_stamp

DEK = ("Two workers are missing after a fire spread through the lower floors of the old depot "
       "in the harbour district overnight, the fire service said.")
BODY = ("The depot in the harbour district collapsed early on Tuesday after the fire, and crews "
        "searched the rubble for the two missing workers through the afternoon.")


@pytest.mark.parametrize("text,want", [
    ("17:40 3 June 2031", True), ("June 3, 2031, 5:40pm", True),
    ("Tue 3 Jun 2031 09.15 BST", True), ("June 3, 2031 at 10:31 am", True),
    ("Officials said on June 3, 2031 that", False), ("3 June 2031 | World news", False),
    ("Posted June 3, 2031", False), ("Harbour depot collapses", False)])
def test_a_time_stamp_is_only_a_date_and_clock(text, want):
    assert time_stamp(text) is want


def _published(stamp: str) -> str | None:
    lines = ["Harbour depot collapses after fire", DEK, stamp, BODY, BODY, BODY]
    return extract([Block(t) for t in lines], [False, True, False, True, True, True])["published"]


def test_the_stamp_under_a_long_standfirst_dates_the_page():
    assert _published("June 3, 2031, 5:40pm") == "2031-06-03"


def test_a_dated_teaser_in_that_place_does_not():
    # it says something besides its date: a link to another story, not the page's stamp
    assert _published("Port strike ends after talks - June 1, 2031") is None
