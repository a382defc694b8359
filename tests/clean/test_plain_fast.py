"""The fast paths of the plain-text cleaner give exactly what the plain per-page code gives:
the perfect-tree layout (`plain_fast`) walks to the same leaves as the trees themselves, a
batch of pages (`plain.clean_texts`, `plain_page.concat_pages`, `plain_fast.Segs`) gives
every page the same features, probabilities and output as cleaning it alone, and the regex
prefilters never hide a match."""
from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from newsdesk.clean import clean_article, plain, plain_fast, plain_page
from newsdesk.clean.lines import (CREDIT, DATELINE, Block, _dash_early, _window_mean,
                                  credit_match, line_features, single_pieces, split_blocks)
from newsdesk.model import Article
from tests.conftest import EXAMPLES, FIXTURES, example_stage_rows, shared_path


def _walk(t: dict, x: np.ndarray) -> float:
    """The textbook evaluation of exported trees, one row, one node at a time."""
    raw = np.float32(t["base"])
    vals = []
    for root in t["roots"].tolist():
        i = root
        while not t["leaf"][i]:
            i = t["right"][i] if x[t["feature"][i]] > t["threshold"][i] else t["left"][i]
        vals.append(t["value"][i])
    raw = raw + np.float32(np.sum(np.array(vals, dtype=np.float32)))
    return float(1.0 / (1.0 + np.exp(-raw)))


def test_perfect_tree_layout_reaches_the_same_leaves_as_the_shipped_trees():
    """The shipped ensembles on real stage-2 / stage-3 rows of our example page: the same
    probabilities as walking each tree node by node (leaves above the last level too)."""
    m, M, p, S = example_stage_rows()
    q = plain_fast.predict(m["smooth"], S)
    for X, got, t in ((M, p, m["gbm"]), (S, q, m["smooth"])):
        want = np.array([_walk(t, x) for x in X.astype(np.float32)])
        assert np.allclose(got, want, atol=1e-6)
    # shallow trees are padded below their leaves: every level table covers all trees
    lay = plain_fast.layout(m["gbm"])
    assert all(len(f) == lay.trees << d for d, f in enumerate(lay.feat))


def test_rows_are_independent_in_a_batch():
    """A row's probability does not depend on the other rows evaluated with it, also past
    the row chunk size (rows are evaluated ROWS at a time)."""
    m = plain.load_model()
    rng = np.random.default_rng(0)
    X = rng.normal(size=(plain_fast.ROWS + 37, m["gbm"]["feature"].max() + 1))
    X = X.astype(np.float32)
    whole = plain_fast.predict(m["gbm"], X)
    parts = np.concatenate([plain_fast.predict(m["gbm"], X[a:a + 100])
                            for a in range(0, len(X), 100)])
    assert np.array_equal(whole, parts)


def test_segs_helpers_stay_within_each_page():
    sizes = [5, 0, 1, 12, 3]
    segs = plain_fast.Segs(sizes)
    rng = np.random.default_rng(1)
    x = rng.random(segs.n).astype(np.float32)
    h = rng.integers(0, 3, segs.n).astype(np.uint64)
    w3, = segs.window_means(x, (3,))
    for a, b in segs.spans:
        if a == b:
            continue
        assert np.array_equal(w3[a:b].astype(np.float32), _window_mean(x[a:b], 3))
        xs = x[a:b]
        prev = np.concatenate([[-4.0], xs[:-1]]).astype(np.float32)
        assert np.array_equal(segs.shift(x, 1, -4.0)[a:b], prev)
        before = np.concatenate([[0.0], np.maximum.accumulate(xs)[:-1]])
        assert np.array_equal(segs.max_before(x)[a:b], before)
        after = np.concatenate([np.maximum.accumulate(xs[::-1])[::-1][1:], [0.0]])
        assert np.array_equal(segs.max_after(x)[a:b], after)
        hs = h[a:b].tolist()
        assert segs.dup_counts(h)[a:b].tolist() == [Counter(hs)[v] for v in hs]
        order = np.argsort(-xs, kind="stable")
        rank = np.empty(b - a, dtype=np.intp)
        rank[order] = np.arange(b - a)
        assert np.array_equal(segs.rank_desc(x)[a:b], rank)


def _pages() -> list[list[str]]:
    files = [FIXTURES / "plain_harbor_gazette.txt", *sorted(EXAMPLES.rglob("*.txt"))]
    return [[b.text for b in split_blocks(f.read_text("utf8"))] for f in files]


def test_concat_pages_equals_each_page_measured_alone():
    pages = _pages() + [["One line only."], ["", "x y"]]
    _, each = plain_page.concat_pages(pages)
    for texts, got in zip(pages, each):
        want = plain_page.page(texts)
        for name in ("nw", "nc", "tok_h", "tok_line", "first", "cls_any", "first_cls", "lex",
                     "line_h", "head_h", "tok_cls"):
            assert np.array_equal(getattr(got, name), getattr(want, name)), name
        for k, v in want.char.items():
            vs = v if k == "end" else [v]
            gs = got.char[k] if k == "end" else [got.char[k]]
            assert all(np.array_equal(a, b) for a, b in zip(vs, gs)), k


def test_batched_features_equal_each_page_alone():
    pages = [[Block(t) for t in texts] for texts in _pages()]
    single = [line_features(bl, None, plain_page.page([b.text for b in bl])) for bl in pages]
    pgs, Fs, qs = plain.batch_probability(pages, [None] * len(pages))
    for bl, F, want, q in zip(pages, Fs, single, qs):
        assert np.array_equal(F, want)
        assert np.array_equal(q, plain.body_probability(bl))


def _articles(paths) -> list[Article]:
    return [Article(id=p.stem, raw=p.read_text("utf8"), kind="text") for p in paths]


def _out(a: Article) -> tuple:
    return (a.text, a.title, a.author, a.published, a.outlet,
            [(s.clean, s.raw, s.length) for s in a.segments])


def test_clean_texts_equals_cleaning_one_at_a_time_on_examples():
    paths = [FIXTURES / "plain_harbor_gazette.txt", *sorted(EXAMPLES.rglob("*.txt"))]
    batch = plain.clean_texts(_articles(paths))
    for a, b in zip(batch, _articles(paths)):
        assert _out(a) == _out(plain.clean_plain(b))
    assert all(a.text for a in batch)
    # the registered step cleans one article through the same path
    one = clean_article(_articles(paths[:1])[0])
    assert one.text == batch[0].text


def test_clean_texts_equals_one_at_a_time_on_dev_articles(monkeypatch):
    """Real scraped coverage (dev articles, seeds), in batches small enough to cut pages
    into several model calls."""
    paths = sorted(shared_path("eval", "dev").rglob("articles/*.txt"))
    paths += sorted(shared_path("seeds").glob("*.txt"))
    monkeypatch.setattr(plain, "BATCH_LINES", 150)
    batch = plain.clean_texts(_articles(paths))
    for a, p in zip(batch, paths):
        b = plain.clean_plain(_articles([p])[0])
        assert _out(a) == _out(b), p.name


@pytest.mark.parametrize("text", [
    "BAGHDAD (AP) \u2014 Iraqi forces said", "KYIV, Ukraine \u2013 Officials", "LONDON -- The",
    "Mosul - Residents", "Well-known residents said 12 people", "Pro-government forces",
    "A well-armed group \u2014 residents said", "The state-run agency: more", "Basra-",
    "NEW YORK-\tthe", "Aleppo \u2014", "He said it was a long-term plan"])
def test_dateline_prefilter_never_hides_a_match(text):
    if DATELINE.match(text):
        assert _dash_early(text)


def test_dash_early_regex_is_the_function():
    """`_DASH_EARLY` (the prefilter `line_features` runs) answers as `_dash_early` on every
    line of real pages and on edge cases (dashes, whitespace, characters outside DATELINE's)."""
    from newsdesk.clean.lines import _DASH_EARLY
    pages = sorted(shared_path("bench", "aeb-plain", "txt").glob("*.txt"))
    lines = [b.text for p in pages for b in split_blocks(p.read_text("utf8"))]
    lines += ["-", "--", "- ", "a-", "a--b", "A -x", "A-\u00a0b", "\u2014", "A1 \u2014 b",
              "A (x) \u2013 y", "A, b - c", "A\u3000-\u3000b", "A.-\nb", "\u00c9 - b", "A -",
              "ABC\u2014", "x\u2013", "A' -- b", "(A) -1", "A;- b", ""]
    assert sum(_dash_early(t) for t in lines) > 100
    assert all((_DASH_EARLY.match(t) is not None) == _dash_early(t) for t in lines)


@pytest.mark.parametrize("text", [
    "Smoke rises over the city. (AP Photo/Hadi Mizban)", "AP", "Associated Press photo",
    "Photo: Reuters", "photos by John Smith", "Credit via Getty", "Families wait | Reuters",
    "REUTERS/Alaa Al-Marjani", "The AP reported that 12 people died in the attack on Sunday",
    "  Reuters  ", "Picture by Ali", "Associated Press photo and more", "x Photo: y",
    "Families wait |", "(Getty)", "ap/b", "PHOTO via", "A long caption with no credit at all"])
def test_credit_alternatives_match_as_the_joint_pattern(text):
    assert (credit_match(text) is not None) == (CREDIT.search(text) is not None)


def test_joined_lines_split_mid_sentence():
    """A sentence broken over two lines (lowercase end, lowercase start) is one block when
    the first part reads as text; a short lowercase line after a label is not joined."""
    raw = ("The minister said the army had moved\ninto the city at dawn, residents said.\n"
           "menu\nsearch\n\nNext paragraph starts here and\ncontinues on this line.\n")
    texts = [b.text for b in split_blocks(raw)]
    assert texts == ["The minister said the army had moved into the city at dawn, residents "
                     "said.", "menu", "search",
                     "Next paragraph starts here and continues on this line."]


def test_run_features_of_a_batch_equal_each_page_alone():
    from newsdesk.clean.plain_runs import run_features, run_features_pages
    rng = np.random.default_rng(2)
    sizes = [7, 0, 1, 30, 4, 12]
    segs = plain_fast.Segs(sizes)
    p = rng.random(segs.n).astype(np.float32)
    p[segs.off[4]:segs.off[5]] = 0.1                     # a page without a likely-body line
    words = np.expm1(np.log1p(rng.integers(0, 60, segs.n).astype(np.float32)))
    got = run_features_pages(p, words, segs)
    for a, b in segs.spans:
        assert np.array_equal(got[a:b], run_features(p[a:b], words[a:b]))


def test_batch_with_outlet_recurring_lines_and_empty_pages():
    """Pages with outlet-recurring lines (the `boilerplate_lines` layer), pages without, an
    empty page and a one-line page, cleaned together, each as alone."""
    from newsdesk.clean.recurring import line_hash
    paths = [FIXTURES / "plain_harbor_gazette.txt", *sorted(EXAMPLES.rglob("*.txt"))]

    def arts():
        out = _articles(paths)
        for a in out[::2]:
            blocks = split_blocks(a.raw)
            a.layers["boilerplate_lines"] = {line_hash(b.text) for b in blocks[::5]}
        out.insert(1, Article(id="empty", raw="", kind="text"))
        out.insert(2, Article(id="blank", raw="\n \n\t\n", kind="text"))
        out.append(Article(id="one", raw="Officials said the river rose overnight.", kind="text"))
        return out
    batch = plain.clean_texts(arts())
    for a, b in zip(batch, arts()):
        assert _out(a) == _out(plain.clean_plain(b)), a.id
    assert batch[1].text == "" and batch[2].text == ""


def test_line_blocks_make_their_pieces_only_when_asked():
    """`split_blocks`' one-line blocks read their raw extent from the page's table: the
    same pieces as a joined block's list, and `single_pieces` reads them without making
    the lists (None once a block joins two lines)."""
    raw = ("MENU\n\nThe minister said the army had moved\ninto the city at dawn.\n"
           "  Indented line here.\nLast line")
    blocks = split_blocks(raw)
    assert single_pieces(blocks) is None                  # the first sentence joined two
    for b in blocks:
        assert " ".join(raw[s:s + n] for s, n in b.pieces) == b.text
    one = [b for b in blocks if len(b.pieces) == 1]
    fresh = [b for b in split_blocks(raw) if b.text in {x.text for x in one}]
    assert single_pieces(fresh) == ([b.pieces[0][0] for b in one], [b.pieces[0][1] for b in one])
    assert Block("x").pieces == [] and Block("x", [(0, 1)]).pieces == [(0, 1)]
