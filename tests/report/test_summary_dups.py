"""Unmarked near-copies in a story (a syndicated article carried twice) are read once by the
summary and cited as extra sources; different articles on the same event stay distinct."""
from __future__ import annotations

import ast
import csv

from newsdesk.model import Article
from newsdesk.report.summary import summarize
from newsdesk.report.summary_dups import split_copies

from conftest import shared_path

WIRE = """Flood waters cut the main road between Tarvo and Mesin on Sunday, stranding hundreds of families in the valley.

The regional governor said 14 people had died and rescue teams were searching for at least 30 missing residents.

Army engineers began building a temporary bridge over the Kessa river on Monday morning, officials said.

Aid agencies warned that clean water was running short in three districts after the pumping station failed."""

COPY = "MESIN (Daily Star) - " + WIRE + "\n\nRead more stories from the valley on our website."

OTHER = """Residents of Mesin spent a second night on rooftops as the Kessa river kept rising on Monday.

Doctors at the district hospital said they had treated dozens of people for injuries and hypothermia.

The governor asked the national government for helicopters to reach villages cut off by landslides."""


def _arts():
    return [Article(id="wire", raw=WIRE, text=WIRE, outlet="Wire"),
            Article(id="copy", raw=COPY, text=COPY, outlet="Daily Star"),
            Article(id="other", raw=OTHER, text=OTHER, outlet="Valley Times")]


def test_near_copy_is_set_apart_and_distinct_reports_stay():
    kept, copies = split_copies(_arts())
    assert [a.id for a in kept] == ["wire", "other"] and [a.id for a in copies] == ["copy"]


def test_near_copy_is_cited_not_counted_twice():
    arts = _arts()
    out = summarize(arts, budget_words=400)
    assert out
    shown = [sp.article for s in out for sp in s.spans[:1]]
    assert "copy" not in shown                                  # never the sentence shown
    governor = [s for s in out if "14 people had died" in s.text]
    assert len(governor) == 1 and {"wire", "copy"} <= {sp.article for sp in governor[0].spans}
    by_id = {a.id: a for a in arts}
    for s in out:
        for sp in s.spans:
            assert by_id[sp.article].text[sp.start:sp.end] == sp.text


def test_multinews_repeated_sources_are_found():
    """Multi-News clusters sometimes list the same source page twice; those are set apart,
    and most clusters (different outlets) keep every article."""
    path = shared_path("bench", "multinews", "sample_validation.csv")
    csv.field_size_limit(10**9)
    rows = list(csv.DictReader(open(path, encoding="utf8")))[:120]
    found, untouched = 0, 0
    for r in rows:
        docs = [d for d in ast.literal_eval(r["documents"]) if d.strip()]
        arts = [Article(id=f"d{i}", raw=d, text=d) for i, d in enumerate(docs)]
        kept, copies = split_copies(arts)
        assert len(kept) + len(copies) == len(arts) and kept
        found += bool(copies)
        untouched += not copies
        for c in copies:
            assert any(c.text == k.text or len(set(c.text.split()) & set(k.text.split()))
                       > 0.5 * len(set(c.text.split())) for k in kept)
    assert found >= 2 and untouched > 0.9 * len(rows)
