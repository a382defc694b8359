"""html_fast must be trafilatura's fast extraction, not an approximation of it: the same
elements selected by every compiled XPath, the same text out, on real pages."""
from __future__ import annotations

import copy
import json

import pytest
from lxml import etree

from newsdesk.clean import html_fast as F
from newsdesk.clean.html import prune
from newsdesk.clean.html_blocks import parse
from newsdesk.read.decode import decode_bytes, read_capped
from tests.conftest import FIXTURES, shared_path

pytestmark = pytest.mark.skipif(not F.AVAILABLE, reason="trafilatura is not 2.3.1")
RE_NS = {"re": "http://exslt.org/regular-expressions"}


def _html(p) -> str:
    return decode_bytes(read_capped(p, 50_000_000), str(p), html=True)[0]


def _pages(n: int = 8) -> list[tuple[str, str | None]]:
    """(html, url): our fixture, AEB news pages and WCXB dev pages of every kind."""
    out = [((FIXTURES / "html_article.html").read_text("utf8"), None)]
    aeb = shared_path("bench", "aeb")
    truth = json.loads((aeb / "ground-truth.json").read_text("utf8"))
    for i in sorted(truth)[:n]:
        out.append((_html(aeb / "html" / f"{i}.html.gz"), truth[i].get("url")))
    for p in sorted(shared_path("bench", "wcxb", "dev", "html").glob("*.html.gz"))[:n]:
        out.append((_html(p), None))
    return out


def _trees(pages):
    """Each page as we hand it to trafilatura, and as trafilatura's cleaning leaves it."""
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning
    opts = F._options(True, None)
    for html, _url in pages:
        root = parse(html)
        prune(root)
        yield root
        yield convert_tags(tree_cleaning(copy.copy(root), opts), opts, None)


def _same(a, b) -> bool:
    a, b = list(a), list(b)
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))


def test_compiled_selectors_select_what_the_xpaths_select():
    """Every selector lent to trafilatura, and every other expression that compiles. Those
    lent to BODY_XPATH, which trafilatura reads only for a first match, give that match."""
    from trafilatura import xpaths
    pairs = [(x, py, lst is xpaths.BODY_XPATH) for lst, _i, x, py in F._swaps()]
    assert len(pairs) >= 10          # the body, boilerplate and comment expressions
    for name in ("RAW_TREE_PRUNE_XPATH", "COMMENTS_XPATH"):
        for x in getattr(xpaths, name):
            py = F.compile_xpath(x.path)
            if py is not None:
                pairs.append((x, py, False))
    for tree in _trees(_pages(4)):
        for xp, py, first in pairs:
            want = xp(tree)
            assert _same(want[:1] if first else want, py(tree)), str(py)
    assert all(isinstance(x, etree.XPath) for x in xpaths.OVERALL_DISCARD_XPATH)  # lent back


def test_union_attribute_is_the_first_written():
    """re:test(@id|@class, ...) reads the attribute written first, as libxml2 does."""
    path = ".//*[self::div][re:test(@id|@class, 'cookie')]"
    py, xp = F.compile_xpath(path), etree.XPath(path, namespaces=RE_NS)
    for html in ('<div id="cookie-bar" class="x">a</div>', '<div class="x" id="cookie-bar">a</div>',
                 '<div class="cookie">a</div>', '<div>a</div>'):
        root = parse(f"<html><body>{html}</body></html>")
        assert _same(xp(root), py(root)), html
    root = parse('<html><body><div class="x" id="cookie-bar">a</div></body></html>')
    assert py(root) == []


def test_other_shapes_stay_with_lxml():
    assert F.compile_xpath("(.//article)[1]") is None
    assert F.compile_xpath(".//*[self::div][not(.//h1)]") is None
    assert F.compile_xpath("(.//*[self::div][starts-with(@id, 'main')])[1]|(.//main)[1]") is None
    assert F.compile_xpath(".//*[self::div][contains(@class, 'a') and @id]") is None


def test_comment_sections_as_trafilatura_selects_them():
    from trafilatura.xpaths import REMOVE_COMMENTS_AND_LISTS_XPATH, REMOVE_COMMENTS_XPATH
    html = ("<html><body><div id='main'><p>Body text here.</p>"
            "<ul class='comment-list'><li>first</li></ul><ol id='commentary'><li>x</li></ol>"
            "<section id='comments'><p>Nice!</p></section><div class='commentary'>kept</div>"
            "<div class='post-comments wide'>gone</div><ul id='disqus_thread'><li>y</li></ul>"
            "<ol id='comol-3'><li>z</li></ol><details class='Comments'>w</details>"
            "</div></body></html>")
    root = parse(html)
    for lists, xp in ((True, REMOVE_COMMENTS_AND_LISTS_XPATH[0]),
                      (False, REMOVE_COMMENTS_XPATH[0])):
        want = xp(root)
        assert want and _same(want, F.CommentSections(xp.path, lists)(root))


def test_fast_extract_is_trafilatura_extract():
    import trafilatura
    pages = _pages(4)
    for html, url in pages:
        root = parse(html)
        prune(root)
        for precision in (True, False):
            want = trafilatura.extract(root, url=url, fast=True, favor_precision=precision,
                                       include_comments=False, include_tables=True)
            assert F.fast_extract(root, html, url, precision) == want
            assert F.fast_extract(root, None, url, precision) == want   # no source gates


def test_escalation_bound_never_decides_wrongly():
    from trafilatura import core
    for tree in list(_trees(_pages(3)))[::2]:
        full = len(core.html2txt(tree))
        for n in (250, 1000, 2999):
            assert F.escalation_possible(tree, n) == (n < core.ESCALATION_PAGE_SHARE * full)
