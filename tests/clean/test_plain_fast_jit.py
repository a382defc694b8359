"""The compiled kernels (`plain_fast_jit`, numba) give exactly what the numpy paths give,
bit for bit and in the same dtypes, on real pages: page measures, token hashes, the word
model's pairs, the text model's scores, the prose-furniture counts, the tree ensembles,
per-page cumulative sums, and the cleaned articles themselves; and the batch's repeated-line entries (`plain_fast_rules.repeated`) lead `repeats` to
the same decisions as its line-by-line walk. Skipped where numba is not installed (the
numpy paths then run and are covered by the other tests)."""
from __future__ import annotations

import numpy as np
import pytest

from newsdesk.clean import (clean_articles, plain, plain_fast, plain_fast_jit,
                            plain_fast_rules, plain_page, plain_text, plain_text_fast)
from newsdesk.clean.lines import split_blocks
from newsdesk.model import Article
from tests.conftest import EXAMPLES, FIXTURES, example_stage_rows, shared_path

@pytest.fixture
def numpy_and_jit():
    """Run a function with the kernels off, then on: -> (numpy result, compiled result)."""
    pytest.importorskip("numba")
    def both(fn, *args):
        plain_fast_jit.JIT = False
        try:
            a = fn(*args)
        finally:
            plain_fast_jit.JIT = True
        return a, fn(*args)
    yield both
    plain_fast_jit.JIT = True


def _texts() -> list[str]:
    files = [FIXTURES / "plain_harbor_gazette.txt", *sorted(EXAMPLES.rglob("*.txt"))]
    out = [f.read_text("utf8") for f in files]
    for batch in ("batch-c", "batch-d"):
        d = shared_path("eval", "dev", batch, "articles")
        out += [f.read_text("utf8") for f in sorted(d.glob("*.txt"))]
    out += [f.read_text("utf8") for f in sorted(shared_path("seeds").glob("*.txt"))]
    # the edges: no words, astral characters, a very long line, one-character lines
    out += ["", "\n\n", "\U0001F600 x\U0001F600y \u00e9 caf\u00e9.\n\n(AP) \u2014 Done.",
            "word " * 3000 + ".\nx\n.\n"]
    return out


def _lines(texts: list[str]) -> list[list[str]]:
    return [[b.text for b in split_blocks(t)] for t in texts]


def _same(a, b, path="") -> None:
    if isinstance(a, dict):
        assert list(a) == list(b), path
        for k in a:
            _same(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b)):
            _same(x, y, f"{path}[{i}]")
    elif isinstance(a, np.ndarray):
        assert a.dtype == b.dtype and a.shape == b.shape, (path, a.dtype, b.dtype)
        assert np.array_equal(a, b), path
    else:
        assert a == b, path


def _fields(pg) -> dict:
    return {k: getattr(pg, k) for k in pg.__dataclass_fields__}


def test_page_measures_and_tokens_are_the_numpy_ones(numpy_and_jit):
    pages = _lines(_texts())
    batches = pages + [[t for p in pages[i:i + 6] for t in p] for i in range(0, len(pages), 6)]
    for texts in batches:
        a, b = numpy_and_jit(lambda t: _fields(plain_page.page(t)), texts)
        _same(a, b)
    for raw in _texts():
        _same(*numpy_and_jit(plain_page._tokens, raw))


def test_word_model_pairs_are_the_numpy_ones(numpy_and_jit):
    """`plain_page.word_features`: the same (line, bucket) pairs in the same order (the
    scores sum them in that order) and counts, on pages, batches and their per-page views
    (`concat_pages`), lines without words and one-word lines included."""
    pages = _lines(_texts()) + [["", "one", "two words", "", "a b c d e"]]
    for i in range(0, len(pages), 5):
        joint, views = plain_page.concat_pages(pages[i:i + 5])
        for pg in (joint, *views):
            _same(*numpy_and_jit(plain_page.word_features, pg))


def test_prose_furniture_features_are_the_numpy_ones(numpy_and_jit):
    """`plain_extra.extra_features` (its token counts compiled): pages and batches."""
    from newsdesk.clean.plain_extra import extra_features
    pages = [p for p in _lines(_texts()) if p]
    for i in range(0, len(pages), 5):
        batch = pages[i:i + 5]
        joint, views = plain_page.concat_pages(batch)
        segs = plain_fast.Segs([len(p) for p in batch])
        _same(*numpy_and_jit(extra_features, joint, segs))
        for pg in views:
            _same(*numpy_and_jit(extra_features, pg))


def test_text_model_scores_are_the_numpy_ones(numpy_and_jit):
    m, tm = plain.load_model(), plain_text.load_text()
    pages = [p for p in _lines(_texts()) if p]      # (the cleaner never scores no lines)

    def scores(batch):
        segs = plain_fast.Segs([len(p) for p in batch])
        pg = plain_page.page([t for p in batch for t in p])
        return plain_text_fast.scores(pg, m["words"]["w"], m["words"]["bias"], tm["w"],
                                      tm["bias"], segs if len(batch) > 1 else None)
    for i in range(0, len(pages), 4):
        for batch in (pages[i:i + 4], pages[i:i + 1]):
            _same(*numpy_and_jit(scores, batch))


def test_tree_ensembles_reach_the_numpy_leaves(numpy_and_jit):
    """Real stage-2 and stage-3 rows, and rows at the thresholds themselves (ties go left
    in both), NaN and infinities."""
    m, M, p, S = example_stage_rows()
    rng = np.random.default_rng(0)
    for t, X in ((m["gbm"], M), (m["smooth"], S)):
        thr = t["threshold"][~t["leaf"].astype(bool)]
        ties = rng.choice(thr, size=(64, X.shape[1])).astype(np.float32)
        odd = rng.choice(np.array([np.nan, np.inf, -np.inf, 0.0], dtype=np.float32),
                         size=(8, X.shape[1]))
        for rows in (X, ties, odd, X[:0]):
            _same(*numpy_and_jit(plain_fast.predict, t, rows))


def test_page_cumulative_sums_are_the_numpy_ones(numpy_and_jit):
    rng = np.random.default_rng(1)
    for sizes in ([3, 0, 5], [100, 200, 7], [0, 0], [50] * 20):
        segs = plain_fast.Segs(sizes)
        for X in (rng.normal(size=segs.n).astype(np.float32), rng.normal(size=(segs.n, 5)),
                  rng.normal(size=(segs.n, 3))[:, 1], rng.random(segs.n) > 0.5,
                  (rng.normal(size=(segs.n, 2)) * 1e7).astype(np.float32)):
            _same(*numpy_and_jit(segs.window_means, X, (2, 7)))


def test_cleaned_articles_are_the_same(numpy_and_jit):
    """Whole articles, batch path: text, segments and metadata."""
    texts = _texts()

    def clean():
        arts = clean_articles([Article(id=str(i), raw=t, kind="text")
                               for i, t in enumerate(texts)])
        return [(a.text, a.title, a.author, a.published, a.outlet,
                 [(s.clean, s.raw, s.length) for s in a.segments or []]) for a in arts]
    a, b = numpy_and_jit(clean)
    assert a == b


def test_repeated_entries_lead_to_the_same_repeat_decisions():
    """`repeats` from the batch's repeated entries equals its walk over every line, with
    and without a headline, on real pages cleaned together."""
    pages = [split_blocks(t) for t in _texts()]
    pages = [p for p in pages if p]
    segs = plain_fast.Segs([len(p) for p in pages])
    jpg, pgs = plain_page.concat_pages([[b.text for b in p] for p in pages])
    dups = plain_fast_rules.repeated(jpg, segs)
    rng = np.random.default_rng(2)
    for blocks, pg, d in zip(pages, pgs, dups):
        for title in (None, 0, int(rng.integers(len(blocks)))):
            keep = (rng.random(len(blocks)) > 0.3).tolist()
            want, got = list(keep), list(keep)
            plain_fast_rules.repeats(blocks, want, title, pg)
            plain_fast_rules.repeats(blocks, got, title, pg, d)
            assert got == want


def test_html_block_ensembles_reach_the_numpy_leaves(numpy_and_jit):
    """The HTML block models (`html.predict`, layout-only and stacked) give the same
    probabilities compiled as with the numpy walk: on the blocks of our example pages,
    on rows at the trees' own thresholds (ties go left), and on NaN / infinities (NaN
    follows each node's missing-value side)."""
    from newsdesk.clean import html, html_blocks
    rows = []
    for f in sorted(EXAMPLES.rglob("*.html")):
        rows += html_blocks.features(html_blocks.segment(html_blocks.parse(f.read_text("utf8"))))
    assert len(rows) > 10
    rng = np.random.default_rng(2)
    for path in (html.MODEL_PATH, html.STACK_PATH):
        m = html._load(path)
        width = int(m["feat"].max()) + 1
        X = [r[:width] + [0.0] * (width - len(r)) for r in rows]
        ties = rng.choice(m["thr"][~m["leaf"]], size=(64, width)).tolist()
        odd = rng.choice(np.array([np.nan, np.inf, -np.inf, 0.0]), size=(8, width)).tolist()
        for batch in (X, ties, odd):
            a, b = numpy_and_jit(html.predict, batch, path)
            assert a.dtype == b.dtype and np.array_equal(a, b)
