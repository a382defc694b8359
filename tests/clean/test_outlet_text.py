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


def test_a_brand_is_named_within_one_line():
    """"with the" split over two lines names nothing; each furniture line votes once, in
    page order, and the most named brand wins."""
    assert brand_mentions(["Start your day with", "The Valley Courier"]) is None
    lines = ["Start your day with The Valley Courier", "Long read", "More from The Harbour Gazette",
             "Sign up with The Harbour Gazette", "\u00a9 2024 The Harbour Gazette"]
    assert brand_mentions(lines) == "The Harbour Gazette"
    assert brand_mentions(lines[:2]) == "The Valley Courier"


def test_every_example_article_names_its_outlet():
    from newsdesk.api import analyze
    pic = analyze([EXAMPLES / "coverage"])
    outlets = {a.id: a.outlet for a in pic.articles}
    assert all(outlets.values()), outlets
    assert outlets["radio-altiplano-2025-03-12"] == "Radio Altiplano"


def test_brand_prefilter_misses_no_line_that_names_a_brand():
    """`_candidates` (substring search over the page) must keep every line where the brand
    regex matches: checked line by line on real pages (seeds, our examples, AEB-plain) and on
    lines with the characters re.I folds specially (U+0130/U+0131 match "i")."""
    from newsdesk.clean.outlet_text import _BRAND, _candidates
    pages = [p.read_text(encoding="utf-8") for p in (EXAMPLES / "coverage").glob("*.txt")]
    pages += [p.read_text(encoding="utf-8") for p in shared_path("seeds").glob("*.txt")]
    pages += [p.read_text(encoding="utf-8")
              for p in sorted(shared_path("bench", "aeb-plain", "txt").glob("*.txt"))[:60]]
    pages.append("Menu\n\u00a9 2021 The Harbour Gazette\nCOPYR\u0130GHT 2020 Radio Norte\n"
                 "Read it with THE Valley Courier\nSign up\n")
    hits = 0
    for raw in pages:
        lines = raw.splitlines()
        cand = set(_candidates(lines))
        for i, line in enumerate(lines):
            if _BRAND.search(line):
                hits += 1
                assert i in cand, line
    assert hits > 10


def test_brands_found_on_lines_with_special_case_folds():
    assert brand_mentions(["COPYR\u0130GHT 2020 Radio Norte"]) == "Radio Norte"
    assert brand_mentions(["\u0130stanbul edition", "Start your day with The Bosphorus Post"]) \
        == "The Bosphorus Post"


def test_reversed_search_finds_every_preposition_before_the():
    """`prep_the_spans` (the pattern searched in the reversed page) returns exactly the
    spans of _PREP_THE's matches: on real pages and on edge cases (a page that opens or
    ends with a match, runs of whitespace and line breaks, word-final and dotless i)."""
    from newsdesk.clean.outlet_text import _PREP_THE, prep_the_spans
    pages = [p.read_text(encoding="utf-8") for p in (EXAMPLES / "coverage").glob("*.txt")]
    pages += [p.read_text(encoding="utf-8")
              for p in sorted(shared_path("bench", "aeb-plain", "txt").glob("*.txt"))[:60]]
    pages += ["of the ", "with the\n", "to the", " by  the\tthe ", "proof the x", "wıth the x\n",
              "on\nthe\nfrom the  theme of the\u00a0end", "goto the x", "of thethe x",
              "x of the of the of the y"]
    found = 0
    for raw in pages:
        low = raw.lower()
        want = [(m.start(), m.end()) for m in _PREP_THE.finditer(low)]
        assert sorted(prep_the_spans(low)) == want, raw[:60]
        found += len(want)
    assert found > 100
