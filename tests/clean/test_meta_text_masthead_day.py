"""A masthead's "today" (the site's name, then the day the page was viewed, weekday last)
against the article's own clock-stamped byline line that the classifier kept as text
(clean/meta_text.py), on page heads we wrote."""
from __future__ import annotations

from newsdesk.clean.lines import Block
from newsdesk.clean.meta_text import BARE_DAY, extract

BODY = ("A dam gave way early on Tuesday in the valley north of Nordhavn, flooding two towns "
        "below it and forcing thousands of people from their homes, officials said.")
HEAD = "Dam breach floods valley towns in the north"


def _published(lines, keep):
    return extract([Block(t) for t in lines], keep)["published"]


def test_masthead_day_forms_are_chrome():
    assert BARE_DAY.match("The Harbour Ledger 9 October 2031, Thursday")
    assert BARE_DAY.match("Thursday, 9 October 2031")
    assert not BARE_DAY.match("the ledger said 9 October 2031, Thursday")
    assert not BARE_DAY.match("Wire Service Tuesday, 3 March 2026, 08:30")


def test_kept_stamped_byline_beats_the_masthead_day():
    lines = ["The Harbour Ledger 9 October 2031, Thursday", HEAD,
             "Wire Service Tuesday, 3 March 2026, 08:30 Last update: about 5 years ago", BODY]
    assert _published(lines, [False, False, True, True]) == "2026-03-03"


def test_masthead_day_alone_still_dates_the_page():
    lines = ["The Harbour Ledger 9 October 2031, Thursday", HEAD, BODY]
    assert _published(lines, [False, False, True]) == "2031-10-09"


def test_kept_head_line_without_a_clock_is_not_a_stamp():
    lines = ["The Harbour Ledger 9 October 2031, Thursday", HEAD,
             "Floods of 3 March 2026 recalled", BODY]
    assert _published(lines, [False, False, True, True]) == "2031-10-09"
