"""Consent dialogs and repeated blocks (html_furniture.py), on pages we write and on real
WCXB dev pages."""
from __future__ import annotations

import re

from newsdesk.clean import article_from_raw, clean_article
from newsdesk.clean.html_blocks import parse, segment
from newsdesk.clean.html_furniture import dedup_blocks, drop_consent, grid_repeats
from newsdesk.model import RawDoc
from tests.conftest import clean_wcxb_dev

BODY = ("<p>The Valmora river rose two metres overnight and the council opened three shelters "
        "in the old market hall, the school on Weir Street and the sports centre.</p>"
        "<p>Volunteers filled sandbags until dawn while engineers checked the eastern levee, "
        "which had leaked during the storms of last spring.</p>")
CONSENT = ('<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk"><p>We and our partners '
           'store and access information on your device, such as cookies, to personalise '
           'content and ads and to measure how our site is used.</p><button>I Accept</button>'
           '</div></div>')


def _clean(html: str):
    return clean_article(article_from_raw(RawDoc(id="t", path="t.html", kind="html",
                                                 content=html)))


def _page(body: str, body_attrs: str = "") -> str:
    return (f"<html><head><title>Shelters open</title></head><body {body_attrs}><nav><a href=/>"
            f"Home</a></nav><main>{body}</main><footer>Contact us</footer></body></html>")


def test_consent_dialog_is_dropped_from_the_tree():
    root = parse(_page(BODY + CONSENT + "<p>tail text stays</p>"))
    assert drop_consent(root) == 1
    text = " ".join(root.itertext())
    assert "partners" not in text and "I Accept" not in text
    assert "Volunteers filled sandbags" in text and "tail text stays" in text


def test_consent_state_class_on_body_or_a_page_wrapper_is_not_a_dialog():
    root = parse(_page(BODY, 'class="page cookie-consent-active"'))
    assert drop_consent(root) == 0
    root = parse(_page(f'<div class="cookie-banner-visible">{BODY}</div>'))
    assert drop_consent(root) == 0          # holds most of the page: a state flag, not a dialog
    assert "Volunteers filled sandbags" in " ".join(root.itertext())


def test_consent_text_not_in_cleaned_page():
    art = _clean(_page(BODY + CONSENT))
    assert "Volunteers filled sandbags" in art.text
    assert "personalise content" not in art.text


def test_dedup_keeps_first_copy_in_order():
    blocks = ["Menu", "Shelters open in the market hall.", "menu", "Weir Street school",
              "Shelters open in the market hall!"]
    assert dedup_blocks(blocks) == ["Menu", "Shelters open in the market hall.",
                                    "Weir Street school"]


# ------------------------------------------------------------------ real pages (WCXB dev)
def test_real_forum_page_loses_its_consent_centre():
    art = clean_wcxb_dev("0543")
    assert art.text
    for junk in ("Privacy Preference Center", "Manage Consent Preferences",
                 "These technologies are necessary for the website to function"):
        assert junk not in art.text, junk


def test_real_forum_page_keeps_each_post_once():
    art = clean_wcxb_dev("2081")
    words = " ".join(re.findall(r"\w+", art.text.lower()))
    assert words.count("i come from the czech republic") == 1


def test_grid_repeats_keep_every_card_but_not_a_menu_copy():
    cards = "".join(f'<div class="card"><h3>Mug {i}</h3><p>In stock</p></div>' for i in range(5))
    html = (f'<html><body><nav><p>Shop menu</p></nav><div class="grid">{cards}</div>'
            f'<footer><div><p>Shop menu</p></div></footer></body></html>')
    page = segment(parse(html))
    grid = grid_repeats(page.blocks)
    assert grid == {"in stock"}
    kept = dedup_blocks([b.text for b in page.blocks], grid)
    assert kept.count("In stock") == 5 and kept.count("Shop menu") == 1
