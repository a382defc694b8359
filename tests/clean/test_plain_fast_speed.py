"""The plain cleaner's speed paths compute exactly what the plain code computes: the text
model from per-bucket tables (`plain_text_fast`), `plain_extra`'s features over a whole
batch at once, the rule prefilter and segments (`plain_fast_rules`), code
points from UTF-16 (`plain_page._code_points`) and page-bounded shifts (`Segs.shift`)."""
from __future__ import annotations

import re

import numpy as np

from newsdesk.clean import (plain, plain_extra, plain_page, plain_text,
                            plain_text_fast)
from newsdesk.clean.lines import line_features, split_blocks
from newsdesk.clean.meta_text import _title_like
from newsdesk.clean.plain_fast import Segs
from newsdesk.clean.plain_fast_rules import may_drop
from newsdesk.model import Article
from tests.conftest import EXAMPLES, FIXTURES, shared_path


def _texts(dev: bool = True) -> list[str]:
    files = [FIXTURES / "plain_harbor_gazette.txt", *sorted(EXAMPLES.rglob("*.txt"))]
    out = [f.read_text("utf8") for f in files]
    if dev:
        for batch in ("batch-c", "batch-d"):
            d = shared_path("eval", "dev", batch, "articles")
            out += [f.read_text("utf8") for f in sorted(d.glob("*.txt"))]
        out += [f.read_text("utf8") for f in sorted(shared_path("seeds").glob("*.txt"))]
    return out


def _batches(size: int = 4):
    """Batches of real pages as the cleaner forms them: joint page, each page, Segs."""
    pages = [[b.text for b in split_blocks(t)] for t in _texts()]
    for a in range(0, len(pages), size):
        grp = [p for p in pages[a:a + size] if p]
        pg, pgs = plain_page.concat_pages(grp)
        yield pg, pgs, Segs([len(p) for p in grp])


def test_text_model_tables_give_the_same_scores_to_the_bit():
    m, tm = plain.load_model(), plain_text.load_text()
    for pg, pgs, segs in _batches():
        s = plain.word_scores(pg, m["words"]["w"], m["words"]["bias"])
        s2, cols = plain_text_fast.columns(pg, m, tm, segs)
        assert np.array_equal(s, s2)
        assert np.array_equal(cols, plain_text.text_columns(pg, s, segs))
        one = pgs[0]
        s1 = plain.word_scores(one, m["words"]["w"], m["words"]["bias"])
        assert np.array_equal(plain_text_fast.columns(one, m, tm)[1],
                              plain_text.text_columns(one, s1))


def test_batched_extra_features_equal_each_page_alone():
    for pg, pgs, segs in _batches():
        want = np.vstack([plain_extra.extra_features(p) for p in pgs])
        assert np.array_equal(plain_extra.extra_features(pg, segs), want)


def test_batched_teaser_features_equal_each_page_alone():
    from newsdesk.clean import plain_teasers
    for pg, pgs, segs in _batches():
        F = line_features([plain.Block(t) for t in pg.texts], None, pg, segs)
        want = np.vstack([plain_teasers.teaser_features(
            line_features([plain.Block(t) for t in p.texts], None, p), p) for p in pgs])
        assert np.array_equal(plain_teasers.teaser_features(F, pg, segs), want)


TRICKY = [
    "Read more", "READ MORE: the full story", "Click here to watch our dispatch here.",
    "cl\u0131ck here", "For more on this, see our live page", "Advertisement",
    "Image copyright AFP Image caption Smoke rises", "Media playback is unsupported",
    "Skip in Skip x Live", "Video 1:23 SHARE COPY LINK", "<a href='x'>link</a> text",
    "Publi\u017fhed: 12 March 2024", "Published: Wednesday, Aug. 14 2013 6:27 a.m.",
    "Updated April 21, 2019 10:03 pm", "By Maggie Michael", "(AP Photo/Hadi Mizban)",
    "Hassan Ammar, Associated Press", "Photograph: Jane Doe/Reuters", "REUTERS/Alaa Al-Marjani",
    "The council met on Tuesday and agreed to extend the ferry timetable into the winter.",
]


def test_rule_prefilter_never_hides_a_rule():
    """Every line where `_rule_drop` or `_dateline_only` fires passes `may_drop`."""
    texts = _texts() + ["\n".join(TRICKY)]
    pages = [split_blocks(t) for t in texts]
    fired = 0
    for blocks in pages:
        pg = plain_page.page([b.text for b in blocks])
        F = line_features(blocks, None, pg)
        may = may_drop(pg, F)
        for b, ok in zip(blocks, may.tolist()):
            rule = (b.nw <= 60 and (plain._rule_drop(b.text, b.nw, b.furniture, b.credit, b.agency)
                                    or plain._dateline_only(b.text, b.nw)))
            fired += rule
            assert ok or not rule, b.text
    assert fired >= 12


def test_rule_prefilter_among_the_asked_lines():
    """`may_drop(..., among)` answers as the full call on the lines of `among` (the year
    search is made on those only)."""
    texts = _texts(dev=False) + ["\n".join(TRICKY)]
    for t in texts:
        blocks = split_blocks(t)
        pg = plain_page.page([b.text for b in blocks])
        F = line_features(blocks, None, pg)
        among = np.arange(len(blocks)) % 2 == 0
        assert (may_drop(pg, F, among=among)[among] == may_drop(pg, F)[among]).all()


def test_code_points_from_utf16_equal_utf32():
    for t in ("plain ASCII", "caf\u00e9 \u201cquoted\u201d", "astral \U0001F600 and \U0001D400x",
              "lone \ud800 surrogate", ""):
        cp = np.frombuffer(t.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        assert np.array_equal(plain_page._code_points(t), np.minimum(cp, 0x10000))
    # a token's hash: its folded characters weighted by PRIME ** position (capped at 63),
    # also past the position table's 4096 characters
    for k in (3, 100, 5000):
        poly = sum(ord("a") * pow(int(plain_page.PRIME), min(i, 63), 1 << 64) for i in range(k))
        want = plain_page.mix(np.array([poly % (1 << 64)], dtype=np.uint64))[0]
        assert plain_page.token_hashes("a" * k + " b")[0] == want


def test_title_test_with_a_known_word_count_agrees():
    for t in _texts(dev=False):
        for b in split_blocks(t):
            n = len(re.findall(r"\w+", b.text))
            assert _title_like(b.text, n) == _title_like(b.text)


def test_segments_map_the_body_back_to_the_raw_text():
    """One raw line a block (the fast path) and hard-wrapped paragraphs (several pieces)."""
    wrapped = ("HARBOUR GAZETTE\n\n" + "\n".join(
        ["The council voted on Tuesday to extend the ferry timetable into the winter,",
         "after a long debate about the cost of the extra crossings and who would pay",
         "for them, and the mayor said the decision was overdue for the islanders."] * 4)
        + "\n\nShare this\n")
    for raw in _texts(dev=False) + [wrapped]:
        a = plain.clean_plain(Article(id="x", raw=raw, kind="text"))
        assert a.segments
        for s in a.segments:
            assert a.text[s.clean:s.clean + s.length] == raw[s.raw:s.raw + s.length]


def test_batch_shift_equals_the_masked_gather():
    """`Segs.shift` (a copy, then the fill written at each page's edge) gives what gathering
    each line's neighbour on its own page, else the fill, gives: values and dtype."""
    rng = np.random.default_rng(2)
    for sizes in ([5, 0, 1, 12, 3], [1, 1], [0, 4], [3, 0, 0, 2], [1, 2, 3, 4, 5, 6, 7]):
        segs = Segs(sizes)
        for x in (rng.random(segs.n).astype(np.float32), rng.random(segs.n),
                  rng.integers(0, 40, segs.n)):
            for d in (1, -1, 2, -2, 5, -40):
                for fill in (0.0, -4.0, np.float32(-4.0), 0):
                    j = segs.idx - d
                    ok = (j >= segs.start) & (j < segs.end)
                    want = np.where(ok, x[np.clip(j, 0, segs.n - 1)], fill)
                    got = segs.shift(x, d, fill)
                    assert got.dtype == want.dtype and np.array_equal(got, want)


def test_lines_holding_a_character_placed_from_its_positions():
    """`plain_fast_rules._holding` (positions in the joined batch, placed by line starts)
    flags exactly the lines holding the character, also past its line-by-line threshold;
    and a page knows whether it holds a code point beyond the BMP (`may_drop` reads it)."""
    from newsdesk.clean.plain_fast_rules import _holding
    texts = ["a <b> c", "", "<", "no", "two\nlines <", "\u0131stanbul <<", "end<"]
    joined = "\n".join(texts)
    lens = np.array([len(t) for t in texts])
    starts = np.cumsum(lens + 1) - lens - 1
    for ch in ("<", "\u0131", "z"):
        want = [ch in t for t in texts]
        for few in (256, 0):
            assert _holding(joined, ch, texts, starts, few).tolist() == want
    assert plain_page.page(["plain", "caf\u00e9"]).astral is False
    assert plain_page.page(["x", "emoji \U0001F600"]).astral is True
    assert plain_page.page([]).astral is False


def test_cycle_collector_paused_only_while_cleaning():
    """`no_cycle_collection` restores the collector's state on the way out (also after an
    error), and leaves it off when the caller had turned it off."""
    import gc

    from newsdesk.clean.plain_fast import no_cycle_collection
    was = gc.isenabled()
    try:
        gc.enable()
        with no_cycle_collection():
            assert not gc.isenabled()
        assert gc.isenabled()
        try:
            with no_cycle_collection():
                raise ValueError
        except ValueError:
            pass
        assert gc.isenabled()
        gc.disable()
        with no_cycle_collection():
            pass
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
