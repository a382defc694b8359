"""A blog post that declares og:type article and a publication time but no newsroom sign
(WCXB dev page 4106) is extracted in trafilatura's balanced mode: precision mode kept one
section of it (427 of its ~3,100 words)."""
from __future__ import annotations

import json
import re

from newsdesk.clean import article_from_raw, clean_article
from newsdesk.clean.html import first_pass, prune
from newsdesk.clean.html_blocks import parse
from newsdesk.clean.html_meta import declares_news
from newsdesk.model import RawDoc
from newsdesk.read.decode import decode_bytes, read_capped
from tests.conftest import shared_path


def _dev(pid: str) -> tuple[str, dict]:
    p = shared_path("bench", "wcxb", "dev", "html", f"{pid}.html.gz")
    gt = json.loads(shared_path("bench", "wcxb", "dev", "ground-truth", f"{pid}.json")
                    .read_text("utf8"))
    return decode_bytes(read_capped(p, 50_000_000), str(p), html=True)[0], gt


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def test_blog_post_is_not_run_in_precision_mode():
    html, gt = _dev("4106")
    root = parse(html)
    prune(root)
    assert declares_news(root)                      # og:type article + published time
    traf, is_article, precise, _pc = first_pass(root, gt.get("url"), html)
    assert is_article and not precise
    assert len(_words(traf)) > 1000


def test_blog_post_cleans_to_its_body():
    html, gt = _dev("4106")
    art = clean_article(article_from_raw(RawDoc(id="4106", path="4106.html", kind="html",
                                                content=html, url=gt.get("url"))))
    got, ref = set(_words(art.text)), _words(gt["ground_truth"]["main_content"])
    assert sum(w in got for w in ref) > 0.85 * len(ref)
