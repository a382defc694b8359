"""Scraped plain text -> article body + metadata, with our trained line classifier.

No extraction library handles text that is already flattened (a scrape with nav, captions,
promos and related headlines still in it), so we classify its lines. The model (rebuilt by
`scripts/train_plain.py` from WCXB dev only) has three stages, all evaluated here with numpy
over the whole page at once (`plain_page.py` measures it; no per-line Python in the model
path), so that cleaning needs no sklearn at run time and stays fast:
1. a word model: logistic regression over hashed words, in-line bigrams and first/last-word
   markers (2**18 weights), scoring each line's vocabulary;
2. a gradient-boosted tree ensemble on surface features (`lines.py`) plus the word scores of
   the line and its neighbours and a few prose-like-furniture cues (`plain_extra.py`:
   ellipsis-cut teasers, text addressed to the reader, author bios);
3. a smoothing ensemble over stage-2 probabilities in windows around each line, since the
   body is mostly one contiguous run, and over where the line lies relative to the page's
   main run of likely body (`plain_runs.py`).
Then a few explicit rules that hold on any outlet (furniture phrases, credits, bylines, the
headline, outlet-recurring lines) and metadata from `meta_text.py`.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from ..model import Article, Segment
from . import cleaner, plain_page
from .meta_text import PUBLISHED, parse_date
from .plain_extra import extra_features
from .plain_runs import NAMES as RUN_NAMES, run_features
from .lines import (AGENCY_CREDIT, BYLINE, CREDIT, DATELINE, HARD_DROP, MARKUP, TERMINAL, WORD,
                    Block, _exact, _window_mean, line_features, sentence_end, split_blocks)

DATA = Path(__file__).resolve().parent.parent / "data"
RULES = {"lines", "captions", "repeats", "edges", "main_run", "title"}
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


def context_scores(s: np.ndarray) -> np.ndarray:
    """The line's word score with its neighbours' (the line read in context)."""
    n = len(s)
    mid = float(s.mean()) if n else 0.0
    top = float(s.max()) if n else 0.0
    pad = np.concatenate([[-4.0, -4.0], s, [-4.0, -4.0]]).astype(np.float32)
    win = np.column_stack([_window_mean(s, 3), _window_mean(s, 10)])
    return np.column_stack([s, pad[1:n + 1], pad[3:n + 3], pad[0:n], pad[4:n + 4], win,
                            s - mid, s - top]).astype(np.float32)


def stage2_matrix(F: np.ndarray, pg, s: np.ndarray) -> np.ndarray:
    """Stage-2 input: surface features, word scores in context, then `plain_extra`'s."""
    return np.hstack([F, context_scores(s), extra_features(pg)])


def line_weights(lines: list[str]) -> np.ndarray:
    """Training weight of a line: its words, damped, normalised per page (every page counts
    about the same, as in the WCXB per-page average)."""
    n = np.array([len(WORD.findall(t)) for t in lines], dtype=np.float32)
    w = np.minimum(n, 120) ** 0.75 + 0.5
    return (w / w.sum() * 300).astype(np.float32)


# ---------------------------------------------------------------- stage 2/3: trees
def export_trees(m) -> dict:
    """A fitted sklearn HistGradientBoostingClassifier -> flat numpy arrays (portable)."""
    feats, thr, left, right, leaf, value, roots = [], [], [], [], [], [], []
    off = 0
    for it in m._predictors:
        nodes = it[0].nodes
        roots.append(off)
        feats.append(nodes["feature_idx"].astype(np.int16))
        thr.append(nodes["num_threshold"].astype(np.float32))
        left.append((nodes["left"] + off).astype(np.int32))
        right.append((nodes["right"] + off).astype(np.int32))
        leaf.append(nodes["is_leaf"].astype(bool))
        value.append(nodes["value"].astype(np.float32))
        off += len(nodes)
    return {"feature": np.concatenate(feats), "threshold": np.concatenate(thr),
            "left": np.concatenate(left), "right": np.concatenate(right),
            "leaf": np.concatenate(leaf), "value": np.concatenate(value),
            "roots": np.array(roots, dtype=np.int32),
            "base": np.float32(np.ravel(m._baseline_prediction)[0])}


def _prepare(t: dict) -> dict:
    """Make leaves self-loops (feature 0, threshold +inf, both children = itself) so every
    row can take the same number of steps without checking for leaves; note the depth."""
    if "depth" in t:
        return t
    t = dict(t)
    leaf = t["leaf"].astype(bool)
    idx = np.arange(len(leaf), dtype=np.int32)
    t["left"] = np.where(leaf, idx, t["left"]).astype(np.int32)
    t["right"] = np.where(leaf, idx, t["right"]).astype(np.int32)
    t["threshold"] = np.where(leaf, np.inf, t["threshold"]).astype(np.float32)
    t["feature"] = np.where(leaf, 0, t["feature"]).astype(np.int32)
    depth = np.zeros(len(leaf), dtype=np.int32)
    for i in range(len(leaf)):            # children always follow their parent
        if not leaf[i]:
            depth[t["left"][i]] = depth[t["right"][i]] = depth[i] + 1
    t["depth"] = int(depth.max()) if len(depth) else 0
    t["child"] = np.column_stack([t["left"], t["right"]]).ravel().astype(np.int32)
    return t


def predict_trees(t: dict, X: np.ndarray) -> np.ndarray:
    """Probability of class 1: every tree walked at once, one depth level per step (children
    interleaved in one array, so a step is child[2 * node + went_right]). Index arrays are
    intp (numpy's take converts any other index type first) and updated in place."""
    t = _prepare(t)
    n, nf = X.shape
    if not n:
        return np.zeros(0, dtype=np.float32)
    key = id(t)
    hit = _INTP.get(key)
    if hit is None or hit[0] is not t:
        if len(_INTP) > 8:
            _INTP.clear()
        hit = _INTP[key] = (t, t["feature"].astype(np.intp), t["child"].astype(np.intp),
                            t["roots"].astype(np.intp))
    _, feat, child, roots = hit
    thr = t["threshold"]
    flat = np.ascontiguousarray(X, dtype=np.float32).ravel()
    base = (np.arange(n, dtype=np.intp) * nf)[:, None]
    depth = t["depth"]
    if depth:       # level 0: every row at the roots, so whole columns of X are compared
        Xf = flat.reshape(n, nf)
        node = child.take(roots * 2 + (Xf.take(feat.take(roots), axis=1) > thr.take(roots)))
    else:
        node = np.empty((n, len(roots)), dtype=np.intp)
        node[:] = roots
    for _ in range(depth - 1):
        right = flat.take(base + feat.take(node)) > thr.take(node)
        node <<= 1
        node |= right
        node = child.take(node)
    raw = t["base"] + t["value"].take(node).sum(axis=1)
    return (1.0 / (1.0 + np.exp(-raw))).astype(np.float32)


_INTP: dict[int, tuple] = {}     # id(prepared trees) -> (trees, intp copies of index arrays)


def smooth_features(p: np.ndarray, M: np.ndarray) -> np.ndarray:
    """Stage-3 input: the line's probability, its neighbours', window means, the strongest
    body evidence before and after it, and a few of the line's own features."""
    n = len(p)
    if not n:
        return np.zeros((0, 20 + len(RUN_NAMES)), dtype=np.float32)
    before = np.concatenate([[0.0], np.maximum.accumulate(p)[:-1]])
    after = np.concatenate([np.maximum.accumulate(p[::-1])[::-1][1:], [0.0]])
    from .lines import FEATURES
    ix = [FEATURES.index(k) for k in ("logw", "term", "pos", "dup", "lex", "hard", "credit",
                                       "after_comments", "after_related")]
    pad = np.concatenate([[0.0, 0.0], p, [0.0, 0.0]]).astype(np.float32)
    return np.column_stack([
        p, pad[1:n + 1], pad[3:n + 3], pad[0:n], pad[4:n + 4],
        _window_mean(p, 2), _window_mean(p, 5), _window_mean(p, 15), before, after,
        M[:, [len(FEATURES)] + ix], run_features(p, np.expm1(M[:, 0]))]).astype(np.float32)


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
    global _MODEL
    if _MODEL is None:
        meta = json.loads((DATA / "plain_words.json").read_text("utf8"))
        if meta.get("bits") != plain_page.BITS:
            raise ValueError("plain_model: built for another hash size; rerun train_plain.py")
        z = np.load(DATA / "plain_model.npz")
        model = {"threshold": meta["threshold"], "gbm": {}, "smooth": {},
                 "words": {"bias": meta["bias"]}}
        for key in z.files:
            stage, k = key.split(".", 1)
            model[stage][k] = z[key]
        model["words"]["w"] = model["words"]["w"].astype(np.float32)
        model["gbm"], model["smooth"] = _prepare(model["gbm"]), _prepare(model["smooth"])
        _MODEL = model
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
    m = load_model()
    if pg is None:
        pg = plain_page.page([b.text for b in blocks])
    if F is None:
        F = line_features(blocks, recurring, pg)
    M = stage2_matrix(F, pg, word_scores(pg, m["words"]["w"], m["words"]["bias"]))
    p = predict_trees(m["gbm"], M)
    return predict_trees(m["smooth"], smooth_features(p, M))


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
    if text.startswith(("Image copyright", "Image caption", "Media playback", "Skip in Skip")) \
            or "SHARE COPY LINK" in text[:20]:
        return True          # flattened photo and player chrome ("Image copyright AFP Image caption ...")
    low = text.lower()       # substring tests first: each regex runs only where it could match
    if nw <= 25 and ((("read" in low or "click" in low or "watch" in low or "for more" in low)
                      and READ_MORE.search(text)) or ("<" in text and MARKUP.search(text))):
        return True
    if credit is None:
        credit = CREDIT.search(text) is not None
    if nw <= 25 and credit:
        return True
    return (agency and any(c in text for c in AGENCY_MARKS)
            and AGENCY_CREDIT.search(text) is not None)


AGENCY_MARKS = (",", "|", "~", "/", ": ", "(")     # AGENCY_CREDIT needs one of these


def _drop(b: Block) -> bool:
    """`_rule_drop` of a block, computed once (several rules ask)."""
    d = b.__dict__.get("drop")
    if d is None:
        d = b.__dict__["drop"] = _rule_drop(b.text, b.nw, b.furniture, b.credit, b.agency)
    return d


def _captions(blocks: list[Block], keep: list[bool], credit: np.ndarray,
              nw: np.ndarray) -> None:
    """A block just above a photo credit, before the article has started, is the photo's
    caption ("Smoke rises from ..." / "Hassan Ammar, Associated Press"). `credit`: short
    credit lines (CREDIT or AGENCY_CREDIT at the start, <= 12 words)."""
    n = len(blocks)
    k0 = np.array(keep, dtype=bool)
    nxt = np.append(credit[1:], False)
    starts = np.flatnonzero(k0 & (nw >= 25) & ~nxt)
    begun = starts[0] if len(starts) else n      # the article has started after this line
    for i in np.flatnonzero(credit & (nw <= 6)).tolist():
        if i and (i <= begun or not k0[i - 1]):
            keep[i - 1] = False


def _credit_lines(blocks: list[Block], credit: np.ndarray, pg) -> np.ndarray:
    """Lines of <= 12 words that are photo credits (CREDIT anywhere, AGENCY_CREDIT at the
    start), the regex run only where an agency or photo word occurs."""
    texts = [b.text for b in blocks]
    short = pg.nw <= 12
    cand = short & ((pg.cls_any & plain_page.CREDIT_W) > 0) & ~credit
    return (short & credit) | _exact(AGENCY_CREDIT, texts, cand)


def _repeats(blocks: list[Block], keep: list[bool], title_index: int | None, pg) -> None:
    """Text a page shows twice is furniture (caption and alt text, pull quote, repeated
    headline): short repeats (also ones sharing their first 8 words) go entirely, long ones
    keep one copy. Lines are compared by the hash of their words (`plain_page`)."""
    nw = pg.nw.tolist()
    seen: dict[int, list[int]] = {}
    for i, (h, hh, m) in enumerate(zip(pg.line_h.tolist(), pg.head_h.tolist(), nw)):
        if m:
            seen.setdefault(h, []).append(i)
            if 8 < m <= 60:
                seen.setdefault(hh, []).append(i)
    tkey = int(pg.line_h[title_index]) if title_index is not None else None
    for key, idx in seen.items():
        if key == tkey:
            for i in idx:
                keep[i] = False
        elif len(idx) > 1:
            if all(nw[i] <= 40 for i in idx):
                for i in idx:
                    keep[i] = False
            else:
                kept = [i for i in idx if keep[i]]
                for i in kept[1:]:
                    keep[i] = False


def _header_and_tail(blocks: list[Block], keep: list[bool], raw: str,
                     title_index: int | None) -> None:
    """Above the first body paragraph, short unpunctuated lines are headlines, kickers,
    standfirsts and video titles, not body. A text cut off mid-paragraph (no final newline)
    keeps its last fragment when the line before it is body."""
    # no body paragraph at all (listings, forums): no header to strip
    first = next((i for i, k in enumerate(keep) if k and blocks[i].nw >= 20), 0)
    for i in range(first):
        b = blocks[i]
        if keep[i] and b.nw <= 15 and not sentence_end(b.text) and not _bare_dateline(b.text):
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
    groups: list[list[int]] = []
    dropped = gap
    for i, k in enumerate(keep):
        if k:
            if dropped >= gap or not groups:
                groups.append([])
            groups[-1].append(i)
            dropped = 0
        else:
            dropped += 1
    if len(groups) < 2:
        return
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


@cleaner("text")
def clean_plain(art: Article) -> Article:
    from . import meta_text
    start, prefix_date = meta_text.store_prefix(art.raw)
    blocks = split_blocks(art.raw, start)
    hashes = art.layers.get("boilerplate_lines") or set()
    from .recurring import line_hash
    recurring = [int(line_hash(b.text) in hashes) for b in blocks] if hashes else None
    pg = plain_page.page([b.text for b in blocks])
    F = line_features(blocks, recurring, pg)
    q = body_probability(blocks, recurring, pg, F)
    keep = (q >= load_model()["threshold"]).tolist()
    on = RULES - DISABLED
    for i, b in enumerate(blocks):
        if keep[i] and (("lines" in on and (_drop(b)
                                             or _dateline_only(b.text, b.nw)))
                        or (recurring and recurring[i])):
            keep[i] = False
    if "captions" in on and blocks:
        _captions(blocks, keep, _credit_lines(blocks, F[:, 12] > 0, pg), pg.nw)
    meta = meta_text.extract(blocks, keep, art.raw, recurring, pg)
    if "repeats" in on:
        _repeats(blocks, keep, meta.get("title_index"), pg)
    if "edges" in on:
        _header_and_tail(blocks, keep, art.raw, meta.get("title_index"))
    if "main_run" in on:
        _main_run(blocks, keep, q)
    if prefix_date and not meta.get("published"):
        meta["published"] = prefix_date
    if meta.get("title_index") is not None and "title" in on:
        keep[meta["title_index"]] = False
    parts: list[str] = []
    segs: list[Segment] = []
    pos = 0
    for i, b in enumerate(blocks):
        if not keep[i]:
            continue
        if parts:
            pos += 2
        for j, (rs, rn) in enumerate(b.pieces):
            if j:
                pos += 1
            segs.append(Segment(pos, rs, rn))
            pos += rn
        parts.append(b.text)
    art.text = "\n\n".join(parts)
    art.segments = segs
    for k in ("title", "author", "published", "outlet"):
        if meta.get(k) and not getattr(art, k):
            setattr(art, k, meta[k])
    return art
