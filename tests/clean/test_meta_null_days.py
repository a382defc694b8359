"""A page template's empty timestamp (Unix time zero, 1 January 1970, or the day before it
west of Greenwich) is no publication day: taking it dates every act of the page decades back."""
from __future__ import annotations

from newsdesk.clean.html_meta import iso_date
from newsdesk.clean.lines import Block
from newsdesk.clean.meta_text import extract

HEAD = "Ferry service resumes after the storm"
BODY = ("The ferry between the two harbour towns sailed again on Friday after three days in port, "
        "and the operator said the timetable would be back to normal by the weekend.")


def _published(*stamps: str) -> str | None:
    lines = [HEAD, *stamps, BODY, BODY, BODY]
    keep = [False] * (1 + len(stamps)) + [True] * 3
    return extract([Block(t) for t in lines], keep)["published"]


def test_the_epoch_day_in_a_byline_dates_nothing():
    assert _published("Published: January 1, 1970") is None
    assert _published("Updated: Dec 31, 1969") is None


def test_a_real_day_beside_the_empty_stamp_still_dates_the_page():
    assert _published("Updated: Jan 1, 1970", "Published: March 4, 2031") == "2031-03-04"
    assert _published("Published: March 4, 2031") == "2031-03-04"


def test_html_metadata_with_time_zero_is_no_date():
    assert iso_date("1970-01-01T00:00:00Z") is None
    assert iso_date("1969-12-31T19:00:00-05:00") is None
    assert iso_date("2024-03-04T08:00:00Z") == "2024-03-04"


def test_the_real_stamp_beside_the_null_day_on_one_line():
    assert _published("Updated: 12:00 AM, January 1, 1970 | Published: 9:15 AM, October 9, 2031") == "2031-10-09"
    # an update day is what the page has left: it dates the page, as an "Updated" line alone does
    assert _published("Published: Jan 1, 1970 | Updated: Oct 9, 2031") == "2031-10-09"
