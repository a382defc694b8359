"""Scraped plain text -> article body + metadata, with our trained line classifier.

No library cleans text already flattened (a scrape with nav, captions, promos, related
headlines), so we classify its lines. The model (`scripts/train_plain.py`, WCXB dev only) has
three stages, evaluated with numpy over the whole page at once (`plain_page.py`; no per-line
Python in the model path, no sklearn at run time):
1. a word model: logistic regression over hashed words, in-line bigrams and first/last-word
   markers (2**18 weights), scoring each line's vocabulary;
2. a gradient-boosted tree ensemble on surface features (`lines.py`) plus the word scores of
   the line and its neighbours and a few prose-like-furniture cues (`plain_extra.py`:
   ellipsis-cut teasers, text addressed to the reader, author bios; `plain_teasers.py`:
   the local structure of teaser lists and comment threads);
3. a smoothing ensemble over stage-2 probabilities in windows around each line, since the
   body is mostly one contiguous run, and over where the line lies relative to the page's
   main run of likely body (`plain_runs.py`).
Then explicit rules that hold on any outlet (furniture, credits, bylines, the headline,
outlet-recurring lines, what follows the article: `plain_tail`); metadata from `meta_text.py`.
`clean_texts` cleans many articles with one model pass per batch of pages (`plain_fast`),
the same output as `clean_plain` one at a time; with numba its hottest loops run compiled
(`plain_fast_jit`: the same outputs bit for bit; `warm` compiles them before the first page).
"""
from __future__ import annotations

import json
import re
from itertools import compress, islice
from pathlib import Path

import numpy as np

from ..model import Article
from . import cleaner, plain_fast, plain_fast_jit, plain_page, plain_text, plain_text_fast
from .meta_text import PUBLISHED, parse_date
from .plain_extra import NAMES as EXTRA_NAMES, extra_features
from .plain_fallback import FALLBACK_LINES, prose_fallback
from .plain_fast import Segs, export_trees  # noqa: F401  (export_trees: train_plain.py)
from .plain_fast_rules import CHROME, may_drop, segments
from .plain_fast_rules import repeated as _repeated, repeats as _repeats
from .plain_runs import NAMES as RUN_NAMES, run_features, run_features_pages
from .plain_tail import after_article
from .plain_teasers import NAMES as TEASER_NAMES, teaser_features
from .lines import (AGENCY_CREDIT, BYLINE, CREDIT, DATELINE, HARD_DROP, MARKUP, TERMINAL, WORD,
                    Block, _exact, line_features, sentence_end, split_blocks)

DATA = Path(__file__).resolve().parent.parent / "data"
RULES = {"lines", "captions", "repeats", "edges", "tail", "main_run", "title"}
DISABLED: set[str] = set()      # for ablations (scripts, benches); empty in normal use
_MODEL: dict | None = None
DIGITS = re.compile(r"\d")
# A short line that sends the reader elsewhere ("... Read more here.", "Watch our dispatch here.")
READ_MORE = re.compile(r"\b(read more|click here|read (the )?full (story|article)|"
                       r"watch (our|the|it|more)\b.{0,40}\bhere|for more on this)\b", re.I)


# ---------------------------------------------------------------- stage 1: word model
def word_scores(pg, w: np.ndarray, bias: float) -> np.ndarray:
    """Stage-1 score per line: a logistic-regression score over the line's hashed words,
    bigrams and first/last-word markers (`plain_page.word_features`), summed and divided by
    the square root of their number, all lines of the page at once."""
    rows, cols, count = plain_page.word_features(pg)
    s = np.bincount(rows, weights=w[cols], minlength=len(count))[:len(count)]
    return (bias + s / np.sqrt(np.maximum(count, 1))).astype(np.float32)


def context_scores(s: np.ndarray, segs=None) -> np.ndarray:
    """The line's word score with its neighbours' (the line read in context). `segs`
    (`plain_fast.Segs`): s holds several pages' lines; the context stays in each page."""
    if segs is None:
        segs = Segs([len(s)])
    if segs.pages == 1:
        mid = np.float32(s.mean()) if len(s) else np.float32(0.0)
        top = np.float32(s.max()) if len(s) else np.float32(0.0)
    else:
        mid = np.array([s[a:b].mean() if b > a else 0.0 for a, b in segs.spans],
                       dtype=np.float32)[segs.pid]
        top = np.array([s[a:b].max() if b > a else 0.0 for a, b in segs.spans],
                       dtype=np.float32)[segs.pid]
    w3, w10 = segs.window_means(s, (3, 10))
    return np.column_stack([s, segs.shift(s, 1, -4.0), segs.shift(s, -1, -4.0),
                            segs.shift(s, 2, -4.0), segs.shift(s, -2, -4.0),
                            w3.astype(np.float32), w10.astype(np.float32),
                            s - mid, s - top]).astype(np.float32)


def stage2_matrix(F: np.ndarray, pg, s: np.ndarray, segs=None, pages=None) -> np.ndarray:
    """Stage-2 input: surface features, word scores in context, then `plain_extra`'s and
    `plain_teasers`' (`pages`: each page's own arrays when F, pg and s hold several pages)."""
    extra = extra_features(pg, segs)                  # all pages in one pass
    return np.hstack([F, context_scores(s, segs), extra, teaser_features(F, pg, segs)])


# ---------------------------------------------------------------- stage 2/3: trees
def predict_trees(t: dict, X: np.ndarray) -> np.ndarray:
    """Probability of class 1 from an ensemble of `export_trees` (`plain_fast`: all trees
    walked at once, one depth level per step)."""
    return plain_fast.predict(t, X)


def smooth_features(p: np.ndarray, M: np.ndarray, segs=None) -> np.ndarray:
    """Stage-3 input: the line's probability, its neighbours', window means, the strongest
    body evidence before and after it, and a few of the line's own features (`segs`: as
    in `context_scores`)."""
    n = len(p)
    if not n:
        return np.zeros((0, 20 + len(RUN_NAMES) + len(TEASER_NAMES)), dtype=np.float32)
    if segs is None:
        segs = Segs([n])
    from .lines import FEATURES
    ix = [FEATURES.index(k) for k in ("logw", "term", "pos", "dup", "lex", "hard", "credit",
                                       "after_comments", "after_related")]
    at = len(FEATURES) + CONTEXT_COLS + len(EXTRA_NAMES)   # the teaser cues (`stage2_matrix`)
    ix += range(at, at + len(TEASER_NAMES))
    words = np.expm1(M[:, 0])
    runs = run_features(p, words) if segs.pages == 1 else run_features_pages(p, words, segs)
    w2, w5, w15 = segs.window_means(p, (2, 5, 15))
    return np.column_stack([
        p, segs.shift(p, 1), segs.shift(p, -1), segs.shift(p, 2), segs.shift(p, -2),
        w2.astype(np.float32), w5.astype(np.float32), w15.astype(np.float32),
        segs.max_before(p), segs.max_after(p), M[:, [len(FEATURES)] + ix],
        runs]).astype(np.float32)


CONTEXT_COLS = 9             # `context_scores` columns


# ---------------------------------------------------------------- model files
def save_model(model: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    arrays = {f"{stage}.{k}": v for stage in ("gbm", "smooth") for k, v in model[stage].items()}
    arrays["words.w"] = model["words"]["w"].astype(np.float16)
    np.savez_compressed(out / "plain_model.npz", **arrays)
    (out / "plain_words.json").write_text(json.dumps(
        {"threshold": model["threshold"], "bias": model["words"]["bias"],
         "bits": plain_page.BITS}, indent=1), "utf8")


def load_model() -> dict:
    """The shipped model: trees and word weights of `plain_model_v2.npz`, whose stage 2 and 3
    also read the text model's columns (`plain_text`). A v1 model (`save_model`, training's
    `--no-text` ablation) is set directly with `"v1": True` and runs without them."""
    global _MODEL
    if _MODEL is None:
        _MODEL = plain_text.load_model_v2()
    return _MODEL


def reset_model() -> None:
    global _MODEL
    _MODEL = None


def classify(blocks: list[Block], recurring: list[int] | None = None, pg=None,
             F: np.ndarray | None = None) -> list[bool]:
    """Keep/drop for each block, from the three model stages."""
    q = body_probability(blocks, recurring, pg, F)
    return (q >= load_model()["threshold"]).tolist()


def body_probability(blocks: list[Block], recurring: list[int] | None = None, pg=None,
                     F: np.ndarray | None = None) -> np.ndarray:
    """The stage-3 probability that each block is body."""
    if not blocks:
        return np.zeros(0, dtype=np.float32)
    if pg is None:
        pg = plain_page.page([b.text for b in blocks])
    if F is None:
        F = line_features(blocks, recurring, pg)
    return _probability(F, pg, Segs([len(blocks)]), None)


def stage2_input(F: np.ndarray, pg, segs, pages, m: dict) -> np.ndarray:
    """The stage-2 matrix of model `m`: `stage2_matrix`, then (v2) the text model's columns;
    stage 1 and the text model read the same hashed words, so `plain_text_fast` evaluates
    both in one pass (the same scores as `word_scores` and `plain_text.text_columns`, which
    stay the reference: tests/clean/test_plain_fast_speed.py compares them on real pages)."""
    if m.get("v1"):
        s = word_scores(pg, m["words"]["w"], m["words"]["bias"])
        M = stage2_matrix(F, pg, s, segs, pages)
        return M if m.get("v1") else np.hstack([M, plain_text.text_columns(pg, s, segs)])
    s, T = plain_text_fast.columns(pg, m, plain_text.load_text(), segs)
    return np.hstack([stage2_matrix(F, pg, s, segs, pages), T])


def _probability(F: np.ndarray, pg, segs, pages) -> np.ndarray:
    """Stages 1-3 over the lines of one page, or of several (`segs`, `pages`: see
    `stage2_matrix`); every tree ensemble runs once over all the lines."""
    m = load_model()
    M = stage2_input(F, pg, segs, pages, m)
    p = predict_trees(m["gbm"], M)
    S = smooth_features(p, M, segs)
    if not m.get("v1"):
        S = np.hstack([S, plain_text.smooth_columns(M)])
    return predict_trees(m["smooth"], S)


def batch_probability(pages: list[list[Block]], recurring: list,
                      joint: dict | None = None) -> tuple[list, list, list]:
    """`body_probability` of many pages at once: the pages' characters measured in one pass,
    their features and both tree ensembles computed over all their lines together (a
    page's fixed numpy cost is paid once a batch), each page's values exactly those it
    gets alone. -> (each page's `plain_page.Page`, its feature rows, its probabilities);
    `joint` receives the batch's own arrays (pg, segs, F, q, texts) for batched rules."""
    allb = [b for bl in pages for b in bl]
    texts = [b.text for b in allb]
    segs = Segs([len(bl) for bl in pages])
    pg, pgs = plain_page.concat_pages([texts[a:b] for a, b in segs.spans], texts)
    rec = None
    if any(r is not None for r in recurring):
        rec = [x for bl, r in zip(pages, recurring) for x in (r or [0] * len(bl))]
    F = line_features(allb, rec, pg, segs, flags=False, texts=texts)
    q = _probability(F, pg, segs, pgs) if allb else np.zeros(0, dtype=np.float32)
    if joint is not None:
        joint.update(pg=pg, segs=segs, F=F, q=q, texts=texts)
    return pgs, [F[a:b] for a, b in segs.spans], [q[a:b] for a, b in segs.spans]


# ---------------------------------------------------------------- the cleaner
def _rule_drop(text: str, nw: int | None = None, furniture: bool | None = None,
               credit: bool | None = None, agency: bool = True) -> bool:
    """Furniture no body states as such, whatever the model thinks. `furniture`, `credit`:
    the HARD_DROP/BYLINE and CREDIT tests when `line_features` already made them; `agency`
    False when the line holds no agency or photo word (AGENCY_CREDIT cannot match)."""
    if nw is None:
        nw = len(WORD.findall(text))
    if nw > 60:
        return False
    if furniture is None:
        furniture = nw <= 15 and bool(HARD_DROP.match(text) or BYLINE.match(text))
    if furniture:
        return True
    if text.startswith(CHROME) or "SHARE COPY LINK" in text[:20]:
        return True          # flattened photo and player chrome ("Image copyright AFP Image caption ...")
    if nw <= 25:
        if credit is None:
            credit = CREDIT.search(text) is not None
        if credit:
            return True
        low = text.lower()   # substring tests first: each regex runs only where it could match
        if ((("read" in low or "click" in low or "watch" in low or "for more" in low)
             and READ_MORE.search(text)) or ("<" in text and MARKUP.search(text))):
            return True
    return (agency and AGENCY_MARK.search(text) is not None
            and AGENCY_CREDIT.search(text) is not None)


AGENCY_MARK = re.compile(r"[,|~/(]|: ")     # AGENCY_CREDIT needs one of these


def _drop(b: Block) -> bool:
    """`_rule_drop` of a block, computed once (several rules ask)."""
    d = b.drop
    if d is None:
        d = b.drop = _rule_drop(b.text, b.nw, b.furniture, b.credit, b.agency)
    return d


def _captions(blocks: list[Block], keep: list[bool], credit: np.ndarray,
              nw: np.ndarray) -> None:
    """A block just above a photo credit, before the article has started, is the photo's
    caption ("Smoke rises from ..." / "Hassan Ammar, Associated Press"). `credit`: short
    credit lines (CREDIT or AGENCY_CREDIT at the start, <= 12 words)."""
    hits = np.flatnonzero(credit & (nw <= 6)).tolist()
    if not hits:
        return                                   # (most pages)
    n = len(blocks)
    k0 = np.array(keep, dtype=bool)
    nxt = np.append(credit[1:], False)
    starts = np.flatnonzero(k0 & (nw >= 25) & ~nxt)
    begun = starts[0] if len(starts) else n      # the article has started after this line
    for i in hits:
        if i and (i <= begun or not k0[i - 1]):
            keep[i - 1] = False


def _credit_lines(texts: list[str], credit: np.ndarray, pg) -> np.ndarray:
    """Lines of <= 12 words that are photo credits (CREDIT anywhere, AGENCY_CREDIT at the
    start), the regex run only where an agency or photo word occurs (each line on its
    own: `pg` may be a batch's joint page)."""
    short = pg.nw <= 12
    cand = short & ((pg.cls_any & plain_page.CREDIT_W) > 0) & ~credit
    return (short & credit) | _exact(AGENCY_CREDIT, texts, cand)


def _header_and_tail(blocks: list[Block], keep: list[bool], raw: str,
                     title_index: int | None) -> None:
    """Above the first body paragraph, short unpunctuated lines are headlines, kickers,
    standfirsts and video titles, not body. A text cut off mid-paragraph (no final newline)
    keeps its last fragment when the line before it is body."""
    # no body paragraph at all (listings, forums): no header to strip
    first = next((i for i, k in enumerate(keep) if k and blocks[i].nw >= 20), 0)
    for i in range(first):
        b = blocks[i]
        if keep[i] and b.nw <= 15 and not sentence_end(b.text) and not _bare_dateline(b.text) \
                and not _lead_in(b):
            keep[i] = False
    if title_index is not None and title_index + 1 < first:
        dek = blocks[title_index + 1]
        if keep[title_index + 1] and dek.nw <= 35 and not sentence_end(dek.text):
            keep[title_index + 1] = False
    n = len(blocks)
    if n >= 2 and not raw.endswith("\n") and not keep[-1] and keep[-2]:
        last = blocks[-1]
        if not sentence_end(last.text) and not _drop(last):
            keep[-1] = True
    # the text's first or last line, when it is a prose paragraph running on into (or out
    # of) the body: excerpts often start or stop right at the article
    for i, j in ((0, 1), (n - 1, n - 2)):
        if n >= 2 and not keep[i] and keep[j] and _prose(blocks[i]):
            keep[i] = True


def _lead_in(b: Block) -> bool:
    """A clause of 10+ words ending in a colon introduces what follows (an embedded post, a
    quote: "Three days ago, the rebels took control of the city:"); headlines and kickers
    ending in one are shorter ("Live updates:", "Watch:")."""
    return b.nw >= 10 and b.text.rstrip().endswith(":")


def _bare_dateline(text: str) -> bool:
    """A dateline on a line of its own ("BAGHDAD (AP) —"), the body's first words; not a
    masthead with a tagline after its dash ("RIVERSIDE STAR — Listen live")."""
    m = DATELINE.match(text)
    return m is not None and not text[m.end():].strip()


def _prose(b: Block) -> bool:
    return (b.nw >= 15 and sentence_end(b.text) and not _drop(b)
            and not (CREDIT.search(b.text) or AGENCY_CREDIT.search(b.text)))


def _dateline_only(text: str, nw: int) -> bool:
    """A date/time line ("Published: Wednesday, Aug. 14 2013 6:27 a.m.", "April 21, 2019
    10:03 pm | Updated ...") carries metadata, not body."""
    if nw > 16:
        return False
    if PUBLISHED.match(text):
        return True
    return bool(nw <= 12 and DIGITS.search(text) and parse_date(text)
                and not text.endswith((".", '"', "\u201d")))


def _main_run(blocks: list[Block], keep: list[bool], q: np.ndarray | None = None,
              gap: int = 3) -> None:
    """The body is mostly one run: a group of kept blocks cut off from the largest group by
    `gap` or more dropped blocks survives only if it reads as prose (long, punctuated
    paragraphs; related-headline lists and teasers do not) and the model is fairly sure of
    it (mean body probability >= MAIN_RUN_Q: comments, bios and promos the model only just
    kept go)."""
    # groups of kept blocks, split where `gap`+ blocks are dropped (Python: numpy cost more)
    il = list(compress(range(len(keep)), keep))
    cut = [k for k, (a, b) in enumerate(zip(il, islice(il, 1, None)), 1) if b - a > gap]
    if not cut:
        return                  # one group (or none)
    ends = [0, *cut, len(il)]
    groups = [il[a:b] for a, b in zip(ends, ends[1:])]
    words = [[blocks[i].nw for i in g] for g in groups]
    sums = [sum(w) for w in words]
    best = max(range(len(groups)), key=lambda j: sums[j])
    if (not _prose_run([blocks[i] for i in groups[best]]) or sums[best] < 150
            or sums[best] < 0.5 * sum(sums)):
        return                  # not an article page (listing, forum...): leave it to the model
    for j, g in enumerate(groups):
        if j != best and (not _prose_run([blocks[i] for i in g])
                          or (q is not None and float(q[g].mean()) < MAIN_RUN_Q)):
            for i in g:
                keep[i] = False


MAIN_RUN_Q = 0.55


def _prose_run(run: list[Block]) -> bool:
    """Paragraphs of running prose: long on average, mostly ending like sentences."""
    term = sum(b.text.endswith(TERMINAL) for b in run) / len(run)
    return sum(b.nw for b in run) / len(run) >= 18 and term >= 0.6


def _blocks(art: Article):
    """The article's blocks, its outlet-recurring flags and a date stated before the text."""
    from . import meta_text
    from .recurring import line_hash
    start, prefix_date = meta_text.store_prefix(art.raw)
    blocks = split_blocks(art.raw, start)
    hashes = art.layers.get("boilerplate_lines") or set()
    recurring = [int(line_hash(b.text) in hashes) for b in blocks] if hashes else None
    return blocks, recurring, prefix_date


BATCH_LINES, BATCH_CHARS = 4096, 240_000   # ~25 pages: 10% faster than 1024 / 60_000
_WARM: list = []


def warm() -> None:
    """Load the model and compile (or load from disk) the numba kernels once per process,
    before the first real page (`plain_fast_jit.warm`)."""
    if not _WARM:
        _WARM.append(True)
        plain_fast_jit.warm(clean_texts)


def clean_texts(arts: list[Article]) -> list[Article]:
    """`clean_plain` of many articles, the model run once per batch of pages (about
    BATCH_LINES lines or BATCH_CHARS characters: fewer numpy calls per page, arrays still
    in the CPU's last-level cache); the same output as one at a time."""
    if not _WARM:
        warm()
    with plain_fast.no_cycle_collection():
        chunk: list[tuple] = []
        lines = chars = 0
        for art in arts:
            part = _blocks(art)
            chunk.append((art, *part))
            lines += len(part[0])
            chars += len(art.raw or "")
            if lines >= BATCH_LINES or chars >= BATCH_CHARS:
                _clean_batch(chunk)
                chunk, lines, chars = [], 0, 0
        if chunk:
            _clean_batch(chunk)
    return arts


def _clean_batch(chunk: list[tuple]) -> None:
    joint: dict = {}
    pgs, Fs, qs = batch_probability([c[1] for c in chunk], [c[2] for c in chunk], joint)
    # line tests that read only the line itself run once over the batch's joint arrays
    jpg, jF = joint["pg"], joint["F"]
    texts = joint["texts"]
    may = may_drop(jpg, jF, texts, joint["q"] >= load_model()["threshold"])   # kept lines
    credit = _credit_lines(texts, jF[:, 12] > 0, jpg) if texts else may
    dups = _repeated(jpg, joint["segs"]) if texts else [None] * len(chunk)
    for (art, blocks, recurring, prefix_date), pg, F, q, (a, b), d in zip(
            chunk, pgs, Fs, qs, joint["segs"].spans, dups):
        _finish(art, blocks, recurring, prefix_date, pg, F, q, may[a:b], credit[a:b], d)


@cleaner("text")
def clean_plain(art: Article) -> Article:
    return clean_texts([art])[0]


def _finish(art: Article, blocks: list[Block], recurring, prefix_date, pg, F: np.ndarray,
            q: np.ndarray, may: np.ndarray | None = None,
            credit: np.ndarray | None = None, dups: tuple | None = None) -> Article:
    """From body probabilities to the article: the rules, metadata, text and segments
    (`may`, `credit`, `dups`: `may_drop`, `_credit_lines` and `_repeated` of the page, when
    the batch computed them)."""
    from . import meta_text
    kept = q >= load_model()["threshold"]
    keep = kept.tolist()
    on = RULES - DISABLED
    # the line rules can only fire on lines of <= 60 words (`_rule_drop`, `_dateline_only`)
    if "lines" in on:
        if may is None:
            may = may_drop(pg, F, [b.text for b in blocks])
        ask = kept & (pg.nw <= 60) & may
    else:
        ask = kept & False
    if recurring:
        ask |= kept & (np.asarray(recurring) > 0)
    idx = np.flatnonzero(ask)
    # the flags `line_features` leaves unset in a batch, on the lines asked about
    furn = ((F[idx, 16] > 0) | (F[idx, 11] > 0)).tolist()
    agency = ((pg.cls_any[idx] & plain_page.CREDIT_W) > 0).tolist()
    for i, fu, cr, ag in zip(idx.tolist(), furn, (F[idx, 12] > 0).tolist(), agency):
        b = blocks[i]
        b.furniture, b.credit, b.agency = fu, cr, ag
    for i in idx.tolist():
        b = blocks[i]
        if (("lines" in on and (_drop(b) or _dateline_only(b.text, b.nw)))
                or (recurring and recurring[i])):
            keep[i] = False
    if "captions" in on and blocks:
        if credit is None:
            credit = _credit_lines([b.text for b in blocks], F[:, 12] > 0, pg)
        _captions(blocks, keep, credit, pg.nw)
    meta = meta_text.extract(blocks, keep, art.raw, recurring, pg)
    if "repeats" in on:
        _repeats(blocks, keep, meta.get("title_index"), pg, dups)
    if "edges" in on:
        _header_and_tail(blocks, keep, art.raw, meta.get("title_index"))
    if "tail" in on:
        prefix_date = after_article(blocks, keep, meta, pg, prefix_date)
    if "main_run" in on:
        _main_run(blocks, keep, q)
    if prefix_date and not meta.get("published"):
        meta["published"] = prefix_date
    if meta.get("title_index") is not None and "title" in on:
        keep[meta["title_index"]] = False
    if not any(keep) and 2 <= len(blocks) <= FALLBACK_LINES:
        prose_fallback(blocks, keep, meta.get("title_index"))
    kept = list(compress(blocks, keep))
    parts = [b.text for b in kept]
    segs = segments(kept)
    art.text = "\n\n".join(parts)
    art.segments = segs
    for k in ("title", "author", "published", "outlet"):
        if meta.get(k) and not getattr(art, k):
            setattr(art, k, meta[k])
    return art
