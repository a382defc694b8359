"""A day next to a denial of reports dates the denial, not the act denied
(extract/dates.py `_dates_the_report`; sentences we wrote)."""
from __future__ import annotations

from newsdesk.extract.dates import event_date


def test_the_denials_day_is_not_the_acts():
    s = "Marland on Sunday denied reports that the envoy was killed inside its embassy."
    assert event_date(s, "2022-03-14") is None


def test_a_day_that_dates_the_act_is_kept():
    s = "Gunmen on Sunday killed the envoy inside the embassy."
    assert event_date(s, "2022-03-14") == "2022-03-13"
