"""Scraped plain text -> article body + metadata, with our trained line classifier.

No extraction library handles text that is already flattened (a scrape with nav, captions,
promos and related headlines still in it), so we classify its lines. The model (rebuilt by
`scripts/train_plain.py` from WCXB dev only) has three stages, all evaluated here with numpy
so that cleaning needs no sklearn at run time and stays fast:
1. a word model: one weight per word (logistic regression), scoring each line's vocabulary;
2. a gradient-boosted tree ensemble on surface features (`lines.py`) plus the word scores of
   the line and its neighbours;
3. a smoothing ensemble over stage-2 probabilities in windows around each line, since the
   body is mostly one contiguous run.
Then a few explicit rules that hold on any outlet (furniture phrases, credits, bylines, the
headline, outlet-recurring lines) and metadata from `meta_text.py`.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from ..model import Article, Segment
from . import cleaner
from .lines import (BYLINE, CREDIT, HARD_DROP, WORD, Block, line_features, norm_line,
                    split_blocks)

DATA = Path(__file__).resolve().parent.parent / "data"
_MODEL: dict | None = None
DIGITS = re.compile(r"\d")


# ---------------------------------------------------------------- stage 1: word model
def word_tokens(text: str) -> list[str]:
    """Words (digits folded to 0) plus first/last-word markers: the vocabulary a line uses
    and how it opens and closes ("Read more", "... | Reuters")."""
    toks = [DIGITS.sub("0", t) for t in WORD.findall(text.lower())]
    if not toks:
        return ["<empty>"]
    out = list(set(toks))
    out.append("^" + toks[0])
    out.append(toks[-1] + "$")
    if len(toks) <= 3:
        out.append("<short>")
    return out


def word_scores(texts: list[str], words: dict) -> np.ndarray:
    w, b = words["w"], words["bias"]
    out = np.empty(len(texts), dtype=np.float32)
    get = w.get
    for i, t in enumerate(texts):
        toks = word_tokens(t)
        out[i] = b + sum(get(k, 0.0) for k in toks) / (len(toks) ** 0.5)
    return out


def _shift(x: np.ndarray, k: int, fill: float) -> np.ndarray:
    """x moved by k places (k > 0: value of the line k before), edges filled."""
    out = np.full_like(x, fill)
    if k > 0:
        out[k:] = x[:-k] if k < len(x) else out[k:]
    elif k < 0:
        out[:k] = x[-k:] if -k < len(x) else out[:k]
    else:
        out[:] = x
    return out


def _wmean(x: np.ndarray, k: int) -> np.ndarray:
    n = len(x)
    c = np.concatenate([[0.0], np.cumsum(x, dtype=np.float64)])
    idx = np.arange(n)
    lo, hi = np.clip(idx - k, 0, n), np.clip(idx + k + 1, 0, n)
    return ((c[hi] - c[lo]) / (hi - lo)).astype(np.float32)


def context_scores(s: np.ndarray) -> np.ndarray:
    """The line's word score with its neighbours' (the line read in context)."""
    lo = -4.0
    return np.column_stack([s, _shift(s, 1, lo), _shift(s, -1, lo), _shift(s, 2, lo),
                            _shift(s, -2, lo), _wmean(s, 3), _wmean(s, 10)]).astype(np.float32)


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


def predict_trees(t: dict, X: np.ndarray) -> np.ndarray:
    """Probability of class 1: every tree walked at once, one depth level per step."""
    n = X.shape[0]
    if not n:
        return np.zeros(0, dtype=np.float32)
    node = np.broadcast_to(t["roots"], (n, len(t["roots"]))).copy()
    rows = np.arange(n)[:, None]
    feat, thr, left, right, leaf = t["feature"], t["threshold"], t["left"], t["right"], t["leaf"]
    for _ in range(64):
        is_leaf = leaf[node]
        if is_leaf.all():
            break
        f = feat[node].astype(np.intp)
        go_left = X[rows, np.where(is_leaf, 0, f)] <= thr[node]
        node = np.where(is_leaf, node, np.where(go_left, left[node], right[node]))
    raw = t["base"] + t["value"][node].sum(axis=1)
    return (1.0 / (1.0 + np.exp(-raw))).astype(np.float32)


def smooth_features(p: np.ndarray, M: np.ndarray) -> np.ndarray:
    """Stage-3 input: the line's probability, its neighbours', window means, the strongest
    body evidence before and after it, and a few of the line's own features."""
    n = len(p)
    if not n:
        return np.zeros((0, 18), dtype=np.float32)
    before = np.concatenate([[0.0], np.maximum.accumulate(p)[:-1]])
    after = np.concatenate([np.maximum.accumulate(p[::-1])[::-1][1:], [0.0]])
    from .lines import FEATURES
    ix = [FEATURES.index(k) for k in ("logw", "term", "pos", "dup", "lex", "hard", "credit")]
    return np.column_stack([
        p, _shift(p, 1, 0), _shift(p, -1, 0), _shift(p, 2, 0), _shift(p, -2, 0),
        _wmean(p, 2), _wmean(p, 5), _wmean(p, 15), before, after, M[:, len(FEATURES)],
        *(M[:, i] for i in ix)]).astype(np.float32)


# ---------------------------------------------------------------- model files
def save_model(model: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    arrays = {f"{stage}.{k}": v for stage in ("gbm", "smooth") for k, v in model[stage].items()}
    np.savez_compressed(out / "plain_model.npz", **arrays)
    (out / "plain_words.json").write_text(json.dumps(
        {"threshold": model["threshold"], "words": model["words"]}, ensure_ascii=False,
        separators=(",", ":"), sort_keys=True), "utf8")


def load_model() -> dict:
    global _MODEL
    if _MODEL is None:
        meta = json.loads((DATA / "plain_words.json").read_text("utf8"))
        z = np.load(DATA / "plain_model.npz")
        model = {"words": meta["words"], "threshold": meta["threshold"], "gbm": {}, "smooth": {}}
        for key in z.files:
            stage, k = key.split(".", 1)
            model[stage][k] = z[key]
        _MODEL = model
    return _MODEL


def reset_model() -> None:
    global _MODEL
    _MODEL = None


def classify(blocks: list[Block], recurring: list[int] | None = None) -> list[bool]:
    """Keep/drop for each block, from the three model stages."""
    if not blocks:
        return []
    m = load_model()
    F = line_features(blocks, recurring)
    s = word_scores([b.text for b in blocks], m["words"])
    M = np.hstack([F, context_scores(s)])
    p = predict_trees(m["gbm"], M)
    q = predict_trees(m["smooth"], smooth_features(p, M))
    return list(q >= m["threshold"])


# ---------------------------------------------------------------- the cleaner
def _rule_drop(text: str) -> bool:
    """Furniture no body states as such, whatever the model thinks."""
    nw = len(WORD.findall(text))
    if nw <= 15 and (HARD_DROP.match(text) or BYLINE.match(text)):
        return True
    return nw <= 25 and CREDIT.search(text) is not None


@cleaner("text")
def clean_plain(art: Article) -> Article:
    from . import meta_text
    start, prefix_date = meta_text.store_prefix(art.raw)
    blocks = split_blocks(art.raw, start)
    hashes = art.layers.get("boilerplate_lines") or set()
    from .recurring import line_hash
    recurring = [int(line_hash(b.text) in hashes) for b in blocks] if hashes else None
    keep = classify(blocks, recurring)
    for i, b in enumerate(blocks):
        if keep[i] and (_rule_drop(b.text) or (recurring and recurring[i])):
            keep[i] = False
    meta = meta_text.extract(blocks, keep, art.raw)
    if prefix_date and not meta.get("published"):
        meta["published"] = prefix_date
    if meta.get("title_index") is not None:
        keep[meta["title_index"]] = False
    seen: set[str] = set()
    parts: list[str] = []
    segs: list[Segment] = []
    pos = 0
    for i, b in enumerate(blocks):
        if not keep[i]:
            continue
        key = norm_line(b.text)
        if key in seen and len(key) > 20:
            continue                       # a repeated dek/caption: keep one copy
        seen.add(key)
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
