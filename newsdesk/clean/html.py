"""HTML page -> article body and metadata: trafilatura where it is strong, our trained block
classifier where it is not.

Measured on WCXB dev: trafilatura's heuristics suit single-article pages but drop much of
the body of listing, product, service and forum pages. So we parse the page once with lxml,
cut it into text blocks with layout features (`html_blocks.py`) and score every block with a
gradient-boosted tree ensemble trained on WCXB dev (`scripts/train_html.py`, evaluated here
with numpy so cleaning needs no sklearn). Off article pages a second ensemble also sees how
much of each block trafilatura's first pass kept (`html_stack.py`) and learns where to follow
trafilatura and where to overrule it; on pages that declare an article it did worse than the
layout-only model, so those keep it (WCXB dev, two-fold out-of-fold, whole routing: layout
only 0.8473, stacked everywhere 0.8488, stacked off articles 0.8496). Routing (on WCXB dev):
- the page declares itself an article (og:type, schema.org, article:published_time):
  trafilatura fed our parsed tree and without its readability/justext fallbacks (`fast`: they
  cost most of its time); only when that keeps under 15% of the page's words is the full
  cascade run (measured in characters, cheaper than words). favor_precision only for news
  stories (`news_story`: a schema.org News type, or og:type article + published time + a
  newsroom sign): on the other dev pages that declare an article (forums, docs, listings,
  blogs) it loses.
  A stub (< 200 words and < 20% of what our classifier is sure of) gives way to our blocks;
- any other page: our blocks, unless trafilatura's default extraction is about as long
  (>= 90%), which on dev marks pages where both agree and trafilatura is cleaner; its
  furniture paragraphs are then cut by a paragraph model (`html_post.py`).
- a bare snippet (no <html>/<body>, or <= 3 blocks) with nothing found keeps all its text.
Whenever trafilatura's text is kept, `html_post.tidy` then cuts a repeated headline, inline
promos, lone furniture lines, edge date lines and end-of-article sections (WCXB dev 0.8679 ->
0.8693, its news stories 0.9672 -> 0.9720), and `html_heads` puts back in-body subheads it
dropped (dev +0.0006).
Off article pages (`html_furniture.py`) consent-manager dialogs are dropped from the tree
before either extractor runs, and our blocks' output keeps each repeated block once (WCXB dev,
whole routing with the shipped models: 0.8703 -> 0.8742; forum 0.788 -> 0.815, product
0.652 -> 0.668, listing 0.731 -> 0.742, collection 0.729 -> 0.726; AEB: two pages change, both up).
Metadata comes from meta tags / JSON-LD (`html_meta.py`); container metadata wins. After it,
`prune` drops scripts, styles and inline SVG from the tree, which both extractors then share.
"""
from __future__ import annotations

import logging
import re
from itertools import islice
from pathlib import Path

import numpy as np

from ..model import Article
from . import cleaner
from .html_blocks import features, page_title, parse, segment
from .html_meta import declares_article, extract_meta, news_story
from .html_furniture import dedup_blocks, drop_consent, grid_repeats
from .html_heads import restore_heads
from .html_post import tidy, trim
from .html_stack import traf_features
from .plain_fast_jit import kernel

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "html_blocks.npz"   # layout only
STACK_PATH = MODEL_PATH.with_name("html_blocks_stack.npz")   # + trafilatura columns
THRESHOLD = 0.3          # P(body) to keep a block (WCXB dev)
SURE = 0.5               # "sure" blocks, to judge whether trafilatura returned a stub
ARTICLE_MIN_WORDS = 200  # trafilatura's article output this long is taken as is
STUB_SHARE = 0.2         # ... shorter and below this share of our sure blocks: a stub
AGREE_SHARE = 0.9        # non-article page: trafilatura's output this long vs ours wins
FAST = True              # article pages: trafilatura without its own fallback extractors ...
ESCALATE_SHARE = 0.15    # ... unless that keeps under this share of the page's text (WCXB dev)
ARTICLE_PRECISION = True   # favor_precision on news stories (news_story) only
POST_TRIM = True         # non-article pages: furniture paragraphs cut from trafilatura's text
TIDY = True              # any page: promo lines and end sections cut from its text (html_post)
HEADS = True             # ... and in-body subheads it dropped put back (html_heads)
CONSENT = True           # non-article pages: consent-manager dialogs dropped (html_furniture)
DEDUP = True             # ... and our blocks' output without repeated blocks
GRID = True              # ... except those repeated once per card of a grid (html_furniture)
_MODELS: dict = {}
WORD = re.compile(r"\w+")


def _load(path: Path = MODEL_PATH) -> dict:
    """The tree ensemble as flat node arrays (tree i's nodes start at offset[i]), so all
    trees walk at once with 1-D takes."""
    if path not in _MODELS:
        z = np.load(path)
        n = int(z["ntrees"][0])
        trees = [z[f"t{i}"] for i in range(n)]
        offset = np.cumsum([0] + [t.shape[1] for t in trees[:-1]]).astype(np.int64)
        flat = np.concatenate(trees, axis=1)
        shift = np.concatenate([np.full(t.shape[1], o) for t, o in zip(trees, offset)])
        leaf = flat[5] > 0.5
        _MODELS[path] = {"feat": np.where(leaf, 0, flat[0]).astype(np.int64), "thr": flat[1],
                         "left": np.where(leaf, 0, flat[2] + shift).astype(np.int64),
                         "right": np.where(leaf, 0, flat[3] + shift).astype(np.int64),
                         "value": flat[4], "leaf": leaf, "miss_left": flat[6] > 0.5,
                         "base": float(z["baseline"][0]), "offset": offset}
    return _MODELS[path]


def warm() -> None:
    """Load everything the HTML path loads lazily (our two block ensembles and their compiled
    walk, trafilatura's justext stoplists), so a server's first pages and a timed benchmark
    do not pay for it."""
    from trafilatura import external
    for path in (MODEL_PATH, STACK_PATH):
        m = _load(path)
        width = int(m["feat"].max()) + 1
        predict([[0.0] * width], path)        # compiles (or loads) the tree-walk kernel
    if getattr(external, "JT_STOPLIST", None) is None:
        external.jt_stoplist_init()
    try:                                    # justext lower-cases that list into a set once
        from justext.core import define_stoplist
        define_stoplist(external.JT_STOPLIST)
    except (ImportError, TypeError):
        pass


def predict(rows: list[list[float]], path: Path = MODEL_PATH) -> np.ndarray:
    """P(body) per block from the exported ensemble (sklearn's rule: x <= threshold goes
    left, NaN follows missing_go_to_left). Only (tree, row) pairs not yet at a leaf are
    walked on, so the cost follows the real path lengths, not the deepest tree."""
    m = _load(path)
    X = np.asarray(rows, dtype=np.float64)
    nrows, nfeat = X.shape
    ntrees = len(m["offset"])
    walk = kernel("walk_nodes")
    if walk is not None:                    # compiled: the same leaves (plain_fast_jit)
        node = np.empty(ntrees * nrows, dtype=np.int64)
        walk(X, m["feat"], m["thr"], m["left"], m["right"], m["leaf"], m["miss_left"],
             m["offset"], node)
        return _leaf_sum(m, node, ntrees, nrows)
    flatx = X.ravel()
    node = np.repeat(m["offset"], nrows)                  # [tree * nrows + row]
    rowbase = np.tile(np.arange(nrows) * nfeat, ntrees)
    active = np.arange(node.size)
    for _ in range(256):
        cur = node[active]
        live = ~m["leaf"][cur]
        if not live.all():
            active, cur = active[live], cur[live]
        if not active.size:
            break
        x = flatx[rowbase[active] + m["feat"][cur]]
        go_left = np.where(np.isnan(x), m["miss_left"][cur], x <= m["thr"][cur])
        node[active] = np.where(go_left, m["left"][cur], m["right"][cur])
    return _leaf_sum(m, node, ntrees, nrows)


def _leaf_sum(m: dict, node: np.ndarray, ntrees: int, nrows: int) -> np.ndarray:
    """P(body) from the leaves reached (node[tree * nrows + row])."""
    raw = m["base"] + m["value"][node].reshape(ntrees, nrows).sum(axis=0)
    return 1.0 / (1.0 + np.exp(-raw))


def _norm(s: str) -> str:
    return " ".join(WORD.findall(s.lower()))


def body_blocks(page, probs: np.ndarray, title: str | None, threshold: float) -> list[str]:
    """Blocks kept as body, minus a headline repeated above the body."""
    kept = [b.text for b, p in zip(page.blocks, probs) if p >= threshold]
    if title and kept:
        t = _norm(title)
        while kept and _norm(kept[0]) == t:
            kept.pop(0)
    return kept


def _words(text: str) -> int:
    return len(WORD.findall(text))


def _has_words(text: str, n: int) -> bool:
    """_words(text) >= n, reading only as far as the n-th word (article bodies run to
    thousands of words; the routing asks about the first 200)."""
    return next(islice(WORD.finditer(text), n - 1, None), None) is not None


DEAD = ("style", "noscript", "svg", "template", "x-dead")


def prune(root) -> None:
    """Drop in place the subtrees no extractor reads (styles, inline SVG, non-JSON-LD scripts),
    keeping their tails. Both trafilatura (which copies the tree and runs its XPaths over every
    element) and our walk then see a smaller tree: on news pages a quarter of trafilatura's time
    with identical output. JSON-LD stays: metadata and trafilatura's baseline read it."""
    from lxml import etree
    for el in root.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json":
            el.tag = "x-dead"
    etree.strip_elements(root, *DEAD, with_tail=False)


def page_chars(root) -> int:
    """Characters of page text with whitespace collapsed (after `prune`, so no script text),
    less the <title>: one C-level XPath call."""
    try:
        total = int(root.xpath("string-length(normalize-space(.))"))
        for el in root.iter("title", "script"):
            total -= len(" ".join((el.text or "").split())) + 1
    except Exception:  # noqa: BLE001
        return 0
    return max(0, total)


def trafilatura_text(root, url: str | None, precision: bool, fast: bool = False,
                     html: str | None = None) -> str:
    """trafilatura's body ("" when it finds none or fails), paragraphs as blank-line blocks.
    It gets our parsed tree (it works on a copy) and runs without its readability/justext
    fallbacks (`fast`): our block model is the fallback, and on WCXB dev those fallbacks cost
    most of the time for no gain."""
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        from .html_fast import extract   # trafilatura.extract's text for less CPU
        out = extract(root, html, url, precision, fast) or ""
    except Exception:  # noqa: BLE001  (a third-party failure must not stop cleaning)
        return ""
    return "\n\n".join(ln.strip() for ln in out.splitlines() if ln.strip())


FRAGMENT_BLOCKS = 3      # a tagless snippet or a page of at most this many blocks


def _fragment(html: str, page) -> bool:
    """A snippet rather than a page: no <html>/<body> element written, or hardly any blocks."""
    head = html[:4096].lower()
    return ("<html" not in head and "<body" not in head) or len(page.blocks) <= FRAGMENT_BLOCKS


def first_pass(root, url: str | None, html: str | None = None) -> tuple[str, bool, bool, int]:
    """trafilatura's body as routed (module docstring) with the page signals it was chosen
    by: (text, declares an article, declares news, page characters; 0 off article pages).
    Training (`scripts/train_html.py`) calls this too, so the stacking features match."""
    is_article = declares_article(root)
    precise = is_article and ARTICLE_PRECISION and news_story(root, url)
    traf = trafilatura_text(root, url, precision=precise, fast=is_article and FAST, html=html)
    pc = page_chars(root) if is_article else 0
    if is_article and FAST and _chars(traf) < ESCALATE_SHARE * pc:
        # the fast pass kept a sliver of the page: on dev its fallbacks then usually rescue it
        traf = trafilatura_text(root, url, precision=precise, fast=False, html=html)
    return traf, is_article, precise, pc


def _chars(text: str) -> int:
    return len(" ".join(text.split()))


def block_rows(page, traf: str, is_article: bool, precise: bool) -> list[list[float]]:
    """Layout features of every block plus what trafilatura kept of it (`html_stack`)."""
    rows = features(page)
    if not rows:
        return rows
    extra = traf_features([b.text for b in page.blocks], [b.words for b in page.blocks], traf,
                          is_article, precise)
    return [r + e for r, e in zip(rows, extra)]


def _tidy(text: str, title: str | None, root=None) -> str:
    text = tidy(text, title) if TIDY else text
    return restore_heads(text, root) if HEADS else text


def extract_body(html: str, root, url: str | None, title: str | None) -> tuple[str, str]:
    """(body, which extractor gave it) following the routing in the module docstring.
    The page is only segmented when our classifier is needed (it is the costly part)."""
    traf, is_article, precise, pc = first_pass(root, url, html)
    # holding STUB_SHARE of the whole page's text it holds at least that share of what our
    # blocks could be sure of, so the stub test below would keep it: skip segmenting
    if is_article and WORD.search(traf) and (_has_words(traf, ARTICLE_MIN_WORDS)
                                             or len(" ".join(traf.split())) >= STUB_SHARE * pc):
        return _tidy(traf, title, root), "trafilatura"
    tw = _words(traf)
    page = segment(root)
    if is_article:
        rows, model = features(page), MODEL_PATH
    else:
        rows, model = block_rows(page, traf, is_article, precise), STACK_PATH
    probs = predict(rows, model) if rows else np.zeros(0)
    kept = body_blocks(page, probs, title, THRESHOLD)
    ours = "\n\n".join(kept)
    if not ours and not traf and _fragment(html, page):
        # a bare snippet (RSS summary, a JSONL html field) has no furniture to drop: all of it
        # is the text, though the page model finds a lone short paragraph unlike a body
        return "\n\n".join(b.text for b in page.blocks), "fragment"
    if is_article:
        sure = _words("\n\n".join(body_blocks(page, probs, title, SURE)))
        return (_tidy(traf, title, root), "trafilatura") if tw >= STUB_SHARE * sure else (ours, "blocks")
    if traf and tw >= AGREE_SHARE * _words(ours):
        return _tidy(trim(traf, False, False) if POST_TRIM else traf, title, root), "trafilatura"
    # repeated blocks (menus and widgets rendered once per layout, quoted posts) are kept by
    # the model every time; deduped only here, after the length comparison above, which the
    # copies help (WCXB dev, non-article pages, out-of-fold: 599.8 -> 605.3 summed F1)
    if not DEDUP:
        return ours, "blocks"
    grid = (grid_repeats([b for b, p in zip(page.blocks, probs) if p >= THRESHOLD])
            if GRID else set())
    return "\n\n".join(dedup_blocks(kept, grid)), "blocks"


@cleaner("html")
def clean_html(art: Article) -> Article:
    try:
        root = parse(art.raw)
        if root is None:
            art.text = ""
            art.notes.append("html: nothing parseable in the page")
            return art
        meta = extract_meta(root, art.url, page_title(root))
        prune(root)
        if CONSENT and not declares_article(root):
            drop_consent(root)
        art.text, how = extract_body(art.raw, root, art.url, meta["title"])
        art.layers["html_extractor"] = how
    except Exception as exc:  # noqa: BLE001  (bad input never stops a run: note it, go on)
        art.text = ""
        art.notes.append(f"html: extraction failed ({type(exc).__name__}: {exc})")
        return art
    if not art.text:
        art.notes.append("html: no body text found")
    art.title = art.title or meta["title"]
    art.outlet = art.outlet or meta["outlet"]
    art.published = art.published or meta["published"]
    art.author = art.author or meta["author"]
    return art
