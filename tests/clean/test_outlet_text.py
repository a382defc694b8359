"""Outlet names from the furniture of scraped plain text (clean/outlet_text.py): our example
pages' mastheads, a real seed page's sign-up lines, and lines that only look like names."""
from __future__ import annotations

from conftest import EXAMPLES, shared_path

from newsdesk.clean.outlet_text import (brand_mentions, masthead, outlet_from_text,
                                        publication_name)


def test_example_mastheads():
    want = {"pacific-wire-2025-03-11.txt": "Pacific Wire Service",
            "radio-altiplano-2025-03-12.txt": "Radio Altiplano",
            "southern-morning-post-2025-03-11.txt": "Southern Morning Post"}
    for name, outlet in want.items():
        raw = (EXAMPLES / "coverage" / name).read_text(encoding="utf-8")
        assert outlet_from_text(raw) == outlet, name


def test_seed_sign_up_lines_name_the_independent():
    raw = shared_path("seeds", "003_35c7fe5f69efd926.txt").read_text(encoding="utf-8")
    assert outlet_from_text(raw) == "The Independent"


def test_kickers_headlines_and_sections_are_not_outlets():
    assert masthead(["ISIS ATTACKS", "Eagles of Death Metal concert in Paris turns tragic"]) is None
    assert masthead(["Watch CBSN Live", "", "Congress greets Iran deal with skepticism"]) is None
    assert masthead(["News", "World | Politics"]) is None
    assert publication_name("Six killed as police and protesters clash") is None
    assert publication_name("THE HARBOUR GAZETTE") == "The Harbour Gazette"


def test_brands_in_furniture_but_not_in_quoted_prose():
    assert brand_mentions(["\u00a9 2024 The Valley Courier. All rights reserved."]) == "The Valley Courier"
    prose = ("The minister told reporters that an interview he gave to The Daily Ledger last "
             "week had been misquoted, and that he would not comment further on the matter.")
    assert brand_mentions([prose]) is None


def test_every_example_article_names_its_outlet():
    from newsdesk.api import analyze
    pic = analyze([EXAMPLES / "coverage"])
    outlets = {a.id: a.outlet for a in pic.articles}
    assert all(outlets.values()), outlets
    assert outlets["radio-altiplano-2025-03-12"] == "Radio Altiplano"
