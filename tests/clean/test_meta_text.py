"""Metadata read from scraped plain text: dates, bylines, outlets, headline."""
from __future__ import annotations

from newsdesk.clean.lines import Block
from newsdesk.clean.meta_text import extract, parse_date, store_prefix


def test_dates_in_the_forms_pages_state_them():
    assert parse_date("Published: Wednesday, Aug. 14 2013 6:27 a.m. MDT") == "2013-08-14"
    assert parse_date("Published November 14th, 2015 - 07:14 GMT") == "2015-11-14"
    assert parse_date("July 14, 2015 / 8:06 AM / 2 years ago") == "2015-07-14"
    assert parse_date("Hannah Al-Othman14 November 2015") == "2015-11-14"
    assert parse_date("02.05.2014 | Source:") == "2014-05-02"
    assert parse_date("Updated 2019-04-22 10:00") == "2019-04-22"
    assert parse_date("no date here, just 2019") is None


def test_store_prefix():
    raw = " date 2017-06-05 Qatar said there is no justification."
    start, date = store_prefix(raw)
    assert date == "2017-06-05" and raw[start:].startswith("Qatar said")
    assert store_prefix("Plain text") == (0, None)


def _blocks(lines):
    return [Block(t) for t in lines]


def test_title_author_date_outlet_from_page_head():
    lines = ["Menu", "Dam breach floods valley towns in the north",
             "By Ilse Varro, Associated Press", "Posted: March 3, 2026",
             "NORDHAVN (AP) — A dam gave way early on Tuesday, flooding two towns in the "
             "valley below and forcing thousands of people from their homes, officials said.",
             "Rescue teams worked through the night to reach families trapped by the water, "
             "according to the regional governor."]
    keep = [False, False, False, False, True, True]
    meta = extract(_blocks(lines), keep)
    assert meta["title"] == "Dam breach floods valley towns in the north"
    assert meta["title_index"] == 1
    assert meta["author"] == "Ilse Varro"
    assert meta["published"] == "2026-03-03"
    assert meta["outlet"] == "Associated Press"


def test_no_title_when_text_starts_with_the_body():
    lines = ["A dam gave way early on Tuesday, flooding two towns in the valley below and "
             "forcing thousands of people from their homes, officials said on Tuesday.",
             "Rescue teams worked through the night."]
    meta = extract(_blocks(lines), [True, True])
    assert meta["title"] is None and meta["author"] is None


def test_date_from_url_in_text():
    lines = ["Storm damage report",
             "Source: https://example.org/news/2024/10/07/storm-damage-report",
             "The storm tore roofs off dozens of houses along the coast on Monday night, and "
             "power was cut to about 8,000 homes, the utility company said."]
    meta = extract(_blocks(lines), [False, False, True], "\n".join(lines))
    assert meta["published"] == "2024-10-07"


def test_a_masthead_above_the_headline_is_not_the_title(tmp_path):
    """A site's name bar comes first on many scraped pages; the headline is the line that
    speaks of what the body says."""
    from newsdesk.api import clean_paths
    page = ("RIVERSIDE EVENING STAR — Listen live\nHome | News | Sport\n\n"
            "Flood barrier fails as river bursts its banks in Millbrook\n\n"
            "The flood barrier protecting the centre of Millbrook failed on Sunday night after "
            "three days of heavy rain, forcing hundreds of residents to leave their homes, the "
            "county council said.\n\nEngineers said the river had risen faster than forecast and "
            "that repairs to the barrier would take at least a week.\n")
    (tmp_path / "flood.txt").write_text(page)
    art = clean_paths([tmp_path]).articles[0]
    assert art.title == "Flood barrier fails as river bursts its banks in Millbrook"
    assert "RIVERSIDE" not in art.text
