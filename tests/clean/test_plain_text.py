"""The plain cleaner's text model (`plain_text`): it reads a line with its neighbours, gives a
batch of pages exactly what each page gets alone, and, installed into the cleaner with the
v2 trees, keeps the body of real and example pages while dropping their furniture."""
from __future__ import annotations

import json
import re
from collections import Counter

import numpy as np
import pytest

from newsdesk.clean import clean_article, plain, plain_page, plain_text
from newsdesk.clean.lines import split_blocks
from newsdesk.model import Article
from tests.conftest import FIXTURES, shared_path

EXAMPLE = FIXTURES / "plain_harbor_gazette.txt"


@pytest.fixture
def v2():
    """The cleaner with plain_model_v2 + plain_text installed, restored afterwards."""
    plain_text.install()
    yield
    plain_text.uninstall()


def lines_of(path) -> list[str]:
    return [b.text for b in split_blocks(path.read_text("utf8"))]


def test_batch_of_pages_equals_each_page_alone():
    from newsdesk.clean.plain_fast import Segs
    pages = [lines_of(EXAMPLE)] + [lines_of(p) for p in sorted(shared_path("seeds").glob("*.txt"))]
    tm = plain_text.load_text()
    alone = [plain_text.text_scores(plain_page.page(ls), tm["w"], tm["bias"]) for ls in pages]
    pg, _ = plain_page.concat_pages(pages)
    segs = Segs([len(ls) for ls in pages])
    joint = plain_text.text_scores(pg, tm["w"], tm["bias"], segs)
    assert np.array_equal(np.concatenate(alone), joint)
    s = np.linspace(-2, 2, len(joint)).astype(np.float32)
    ctx = [plain_text.text_context(t, s[a:b]) for t, (a, b) in zip(alone, segs.spans)]
    assert np.array_equal(np.vstack(ctx), plain_text.text_context(joint, s, segs))


def test_text_model_scores_body_above_furniture_in_context():
    """Body paragraphs outscore navigation, share and related-story lines and the footer
    (photo credits are left to the trees and the credit rule: see the v2 cleaner test)."""
    lines = lines_of(EXAMPLE)
    tm = plain_text.load_text()
    t = dict(zip(lines, plain_text.text_scores(plain_page.page(lines), tm["w"], tm["bias"])))
    body = [ln for ln in lines if ln.startswith(("VARSBY", "At least 12", "Army engineers",
                                                  "The regional government"))]
    junk = ["Subscribe", "Share this article", "Related stories",
            "Varsby mayor resigns over budget row",
            "\u00a9 2026 Harbor Gazette. All rights reserved."]
    assert len(body) == 4
    assert min(t[b] for b in body) > max(t[j] for j in junk)


def test_neighbours_change_a_line_score():
    """The same caption-like sentence reads differently under "Photo:" than between
    paragraphs: the model sees the lines around it."""
    tm = plain_text.load_text()
    para = ("Officials said the water had reached the first floor of most houses in the lower "
            "town, and that boats were still ferrying families to the school on the hill.")
    line = "Rescue boats wait on the edge of the flooded market square."
    a = plain_text.text_scores(plain_page.page([para, line, para]), tm["w"], tm["bias"])
    b = plain_text.text_scores(plain_page.page([para, line, "Photo: Jonas Pell / Reuters"]),
                               tm["w"], tm["bias"])
    assert a[1] > b[1]


def test_v2_cleaner_on_example_page(v2):
    art = clean_article(Article(id="ex", raw=EXAMPLE.read_text("utf8"), kind="text"))
    assert art.text.startswith("VARSBY \u2014 Floodwaters cut off")
    for kept in ("Army engineers began building", "more rain was expected on Wednesday"):
        assert kept in art.text
    for junk in ("Advertisement", "Share this article", "Related stories", "All rights reserved",
                 "Subscribe", "Read more", "Published:", "Jonas Pell", "Rescue boats wait"):
        assert junk not in art.text, junk


def test_v2_cleaner_seeds_f1_against_gold(v2):
    gold = json.loads(shared_path("eval", "seeds.gold.json").read_text("utf8"))
    tok = re.compile(r"\w+")
    tp = pred = ref = 0
    for g in gold["articles"]:
        raw = shared_path("seeds", g["id"] + ".txt").read_text("utf8")
        art = clean_article(Article(id=g["id"], raw=raw, kind="text"))
        a, b = Counter(tok.findall(g["text"].lower())), Counter(tok.findall(art.text.lower()))
        tp, pred, ref = tp + sum((a & b).values()), pred + sum(b.values()), ref + sum(a.values())
    assert 2 * tp / (pred + ref) >= 0.96


def test_install_is_undone():
    before = plain.load_model()
    plain_text.install()
    assert plain._MODEL is not None and plain._MODEL is not before
    plain_text.uninstall()
    assert plain._MODEL is before


def test_model_files_stay_small():
    for name in (plain_text.TEXT_FILE, plain_text.MODEL_FILE):
        assert (plain_text.DATA / name).stat().st_size < 3_000_000, name
