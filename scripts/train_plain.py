#!/usr/bin/env python3
"""Rebuild the plain-text cleaner's model (`newsdesk/data/plain_model.npz`, `plain_words.json`)
from WCXB **dev** only (../shared/bench/wcxb/dev).

    OMP_NUM_THREADS=1 .venv/bin/python scripts/train_plain.py [--limit N] [--holdout 0.15] \
        [--iters 80] [--depth 6] [--smooth-iters 40] [--C 1.0] [--out DIR]

Each dev page is flattened to text with all boilerplate kept (title line, then one text block
per line, as aeb-plain was made), each line is labelled by its word-3-gram overlap with
`ground_truth.main_content`, and three models are fit, out-of-fold where one feeds another:
1. a word model (logistic regression on the line's hashed words, bigrams and first/last word
   markers: `plain_page.word_features`, the same code the cleaner runs),
2. a gradient-boosted tree model on surface features + the word scores of the line and
   its neighbours + `plain_extra` cues (`plain.stage2_matrix`),
3. a smoothing tree model on the stage-2 probabilities in windows around each line and on
   the line's place relative to the page's main run of likely body (`plain_runs`).
With --holdout, a share of dev pages is kept out and the WCXB word-F1 on it is printed (the
model alone, and the whole cleaner with its rules). The shipped model: the defaults, all dev
pages (~15 min on one core). Tree count and depth are the cleaner's main speed cost.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdesk.clean import plain  # noqa: E402
from newsdesk.clean.lines import Block, line_features  # noqa: E402
from newsdesk.clean.plain_page import NB, page, word_features  # noqa: E402

WCXB = ROOT.parent / "shared" / "bench" / "wcxb" / "dev"
TOK = re.compile(r"\w+")
SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "head", "canvas",
        "object", "embed"}
BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "header", "footer", "nav", "aside", "main",
         "blockquote", "pre", "figure", "figcaption", "dl", "form", "hr",
         "address", "details", "summary", "caption", "fieldset", "legend",
         "body", "html", "center", "menu", "tbody", "thead", "tfoot", "picture", "video"}


def flatten(html: str) -> list[str]:
    """HTML -> text lines, boilerplate kept: <title> first, then one line per block."""
    import lxml.html
    try:
        root = lxml.html.fromstring(html)
    except Exception:
        return []
    out: list[str] = []
    buf: list[str] = []
    title = root.findtext(".//title") or ""

    def flush():
        t = " ".join(" ".join(buf).split())
        if t:
            out.append(t)
        buf.clear()

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if tag in SKIP or not tag:
            if el.tail:
                buf.append(el.tail)
            return
        block = tag in BLOCK
        if block:
            flush()
        if el.text:
            buf.append(el.text)
        for ch in el:
            walk(ch)
        if block:
            flush()
        if el.tail:
            buf.append(el.tail)

    walk(root)
    flush()
    t = " ".join(title.split())
    return ([t] if t else []) + out


def label_lines(lines: list[str], truth: str) -> list[int]:
    """1 when most of the line's word 3-grams occur in the ground truth (short lines: when
    the line is a whole ground-truth paragraph or starts one)."""
    gt = [t.lower() for t in TOK.findall(truth)]
    tri = {tuple(gt[i:i + 3]) for i in range(len(gt) - 2)}
    paras = {" ".join(TOK.findall(p.lower())) for p in truth.split("\n") if p.strip()}
    starts = {p.split(" ")[0] + " " + " ".join(p.split(" ")[1:2]) for p in paras}
    labels = []
    for line in lines:
        toks = [t.lower() for t in TOK.findall(line)]
        if len(toks) >= 3:
            grams = [tuple(toks[i:i + 3]) for i in range(len(toks) - 2)]
            labels.append(int(sum(g in tri for g in grams) >= 0.5 * len(grams)))
        elif toks:
            k = " ".join(toks)
            labels.append(int(k in paras or (len(toks) == 2 and k in starts)))
        else:
            labels.append(0)
    return labels


def load_pages(limit: int | None):
    files = sorted((WCXB / "ground-truth").glob("*.json"))
    if limit:
        random.Random(7).shuffle(files)
        files = sorted(files[:limit])
    pages = []
    for f in files:
        doc = json.loads(f.read_text("utf8"))
        h = WCXB / "html" / f"{f.stem}.html.gz"
        if not h.exists():
            continue
        html = gzip.open(h, "rt", encoding="utf8", errors="replace").read()
        lines = flatten(html)
        if not lines:
            continue
        truth = doc["ground_truth"].get("main_content") or ""
        pages.append({"id": f.stem, "lines": lines, "y": label_lines(lines, truth),
                      "truth": truth})
    return pages


def word_f1(pred: str, truth: str) -> float:
    ref, got = Counter(TOK.findall(truth.lower())), Counter(TOK.findall(pred.lower()))
    if not ref:
        return 1.0 if not got else 0.0
    if not got:
        return 0.0
    o = sum((ref & got).values())
    p, r = o / sum(got.values()), o / sum(ref.values())
    return 2 * p * r / (p + r) if p + r else 0.0


def word_matrix(pg):
    """The page's lines as rows of hashed word features, scaled as `plain.word_scores`."""
    from scipy.sparse import csr_matrix
    rows, cols, count = word_features(pg)
    data = (1.0 / np.sqrt(np.maximum(count, 1)))[rows].astype(np.float32)
    X = csr_matrix((data, (rows, cols)), shape=(len(count), NB), dtype=np.float32)
    X.sum_duplicates()
    return X


def fit_words(X, y: np.ndarray, w: np.ndarray, C: float = 1.0):
    from sklearn.linear_model import LogisticRegression
    clf = LogisticRegression(C=C, max_iter=300, solver="liblinear")
    clf.fit(X, y, sample_weight=w)
    return {"bias": float(clf.intercept_[0]), "w": clf.coef_[0].astype(np.float32)}


def fit_gbm(X, y, w, iters=200, depth=8):
    from sklearn.ensemble import HistGradientBoostingClassifier
    m = HistGradientBoostingClassifier(max_iter=iters, learning_rate=0.1, max_leaf_nodes=31,
                                       max_depth=depth, min_samples_leaf=40, l2_regularization=1.0,
                                       random_state=0)
    m.fit(X, y, sample_weight=w)
    return plain.export_trees(m)


def stage1_matrix(pages, words_model):
    mats = []
    for p in pages:
        blocks = [Block(t) for t in p["lines"]]
        F = line_features(blocks, None, p["pg"])
        s = plain.word_scores(p["pg"], words_model["w"], words_model["bias"])
        mats.append(plain.stage2_matrix(F, p["pg"], s))
    return mats


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--holdout", type=float, default=0.0)
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--iters", type=int, default=80)
    ap.add_argument("--smooth-iters", type=int, default=40)
    ap.add_argument("--depth", type=int, default=6)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--out", default=str(ROOT / "newsdesk" / "data"))
    args = ap.parse_args(argv)
    t0 = time.time()
    pages = load_pages(args.limit)
    random.Random(11).shuffle(pages)
    nh = int(len(pages) * args.holdout)
    held, pages = pages[:nh], pages[nh:]
    print(f"{len(pages)} train pages, {len(held)} held out, "
          f"{sum(len(p['lines']) for p in pages)} lines ({time.time() - t0:.0f}s)", flush=True)
    from scipy.sparse import vstack
    for p in pages + held:
        p["w"] = plain.line_weights(p["lines"])
        p["pg"] = page(p["lines"])
        p["X"] = word_matrix(p["pg"])
    k = args.folds
    fold = [i % k for i in range(len(pages))]

    def cat(key, idx):
        return np.concatenate([np.asarray(pages[i][key], dtype=np.float32) for i in idx])

    def X_of(idx):
        return vstack([pages[i]["X"] for i in idx]).tocsr()

    # 1. word model, out of fold
    oof_words = [None] * len(pages)
    for f in range(k):
        tr = [i for i in range(len(pages)) if fold[i] != f]
        te = [i for i in range(len(pages)) if fold[i] == f]
        wm = fit_words(X_of(tr), cat("y", tr), cat("w", tr), args.C)
        for i, M in zip(te, stage1_matrix([pages[i] for i in te], wm)):
            oof_words[i] = M
    words_model = fit_words(X_of(range(len(pages))), cat("y", range(len(pages))),
                            cat("w", range(len(pages))), args.C)
    print(f"word model: {int((words_model['w'] != 0).sum())} weights ({time.time() - t0:.0f}s)",
          flush=True)
    # 2. line GBM, out of fold
    oof_p = [None] * len(pages)
    for f in range(k):
        tr = [i for i in range(len(pages)) if fold[i] != f]
        te = [i for i in range(len(pages)) if fold[i] == f]
        trees = fit_gbm(np.vstack([oof_words[i] for i in tr]), cat("y", tr), cat("w", tr),
                        args.iters, args.depth)
        for i in te:
            oof_p[i] = plain.predict_trees(trees, oof_words[i])
    allidx = range(len(pages))
    gbm = fit_gbm(np.vstack(oof_words), cat("y", allidx), cat("w", allidx), args.iters,
                  args.depth)
    print(f"line GBM ({time.time() - t0:.0f}s)", flush=True)
    # 3. smoothing model on out-of-fold probabilities
    S = np.vstack([plain.smooth_features(oof_p[i], oof_words[i]) for i in allidx])
    smooth = fit_gbm(S, cat("y", allidx), cat("w", allidx), args.smooth_iters,
                     max(3, args.depth - 2))
    model = {"words": words_model, "gbm": gbm, "smooth": smooth}
    print(f"smoother ({time.time() - t0:.0f}s)", flush=True)
    # out-of-fold line quality on train pages (for the threshold)
    scores = {}
    for thr in (0.3, 0.4, 0.5, 0.6):
        f1s = []
        for i in allidx:
            q = plain.predict_trees(smooth, plain.smooth_features(oof_p[i], oof_words[i]))
            keep = [t for t, v in zip(pages[i]["lines"], q) if v >= thr]
            f1s.append(word_f1("\n".join(keep), pages[i]["truth"]))
        scores[thr] = float(np.mean(f1s))
    base = np.mean([word_f1("\n".join(t for t in pages[i]["lines"] if len(t.split()) >= 10),
                            pages[i]["truth"]) for i in allidx])
    print("OOF word-F1 by threshold:", {t: round(v, 4) for t, v in scores.items()},
          f"(>=10 words baseline {base:.4f})")
    model["threshold"] = max(scores, key=scores.get)
    out = Path(args.out)
    plain.save_model(model, out)
    print(f"saved to {out} ({time.time() - t0:.0f}s)")
    if held:
        plain.DATA = out
        plain.reset_model()
        from newsdesk.clean import clean_article
        from newsdesk.model import Article
        f1s, full, base = [], [], []
        for p in held:
            blocks = [Block(t) for t in p["lines"]]
            keep = plain.classify(blocks)
            f1s.append(word_f1("\n".join(b.text for b, k in zip(blocks, keep) if k), p["truth"]))
            art = clean_article(Article(id=p["id"], raw="\n".join(p["lines"]) + "\n",
                                        kind="text"))
            full.append(word_f1(art.text, p["truth"]))
            base.append(word_f1("\n".join(t for t in p["lines"] if len(t.split()) >= 10),
                                p["truth"]))
        print(f"held-out WCXB dev word-F1: model {np.mean(f1s):.4f}, cleaner {np.mean(full):.4f}"
              f" (>=10 words baseline {np.mean(base):.4f}, {len(held)} pages)")


if __name__ == "__main__":
    main()
