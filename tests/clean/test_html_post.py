"""Which pages get trafilatura's precision mode, and the paragraph model that cuts furniture
from trafilatura's text on pages that are not articles (examples written for these tests)."""
from __future__ import annotations

import pytest

from newsdesk.clean.html import news_story, predict
from newsdesk.clean.html_blocks import parse
from newsdesk.clean.html_post import NAMES, POST_PATH, features, trim

HEAD = """<html><head><meta property="og:type" content="article">
<meta property="article:published_time" content="2024-05-02T08:00:00Z">{extra}</head>
<body><p>Body text of the page.</p></body></html>"""


@pytest.mark.parametrize("extra,url,expected", [
    ("", "https://example.org/how-to-pick-a-tent", False),            # a blog's guide
    ('<meta property="article:section" content="World">', "https://example.org/x", True),
    ("", "https://example.org/2024/05/02/floods-hit-the-north", True),  # a newsroom's path
    ("", "https://news.example.org/floods", True),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x"}</script>',
     "https://example.org/x", True),
])
def test_news_story(extra, url, expected):
    assert news_story(parse(HEAD.format(extra=extra)), url) is expected


def test_a_page_that_declares_no_article_is_no_news_story():
    page = "<html><head><title>Shop</title></head><body><p>Tents.</p></body></html>"
    assert not news_story(parse(page), "https://news.example.org/2024/05/tents")


PRODUCT = "\n\n".join([
    "The Ridgeline 2 is a two-person backpacking tent that weighs 1.4 kg packed. Its single "
    "pole hub pitches in under three minutes, and both doors have their own vestibule, so "
    "two people can store boots and packs without climbing over each other.",
    "The fly is a 20-denier ripstop nylon with a silicone coating on both sides, and the "
    "floor is rated to a hydrostatic head of 3,000 mm, which kept our test pair dry through "
    "a night of steady rain on the Cairngorm plateau.",
    "Add to cart",
    "$349.00",
    "Free shipping on orders over $50",
    "Write a review",
    "Sign up for our newsletter",
])


def test_features_one_row_per_paragraph():
    pars = PRODUCT.split("\n\n")
    rows = features(pars, False, False)
    assert len(rows) == len(pars) and all(len(r) == len(NAMES) for r in rows)


@pytest.mark.skipif(not POST_PATH.exists(), reason="html_post.npz not built")
def test_shop_furniture_scores_below_the_description():
    pars = PRODUCT.split("\n\n")
    probs = predict(features(pars, False, False), POST_PATH)
    assert min(probs[:2]) > 0.9                       # the two description paragraphs
    assert max(probs[2:]) < min(probs[:2])            # cart, price, shipping, review, signup
    out = trim(PRODUCT, False, False)
    assert "single pole hub pitches" in out and "hydrostatic head" in out


def test_trim_leaves_a_single_paragraph_alone():
    assert trim("Add to cart", False, False) == "Add to cart"


def test_service_page_menu_cut_from_trafilatura_text():
    """WCXB dev 2832 (a platform's home page): trafilatura keeps its whole mega-menu; the
    paragraph model keeps the pitch and cuts the menu labels."""
    from tests.conftest import clean_wcxb_dev
    if not POST_PATH.exists():
        pytest.skip("html_post.npz not built")
    art = clean_wcxb_dev("2832")
    assert "Develop, test, manage, and distribute APIs and services" in art.text
    for label in ("Manage specifications", "Organize API requests", "Spec Hub"):
        assert label not in art.text
