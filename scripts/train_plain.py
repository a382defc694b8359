#!/usr/bin/env python3
"""Rebuild the plain-text cleaner's model from WCXB **dev** only (../shared/bench/wcxb/dev):
v2 (`newsdesk/data/plain_model_v2.npz` + the text model `plain_text.npz`), or with --no-text
the v1 model (`plain_model.npz`, `plain_words.json`).

    OMP_NUM_THREADS=1 .venv/bin/python scripts/train_plain.py [--limit N] [--holdout 0.15] \
        [--iters 80] [--depth 6] [--smooth-iters 40] [--C 1.0] [--text-C 1.0] [--no-text] \
        [--article-weight 1.5] [--linear-cache FILE] [--threshold T] [--out DIR] \
        [--dump OOF.json] [--ablate main_run,repeats,...]

Each dev page is flattened to text with all boilerplate kept (title line, then one text block
per line, as aeb-plain was made), each line is labelled by its word-3-gram overlap with
`ground_truth.main_content`, and three models are fit, out-of-fold where one feeds another:
1. a word model (logistic regression on the line's hashed words, bigrams and first/last word
   markers: `plain_page.word_features`, the same code the cleaner runs) and (v2) a text
   model reading the line with its neighbours (`plain_text`),
2. a gradient-boosted tree model on surface features + the word scores of the line and
   its neighbours + `plain_extra` cues (`plain.stage2_matrix`),
3. a smoothing tree model on the stage-2 probabilities in windows around each line and on
   the line's place relative to the page's main run of likely body (`plain_runs`).
All stages are also fit per fold (grouped by page), so the run prints a grouped k-fold CV
of the model alone and of the whole cleaner (rules included) before the final refit.
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

from newsdesk.clean import plain, plain_text  # noqa: E402
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
        kind = (doc.get("_internal") or {}).get("page_type", {}).get("primary")
        pages.append({"id": f.stem, "lines": lines, "y": label_lines(lines, truth),
                      "truth": truth, "article": kind == "article"})
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


def line_weights(lines: list[str]) -> np.ndarray:
    """Training weight of a line: its words, damped, normalised per page (every page counts
    about the same, as in the WCXB per-page average)."""
    n = np.array([len(TOK.findall(t)) for t in lines], dtype=np.float32)
    w = np.minimum(n, 120) ** 0.75 + 0.5
    return (w / w.sum() * 300).astype(np.float32)


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


def text_matrix(pg):
    """The page's lines as rows of the text model's hashed features (`plain_text`)."""
    from scipy.sparse import csr_matrix
    rows, cols, vals = plain_text.text_features(pg)
    X = csr_matrix((vals, (rows, cols)), shape=(len(pg.nw), NB), dtype=np.float32)
    X.sum_duplicates()
    return X


def stage2_of(p, text: bool) -> np.ndarray:
    """Stage-2 rows of a page from its out-of-fold word (and text) scores."""
    blocks = [Block(t) for t in p["lines"]]
    M = plain.stage2_matrix(line_features(blocks, None, p["pg"]), p["pg"], p["s"])
    return np.hstack([M, plain_text.text_context(p["t"], p["s"])]) if text else M


def smooth_of(p, text: bool) -> np.ndarray:
    S = plain.smooth_features(p["p"], p["M"])
    return np.hstack([S, plain_text.smooth_columns(p["M"])]) if text else S


def page_f1(p, q, thr) -> float:
    return word_f1("\n".join(t for t, v in zip(p["lines"], q) if v >= thr), p["truth"])


def cleaner_f1(pages, model: dict, text: dict | None, out: list | None = None) -> list[float]:
    """The whole cleaner (model + rules) on flattened pages, with `model` installed (`out`
    receives each page's cleaned text, for --dump)."""
    from newsdesk.clean import clean_article
    from newsdesk.model import Article
    if text is not None:
        plain_text.install(model, text)
    else:
        plain.reset_model()
        plain._MODEL = dict(model, v1=True)
    try:
        got = [clean_article(Article(id=p["id"], raw="\n".join(p["lines"]) + "\n",
                                     kind="text")).text for p in pages]
        if out is not None:
            out += got
        return [word_f1(g, p["truth"]) for g, p in zip(got, pages)]
    finally:
        plain_text.uninstall()
        plain.reset_model()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--holdout", type=float, default=0.0)
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--iters", type=int, default=80)
    ap.add_argument("--smooth-iters", type=int, default=40)
    ap.add_argument("--depth", type=int, default=6)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--text-C", type=float, default=1.0)
    ap.add_argument("--article-weight", type=float, default=1.5,
                    help="training weight of WCXB article pages relative to the others "
                         "(aeb-plain is all articles; 1.5 chosen by grouped CV on dev)")
    ap.add_argument("--linear-cache", default=None,
                    help="file storing the word/text regressions between runs (see linear_models)")
    ap.add_argument("--threshold", type=float, default=None,
                    help="the body-probability cut (default: of the two cuts in 0.3-0.6 "
                         "best for the model alone, the better for the cleaner's CV)")
    ap.add_argument("--no-text", action="store_true",
                    help="the v1 model (no text model): plain_model.npz + plain_words.json")
    ap.add_argument("--out", default=str(ROOT / "newsdesk" / "data"))
    ap.add_argument("--ablate", default=None,
                    help="comma-separated cleaner rules (plain.RULES) to measure the CV without")
    ap.add_argument("--dump", default=None,
                    help="JSON file of the out-of-fold lines (label, probability, kept)")
    args = ap.parse_args(argv)
    text = not args.no_text
    t0 = time.time()

    def log(msg):
        print(f"{msg} ({time.time() - t0:.0f}s)", flush=True)
    pages = load_pages(args.limit)
    random.Random(11).shuffle(pages)
    nh = int(len(pages) * args.holdout)
    held, pages = pages[:nh], pages[nh:]
    log(f"{len(pages)} train pages, {len(held)} held out, "
        f"{sum(len(p['lines']) for p in pages)} lines")
    from scipy.sparse import vstack
    for p in pages + held:
        p["w"] = line_weights(p["lines"]) * (args.article_weight if p["article"] else 1.0)
        p["pg"] = page(p["lines"])
        p["X"] = word_matrix(p["pg"])
        if text:
            p["Xt"] = text_matrix(p["pg"])
    k = args.folds
    fold = np.arange(len(pages)) % k
    folds = [(np.flatnonzero(fold != f), np.flatnonzero(fold == f)) for f in range(k)]
    allidx = np.arange(len(pages))

    def cat(key, idx):
        return np.concatenate([np.asarray(pages[i][key], dtype=np.float32) for i in idx])

    def lr(key, idx, C):
        return fit_words(vstack([pages[i][key] for i in idx]).tocsr(), cat("y", idx),
                         cat("w", idx), C)

    def gbm(key, idx, iters, depth):
        return fit_gbm(np.vstack([pages[i][key] for i in idx]), cat("y", idx), cat("w", idx),
                       iters, depth)
    # 1. word model and text model, out of fold (grouped by page)
    fm, final = linear_models(lr, folds, allidx, args, text)
    for f, (_, te) in enumerate(folds):
        for i in te:
            p = pages[i]
            p["s"] = plain.word_scores(p["pg"], fm[f]["words"]["w"], fm[f]["words"]["bias"])
            if text:
                p["t"] = plain_text.text_scores(p["pg"], fm[f]["text"]["w"], fm[f]["text"]["bias"])
            p["M"] = stage2_of(p, text)
    log("word/text models out of fold")
    # 2. line GBM, out of fold; 3. smoother on out-of-fold probabilities, out of fold too
    sdepth = max(3, args.depth - 2)
    for f, (tr, te) in enumerate(folds):
        fm[f]["gbm"] = gbm("M", tr, args.iters, args.depth)
        for i in te:
            pages[i]["p"] = plain.predict_trees(fm[f]["gbm"], pages[i]["M"])
    for p in pages:
        p["S"] = smooth_of(p, text)
    for f, (tr, te) in enumerate(folds):
        fm[f]["smooth"] = gbm("S", tr, args.smooth_iters, sdepth)
        for i in te:
            pages[i]["q"] = plain.predict_trees(fm[f]["smooth"], pages[i]["S"])
    log("trees out of fold")
    scores = {thr: float(np.mean([page_f1(pages[i], pages[i]["q"], thr) for i in allidx]))
              for thr in (0.3, 0.4, 0.5, 0.6)}
    base = np.mean([word_f1("\n".join(t for t in pages[i]["lines"] if len(t.split()) >= 10),
                            pages[i]["truth"]) for i in allidx])
    print("OOF word-F1 by threshold:", {t: round(v, 4) for t, v in scores.items()},
          f"(>=10 words baseline {base:.4f})")
    # the cut is the whole cleaner's (its rules read the kept lines): of the two best cuts
    # for the model alone, the one with the better cleaner CV
    cand = ([args.threshold] if args.threshold is not None
            else sorted(scores, key=scores.get, reverse=True)[:2])
    cv = {t: cleaner_cv(pages, folds, fm, t) for t in cand}
    thr = max(cv, key=lambda t: np.mean(cv[t][0]))
    full, order = cv[thr]
    if len(cv) > 1:
        print("cleaner CV by threshold:", {t: round(float(np.mean(v[0])), 4) for t, v in cv.items()})
    if thr not in scores:
        scores[thr] = float(np.mean([page_f1(pages[i], pages[i]["q"], thr) for i in allidx]))
    print(f"grouped {k}-fold CV on WCXB dev ({len(pages)} pages): model {scores[thr]:.4f}, "
          f"cleaner {np.mean(full):.4f}", flush=True)
    _by_type("  CV", [pages[i] for i in order],
             [page_f1(pages[i], pages[i]["q"], thr) for i in order], full)
    if args.dump:
        dump_oof(pages, args.dump, thr)
    for rule in (args.ablate.split(",") if args.ablate else []):
        plain.DISABLED.add(rule)
        try:
            off, o2 = cleaner_cv(pages, folds, fm, thr)
        finally:
            plain.DISABLED.discard(rule)
        _by_type(f"  CV without {rule}:", [pages[i] for i in o2],
                 [page_f1(pages[i], pages[i]["q"], thr) for i in o2], off)
    # the shipped model: everything refit on all pages (trees on out-of-fold inputs)
    model = {"words": final["words"], "threshold": thr,
             "gbm": gbm("M", allidx, args.iters, args.depth),
             "smooth": gbm("S", allidx, args.smooth_iters, sdepth)}
    if text:
        model["text"] = final["text"]
    out = Path(args.out)
    if text:
        plain_text.save(model, out)
    else:
        plain.save_model(model, out)
    log(f"saved to {out}")
    if held:
        f1s = [page_f1(p, _probability(p, model, text), thr) for p in held]
        full = cleaner_f1(held, model, model.get("text"))
        base = [word_f1("\n".join(t for t in p["lines"] if len(t.split()) >= 10), p["truth"])
                for p in held]
        print(f"held-out WCXB dev word-F1: model {np.mean(f1s):.4f}, cleaner {np.mean(full):.4f}"
              f" (>=10 words baseline {np.mean(base):.4f}, {len(held)} pages)")
        _by_type("  held-out", held, f1s, full)


def cleaner_cv(pages, folds, fm, thr: float) -> tuple[list[float], list[int]]:
    """Out-of-fold word-F1 of the whole cleaner at cut `thr` -> (F1s, their page indices);
    each page's cleaned text is left in its "clean" key (for --dump)."""
    full, order = [], []
    for f, (_, te) in enumerate(folds):
        fm[f]["threshold"] = thr
        got: list[str] = []
        full += cleaner_f1([pages[i] for i in te], fm[f], fm[f]["text"], got)
        for i, g in zip(te, got):
            pages[i]["clean"] = g
        order += te.tolist()
    return full, order


def dump_oof(pages, path: str, thr: float) -> None:
    """Out-of-fold lines for error analysis: text, label, stage-3 probability, whether the
    whole cleaner kept it, per page with its truth and type."""
    rows = []
    for p in pages:
        kept = {t.strip() for t in p.get("clean", "").split("\n") if t.strip()}
        rows.append({"id": p["id"], "article": p["article"], "truth": p["truth"],
                     "thr": thr, "lines": p["lines"], "y": list(map(int, p["y"])),
                     "q": [round(float(v), 4) for v in p["q"]],
                     "kept": [int(t.strip() in kept) for t in p["lines"]]})
    Path(path).write_text(json.dumps(rows), "utf8")


def linear_models(lr, folds, allidx, args, text: bool):
    """The word (and text) logistic regressions per fold and on all pages -> (fold models,
    final models). They are most of the training time and do not depend on the tree stages,
    so with --linear-cache they are stored in (or read from) a file keyed by every option
    they depend on: tree-stage variants then train in minutes (delete the file after a
    change to the word or text features: the key does not see code)."""
    key = (f"C={args.C} text_C={args.text_C} aw={args.article_weight} limit={args.limit} "
           f"holdout={args.holdout} folds={args.folds} text={text}")
    path = Path(args.linear_cache) if args.linear_cache else None
    names = ("words", "text") if text else ("words",)
    if path is not None and path.exists():
        z = np.load(path)
        if str(z["key"]) == key:
            def get(tag):
                m = {n: {"w": z[f"{tag}.{n}.w"], "bias": float(z[f"{tag}.{n}.bias"])}
                     for n in names}
                return dict(m, text=m.get("text"))
            return [get(f"fold{f}") for f in range(len(folds))], get("final")
    fm = [{"words": lr("X", tr, args.C), "text": lr("Xt", tr, args.text_C) if text else None}
          for tr, _ in folds]
    final = {"words": lr("X", allidx, args.C),
             "text": lr("Xt", allidx, args.text_C) if text else None}
    if path is not None:
        arrays = {"key": np.array(key)}
        for tag, m in [(f"fold{f}", m) for f, m in enumerate(fm)] + [("final", final)]:
            for n in names:
                arrays[f"{tag}.{n}.w"] = m[n]["w"]
                arrays[f"{tag}.{n}.bias"] = np.float64(m[n]["bias"])
        np.savez(path, **arrays)
    return fm, final


def _by_type(what: str, pages, model_f1, cleaner_f1s) -> None:
    """Print word-F1 on article pages and on the others apart: the aeb-plain benchmark is all
    articles, while WCXB keeps comments and listings as body on the other page types."""
    art = np.array([p["article"] for p in pages], dtype=bool)
    m, c = np.asarray(model_f1), np.asarray(cleaner_f1s)
    for name, sel in (("article", art), ("other", ~art)):
        if sel.any():
            print(f"{what} {name} pages ({int(sel.sum())}): model {m[sel].mean():.4f}, "
                  f"cleaner {c[sel].mean():.4f}", flush=True)


def _probability(p, model, text: bool) -> np.ndarray:
    """Stage-3 probabilities of a page under a fitted (not installed) model."""
    p["s"] = plain.word_scores(p["pg"], model["words"]["w"], model["words"]["bias"])
    if text:
        p["t"] = plain_text.text_scores(p["pg"], model["text"]["w"], model["text"]["bias"])
    p["M"] = stage2_of(p, text)
    p["p"] = plain.predict_trees(model["gbm"], p["M"])
    return plain.predict_trees(model["smooth"], smooth_of(p, text))


if __name__ == "__main__":
    main()
