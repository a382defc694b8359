#!/usr/bin/env python3
"""Train the HTML block classifier on WCXB dev (the only split we tune on).

    .venv/bin/python scripts/train_html.py [--full] [--limit N]

Each dev page is cut into blocks (`newsdesk/clean/html_blocks.py`); a block is labelled body
when most of its word trigrams occur in the page's ground-truth main content (short blocks:
when they are a whole ground-truth line). Two gradient-boosted tree ensembles (sklearn) learn
body vs furniture: one from the blocks' layout features (`html_blocks.npz`, used on pages that
declare an article), one also from what trafilatura, run as html.py runs it first
(`html.first_pass`), kept of each block and its neighbours (`html_stack.py`;
`html_blocks_stack.npz`, used on all other pages). Their trees are exported to
`newsdesk/data/` and evaluated with numpy at cleaning time. By default both are fit on the
even-indexed dev pages and WCXB-dev F1 of the odd ones is printed per threshold (routing in
html.py was chosen on out-of-fold predictions); `--full` fits all dev pages (the shipped
models). Block rows are cached (--cache, keyed on html_blocks.py, html_stack.py, html.py).
`--post` trains instead the paragraph model of `html_post.py` (`html_post.npz`) on
trafilatura's output of the dev pages where html.py keeps it.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

# one OpenMP thread: on a shared, loaded machine sklearn's spinning threads burned several
# times the CPU of a single-threaded fit
os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from newsdesk.clean.html import block_rows, first_pass, prune  # noqa: E402
from newsdesk.clean.html_blocks import parse, segment  # noqa: E402
from newsdesk.clean.html_stack import NAMES as STACK_NAMES  # noqa: E402
from newsdesk.read.decode import decode_bytes, read_capped  # noqa: E402

DEV = ROOT.parent / "shared" / "bench" / "wcxb" / "dev"
TOKEN = re.compile(r"\w+")


def toks(t: str) -> list[str]:
    return TOKEN.findall((t or "").lower())


def labels(blocks, gt: str) -> list[int]:
    g = toks(gt)
    tri = set(zip(g, g[1:], g[2:]))
    lines = {" ".join(toks(x)) for x in gt.split("\n")}
    out = []
    for b in blocks:
        t = toks(b.text)
        if len(t) >= 3:
            tt = list(zip(t, t[1:], t[2:]))
            out.append(int(sum(x in tri for x in tt) >= 0.5 * len(tt)))
        else:
            out.append(int(" ".join(t) in lines))
    return out


def load(limit: int | None):
    rows, y, w, page, texts, gts, types = [], [], [], [], [], [], []
    files = sorted((DEV / "ground-truth").glob("*.json"))[:limit]
    for k, f in enumerate(files):
        doc = json.loads(f.read_text("utf8"))
        h = DEV / "html" / (f.stem + ".html.gz")
        html, _ = decode_bytes(read_capped(h, 50_000_000), str(h), html=True)
        root = parse(html)
        gt = doc["ground_truth"].get("main_content") or ""
        gts.append(gt)
        types.append(doc.get("_internal", {}).get("page_type", {}).get("primary", "?"))
        if root is None:
            continue
        prune(root)
        traf, is_article, precise, _ = first_pass(root, doc.get("url"), html)
        pg = segment(root)
        feats = block_rows(pg, traf, is_article, precise)
        lab = labels(pg.blocks, gt)
        tot = sum(b.words for b in pg.blocks) or 1
        for b, r, l in zip(pg.blocks, feats, lab):
            rows.append(r)
            y.append(l)
            w.append(b.words / tot)
            page.append(k)
            texts.append(b.text)
        if k % 100 == 0:
            print(f"  {k} pages", file=sys.stderr)
    return (np.array(rows, dtype=np.float32), np.array(y), np.array(w), np.array(page),
            texts, gts, types)


def f1(ref: str, got: str) -> float:
    r, g = toks(ref), toks(got)
    if not r:
        return 1.0 if not g else 0.0
    if not g:
        return 0.0
    o = sum((Counter(r) & Counter(g)).values())
    p, rc = o / len(g), o / len(r)
    return 2 * p * rc / (p + rc) if p + rc else 0.0


def make_model():
    from sklearn.ensemble import HistGradientBoostingClassifier
    return HistGradientBoostingClassifier(max_iter=150, learning_rate=0.12, max_leaf_nodes=48,
                                          min_samples_leaf=40, l2_regularization=1.0,
                                          early_stopping=False, random_state=0)


def weights(w, y, page):
    """Each page weighs the same (the metric averages pages); within a page, words count."""
    return 0.3 + w * 30


def export(clf, path: Path) -> None:
    """Trees as flat arrays: (feature, threshold, left, right, value, is_leaf, missing_left)."""
    arrays = {}
    for i, pred in enumerate(clf._predictors):
        nodes = pred[0].nodes
        arrays[f"t{i}"] = np.stack([nodes["feature_idx"].astype(np.float64),
                                    nodes["num_threshold"].astype(np.float64),
                                    nodes["left"].astype(np.float64),
                                    nodes["right"].astype(np.float64),
                                    nodes["value"].astype(np.float64),
                                    nodes["is_leaf"].astype(np.float64),
                                    nodes["missing_go_to_left"].astype(np.float64)])
    arrays["baseline"] = np.array([float(clf._baseline_prediction.ravel()[0])])
    arrays["ntrees"] = np.array([len(clf._predictors)])
    np.savez_compressed(path, **arrays)


def _fits(X, y, sw, rows):
    """(name, fitted model, columns) for both shipped models: layout-only (pages that declare
    an article) and stacked with trafilatura's columns (all other pages), see html.py."""
    base = X.shape[1] - len(STACK_NAMES)
    return [(name, make_model().fit(X[rows][:, :k], y[rows], sample_weight=sw[rows]), k)
            for name, k in (("layout", base), ("stacked", X.shape[1]))]


def load_post(limit: int | None):
    """Paragraph rows (`html_post.features`) of trafilatura's output on the dev pages where
    html.py keeps that output, labelled like blocks; the per-page share of words weighs them."""
    from types import SimpleNamespace
    from newsdesk.clean import html as H
    from newsdesk.clean.html_blocks import page_title
    from newsdesk.clean.html_meta import declares_article, declares_news, extract_meta
    from newsdesk.clean.html_post import features as post_features
    H.POST_TRIM = H.TIDY = False   # learn from trafilatura's untouched paragraphs
    rows, y, w, page, meta_rows = [], [], [], [], []
    for k, f in enumerate(sorted((DEV / "ground-truth").glob("*.json"))[:limit]):
        doc = json.loads(f.read_text("utf8"))
        h = DEV / "html" / (f.stem + ".html.gz")
        html, _ = decode_bytes(read_capped(h, 50_000_000), str(h), html=True)
        root = parse(html)
        if root is None:
            continue
        meta = extract_meta(root, doc.get("url"), page_title(root))
        prune(root)
        text, how = H.extract_body(html, root, doc.get("url"), meta["title"])
        if how != "trafilatura":
            continue
        pars = text.split("\n\n")
        gt = doc["ground_truth"].get("main_content") or ""
        art = declares_article(root)
        lab = labels([SimpleNamespace(text=p) for p in pars], gt)
        tot = sum(len(toks(p)) for p in pars) or 1
        for p, r, l in zip(pars, post_features(pars, art, declares_news(root)), lab):
            rows.append(r)
            y.append(l)
            w.append(len(toks(p)) / tot)
            page.append(k)
        meta_rows.append((k, art, pars, gt,
                          doc.get("_internal", {}).get("page_type", {}).get("primary", "?")))
    return (np.array(rows, dtype=np.float32), np.array(y), np.array(w), np.array(page),
            meta_rows)


def make_post_model():
    from sklearn.ensemble import HistGradientBoostingClassifier
    return HistGradientBoostingClassifier(max_iter=100, learning_rate=0.1, max_leaf_nodes=16,
                                          min_samples_leaf=40, l2_regularization=1.0,
                                          early_stopping=False, random_state=0)


def train_post(limit: int | None, out: Path) -> int:
    """The paragraph model of `html_post.py`: WCXB-dev F1 of the pages off articles where it
    applies, fit on even pages and scored on odd ones per threshold, then fit on all."""
    from newsdesk.clean.html_post import KEEP
    X, y, w, page, pages = load_post(limit)
    print(f"{len(y)} paragraphs, {y.mean():.3f} body, {len(pages)} pages", flush=True)
    sw = 0.3 + 30 * w
    tr = page % 2 == 0
    prob = np.full(len(y), 1.0)
    prob[~tr] = make_post_model().fit(X[tr], y[tr], sample_weight=sw[tr]).predict_proba(
        X[~tr])[:, 1]
    at = defaultdict(list)
    for i, q in enumerate(page):
        at[q].append(i)
    for th in sorted({0.0, 0.1, 0.2, 0.3, KEEP}):
        by = defaultdict(list)
        for q, art, pars, gt, typ in pages:
            if q % 2 == 1 and not art:
                kept = [p for p, i in zip(pars, at[q]) if prob[i] >= th]
                by[typ].append(f1(gt, "\n\n".join(kept)))
        allf = [x for v in by.values() for x in v]
        print(f"post th {th}: F1 {np.mean(allf):.4f} on {len(allf)} odd pages off articles",
              {t: round(float(np.mean(v)), 3) for t, v in sorted(by.items())}, flush=True)
    export(make_post_model().fit(X, y, sample_weight=sw), out)
    print(f"wrote {out} (fit on all dev pages)")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--post", action="store_true", help="train html_post.npz instead")
    ap.add_argument("--limit", type=int)
    # the cache is keyed on the feature code, so a stale one is never read after a change
    src = b"".join((ROOT / "newsdesk" / "clean" / f).read_bytes()
                   for f in ("html_blocks.py", "html_stack.py", "html.py"))
    ap.add_argument("--cache", default=f"/tmp/train_html_{hashlib.sha1(src).hexdigest()[:10]}.pkl")
    ap.add_argument("--out", default=str(ROOT / "newsdesk" / "data" / "html_blocks.npz"))
    ap.add_argument("--out-stack", default=str(ROOT / "newsdesk" / "data" / "html_blocks_stack.npz"))
    a = ap.parse_args(argv)
    if a.post:
        return train_post(a.limit, ROOT / "newsdesk" / "data" / "html_post.npz")
    import pickle
    cp = Path(a.cache)
    if cp.exists():
        X, y, w, page, texts, gts, types = pickle.loads(cp.read_bytes())
    else:
        X, y, w, page, texts, gts, types = load(a.limit)
        cp.write_bytes(pickle.dumps((X, y, w, page, texts, gts, types)))
    print(f"{len(y)} blocks, {y.mean():.3f} body, {len(gts)} pages", flush=True)
    sw = weights(w, y, page)
    outs = {"layout": Path(a.out), "stacked": Path(a.out_stack)}
    if a.full:
        for name, clf, _k in _fits(X, y, sw, np.ones(len(y), bool)):
            export(clf, outs[name])
            print(f"wrote {outs[name]}")
        return 0
    # fit on even pages, report blocks-only F1 on odd ones (held out from the fit, still dev)
    tr, te = page % 2 == 0, page % 2 == 1
    for name, clf, k in _fits(X, y, sw, tr):
        export(clf, outs[name])
        print(f"wrote {outs[name]} (fit on even-indexed dev pages)", flush=True)
        prob = np.full(len(y), -1.0)
        prob[te] = clf.predict_proba(X[te][:, :k])[:, 1]
        for th in (0.3, 0.4, 0.5, 0.6):
            by = defaultdict(list)
            parts = defaultdict(list)
            for t, p, q in zip(texts, prob, page):
                if p >= th:
                    parts[q].append(t)
            for q, gt in enumerate(gts):
                if q % 2 == 1:
                    by[types[q]].append(f1(gt, "\n\n".join(parts.get(q, []))))
            allf = [x for v in by.values() for x in v]
            print(f"{name} th {th}: F1 {np.mean(allf):.4f}",
                  {t: round(float(np.mean(v)), 3) for t, v in sorted(by.items())}, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
