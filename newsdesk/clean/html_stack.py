"""Stacking: what trafilatura kept, as features of our blocks.

trafilatura and our block model fail on different pages (it drops most of a listing's or a
shop's body; our model lets through short furniture next to the body), so each block is told
how much of it trafilatura kept, and so are its neighbours. The block model then learns when
to follow trafilatura and when to overrule it, instead of a page-level either/or. The same
function feeds training (`scripts/train_html.py`, WCXB dev) and cleaning (`html.py`).
"""
from __future__ import annotations

import re

WORD = re.compile(r"\w+")
NAMES = ["in_traf", "traf_share", "declares_article", "declares_news",
         "in_traf_m2", "in_traf_m1", "in_traf_p1", "in_traf_p2"]


def _toks(text: str) -> list[str]:
    return WORD.findall(text.lower())


def kept_share(block_texts: list[str], traf: str) -> list[float]:
    """Per block, the share of its word trigrams found in trafilatura's output (a block of
    under three words: 1.0 when its words occur there in a row)."""
    g = _toks(traf)
    tri = set(zip(g, g[1:], g[2:]))
    joined = " " + " ".join(g) + " "
    out = []
    for text in block_texts:
        t = _toks(text)
        if len(t) >= 3:
            out.append(sum(x in tri for x in zip(t, t[1:], t[2:])) / (len(t) - 2))
        else:
            out.append(float(bool(t) and f" {' '.join(t)} " in joined))
    return out


def traf_features(block_texts: list[str], block_words: list[int], traf: str,
                  is_article: bool, is_news: bool) -> list[list[float]]:
    """One row per block (columns in NAMES): kept share of the block and of two neighbours
    each side (-1 past the page's ends), trafilatura's output size relative to the page, and
    the page's own declaration of being an article / a news story."""
    share = kept_share(block_texts, traf)
    n = len(share)
    total = sum(block_words) or 1
    size = len(_toks(traf)) / total
    art, news = float(is_article), float(is_news)
    rows = []
    for i in range(n):
        nb = [share[j] if 0 <= j < n else -1.0 for j in (i - 2, i - 1, i + 1, i + 2)]
        rows.append([share[i], size, art, news] + nb)
    return rows
