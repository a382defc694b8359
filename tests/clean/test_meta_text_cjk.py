"""A page's date stated in the East Asian form (年 year, 月 month, 日 day), as bylines of
Chinese and Japanese portals print it above an English story."""
from __future__ import annotations

from newsdesk.clean.lines import Block
from newsdesk.clean.meta_text import extract, parse_date


def test_year_month_day_characters_read_as_a_date():
    assert parse_date("Harbour Daily 發布於 2021年03月11日09:30 • Jane Roe") == "2021-03-11"
    assert parse_date("2008年5月2日") == "2008-05-02"
    assert parse_date("2021年13月11日") is None        # no thirteenth month


def test_the_byline_date_dates_the_page():
    lines = ["Ferry operator suspends crossings after harbour collision",
             "Harbour Daily 發布於 2021年03月11日09:30 • Jane Roe and Li Wen",
             "A ferry struck a moored cargo ship on Wednesday night, injuring 14 passengers, and "
             "the operator suspended all crossings on Thursday while inspectors checked its fleet.",
             "The harbour master said the ferry had lost steering shortly after leaving the pier."]
    meta = extract([Block(t) for t in lines], [False, False, True, True])
    assert meta["published"] == "2021-03-11"
