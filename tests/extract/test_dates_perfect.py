"""A day beside a reporting verb whose clause tells a passive present perfect ("said Sunday
that dozens have been killed") dates the report: the act left its state behind before it
(extract/dates.py `_dates_the_report`; sentences we wrote)."""
from __future__ import annotations

from newsdesk.extract.dates import event_date, lede_date


def test_the_reports_day_is_not_the_acts():
    s = "Doctors in Valmora said Sunday that dozens of people have been killed in a gas attack on the old town."
    assert event_date(s, "2022-03-14") is None


def test_the_next_lede_sentence_then_dates_the_act():
    lede = ["Doctors in Valmora said Sunday that dozens of people have been killed in a gas attack on the old town.",
            "At least 40 people died on Saturday evening when shells hit the market, medics said."]
    assert lede_date(lede, "2022-03-14") == "2022-03-12"


def test_an_active_perfect_or_a_plain_past_keeps_its_day():
    assert event_date("Gunmen on Sunday killed the envoy inside the embassy.", "2022-03-14") == "2022-03-13"
    assert event_date("The ministry said Sunday it has closed the border with Marland.",
                      "2022-03-14") == "2022-03-13"
