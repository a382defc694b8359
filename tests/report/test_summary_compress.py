"""Deletion-only compression of summary sentences: what goes (asides already said,
datelines), that the result still reads, and that it is always its source minus spans."""
from __future__ import annotations

import ast
import csv

from newsdesk.model import Article
from newsdesk.report import summary_compress as C
from newsdesk.report.summary import summarize

from conftest import shared_path


def _compress(texts: list[str]) -> list[str]:
    return C.compress_chosen(texts, C.parsed_spans(texts))


def test_an_aside_already_said_is_deleted():
    texts = ["Ana Ruiz, who leads the farmers' union, said the Tarvo bridge would stay closed.",
             "The farmers' union, which Ana Ruiz leads, wants compensation for the flooded fields.",
             "Farmers say the blockade will last until the ministry pays for the lost harvest."]
    out = _compress(texts)
    assert out[0].startswith("Ana Ruiz")               # the first mention keeps nothing said
    for short, full in zip(out, texts):
        assert C.is_deletion_of(short, full) and C._ok(full, short)
    later = _compress([texts[1], texts[0]])[1]
    assert later == "Ana Ruiz said the Tarvo bridge would stay closed."


def test_dateline_goes_and_the_sentence_still_reads():
    full = "MESIN (Wire) \u2014 Flood waters cut the main road between Tarvo and Mesin on Sunday."
    spans = C.sentence_spans(full, None)
    assert (0, len("MESIN (Wire) \u2014 "), "dateline") in spans
    assert _compress([full]) == ["Flood waters cut the main road between Tarvo and Mesin on Sunday."]


def test_parse_spans_cover_the_usual_asides():
    texts = ["John Smith, a spokesman for the ministry, said the talks had failed on Tuesday.",
             "After the meeting ended, the army took the town of Orlo near the border.",
             "Fourteen people died in the floods in the north of the country, officials said."]
    got = [{(t[a:b], k) for a, b, k in sp} for t, sp in zip(texts, C.parsed_spans(texts))]
    assert (", a spokesman for the ministry,", "appos") in got[0]
    assert ("After the meeting ended, ", "head_advcl") in got[1]
    said = _compress(["Officials said fourteen people died in the floods in the north on Monday.",
                      "Fourteen people died in the floods in the north, according to officials."])
    assert said[1].endswith("according to officials.")       # who said it stays, even if said


def test_a_deletion_that_would_not_read_is_refused():
    full = "Rescue teams, led by the army, reached Orlo on Tuesday."
    assert not C._ok(full, "Rescue teams reached Orlo on Tuesday,.")     # dangling comma
    assert not C._ok(full, "Rescue teams , reached Orlo on Tuesday.")
    assert not C._ok(full, "Rescue teams reached.")                      # too short
    assert C._ok(full, "Rescue teams reached Orlo on Tuesday.")
    assert C.is_deletion_of("Rescue teams reached Orlo on Tuesday.", full)
    assert not C.is_deletion_of("Rescue teams reached Mesin on Tuesday.", full)
    assert C.is_deletion_of("The army reached Orlo.", "However, the army reached Orlo.")


def test_compressed_summary_sentences_are_subsequences_of_their_citations():
    path = shared_path("bench", "multinews", "sample_validation.csv")
    csv.field_size_limit(10**9)
    rows = list(csv.DictReader(open(path, encoding="utf8")))[:12]
    n_compressed = 0
    for r in rows:
        docs = [d for d in ast.literal_eval(r["documents"]) if d.strip()]
        arts = [Article(id=f"d{i}", raw=d, text=d) for i, d in enumerate(docs)]
        by_id = {a.id: a for a in arts}
        for s in summarize(arts, budget_words=250, compress=True):
            full = s.spans[0]
            assert by_id[full.article].text[full.start:full.end] == full.text   # full sentence cited
            assert C.is_deletion_of(s.text, full.text)
            assert not s.compressed or C._ok(full.text, s.text)
            n_compressed += s.compressed
    assert n_compressed > 0
