#!/usr/bin/env python3
"""Train the summary sentence scorer (newsdesk/data/summary_gbm.npz) on Multi-News
VALIDATION only (test is for reporting, bench/summary.py).

    .venv/bin/python scripts/train_summary.py [--cv] [--limit N]

Each candidate sentence (newsdesk.report.summary.candidates) gets the module's features;
the target is how much of the sentence the reference summary states: its stemmed bigram
precision against the reference (what ROUGE-2 rewards per word spent; in CV it also gave
the best ROUGE-1, ahead of unigram precision and of the mean of both). A small HistGradientBoostingRegressor fits it; `--cv` prints 5-fold ROUGE on the
validation clusters with the module's greedy selection, so choices are tuned there. The trees
are exported as padded arrays (no pickle: loads with numpy alone, stays small).
"""
from __future__ import annotations

import argparse
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")   # a shared 2-core box: OpenMP threads thrash
import importlib.util
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from newsdesk.model import Article  # noqa: E402
from newsdesk.report import summary as S  # noqa: E402

spec = importlib.util.spec_from_file_location("bench_summary", ROOT / "bench" / "summary.py")
B = importlib.util.module_from_spec(spec)
spec.loader.exec_module(B)
PARAMS = dict(max_iter=300, learning_rate=0.04, max_leaf_nodes=15, min_samples_leaf=60,
              l2_regularization=2.0)
TARGET = "y2"   # 5-fold CV on validation: bigram precision 46.74/17.57 beat (uni+bi)/2 46.48/17.19


def _grams(toks: list[str], n: int) -> set:
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


def prepare(clusters: list[dict]):
    """Per cluster: candidates, features, similarity, targets."""
    from rouge_score import tokenize
    from nltk.stem import porter
    stem = porter.PorterStemmer().stem
    cache: dict[str, str] = {}

    def toks(t: str) -> list[str]:
        return [cache.setdefault(w, stem(w) if len(w) > 3 else w) for w in tokenize.tokenize(t, None)]

    out = []
    for c in clusters:
        arts = [Article(id=f"d{i}", raw=d, kind="text", text=d) for i, d in enumerate(c["docs"])]
        per_doc = [S.candidates(a) for a in arts[:S.MAX_ARTICLES]]
        X, index, sim = S.features(per_doc)
        if not index:
            continue
        ref = toks(c["ref"])
        r1, r2 = set(ref), _grams(ref, 2)
        y, y1, y2 = [], [], []
        for d, i in index:
            t = toks(per_doc[d][i].text)
            p1 = sum(w in r1 for w in t) / max(1, len(t))
            g = [tuple(t[j:j + 2]) for j in range(len(t) - 1)]
            p2 = sum(x in r2 for x in g) / max(1, len(g))
            y.append((p1 + p2) / 2)
            y1.append(p1)
            y2.append(p2)
        out.append({"per_doc": per_doc, "X": X, "index": index, "sim": sim, "y": np.array(y), "y1": np.array(y1), "y2": np.array(y2),
                    "ref": c["ref"]})
    return out


def fit(data: list[dict]):
    from sklearn.ensemble import HistGradientBoostingRegressor
    X = np.vstack([d["X"] for d in data])
    y = np.concatenate([d[TARGET] for d in data])
    return HistGradientBoostingRegressor(**PARAMS, random_state=0).fit(X, y)


def rouge(data: list[dict], score_fn) -> tuple[float, float, float]:
    from rouge_score import rouge_scorer
    sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    tot = np.zeros(3)
    for d in data:
        ch = S.select(d["per_doc"], score_fn(d), d["index"], d["sim"], B.BUDGET, overfill=True)
        ch.sort(key=lambda k: d["index"][k])
        text = B.cut(" ".join(d["per_doc"][d["index"][k][0]][d["index"][k][1]].text for k in ch))
        s = sc.score(d["ref"], text)
        tot += [s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeL"].fmeasure]
    return tuple(100 * tot / len(data))


def export(model, path: Path) -> None:
    """sklearn's fitted predictors -> padded [tree, node] arrays for summary.predict."""
    preds = [p[0] for p in model._predictors]
    width = max(len(p.nodes) for p in preds)
    n = len(preds)
    arr = {k: np.zeros((n, width), dtype=dt) for k, dt in
           (("feat", np.int16), ("thr", np.float64), ("left", np.int16), ("right", np.int16),
            ("value", np.float64), ("leaf", np.int8))}
    arr["leaf"][:] = 1
    depth = 0
    for t, p in enumerate(preds):
        nodes = p.nodes
        k = len(nodes)
        arr["feat"][t, :k] = nodes["feature_idx"]
        arr["thr"][t, :k] = nodes["num_threshold"]
        arr["left"][t, :k] = nodes["left"]
        arr["right"][t, :k] = nodes["right"]
        arr["value"][t, :k] = nodes["value"]
        arr["leaf"][t, :k] = nodes["is_leaf"]
        depth = max(depth, int(nodes["depth"].max()))
    base = float(np.ravel(model._baseline_prediction)[0])
    np.savez_compressed(path, **arr, base=np.array([base]), depth=np.array([depth]),
                        features=np.array(S.FEATURES))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--reuse", action="store_true", help="reuse the prepared features (/tmp)")
    args = ap.parse_args()
    clusters, failed = B.load("validation", args.limit)
    pkl = B.CACHE / f"train-{len(clusters)}-{len(S.FEATURES)}f-{B._cleaner_key()}.pkl"
    if args.reuse and pkl.exists():
        data = pickle.loads(pkl.read_bytes())
    else:
        data = prepare(clusters)
        pkl.write_bytes(pickle.dumps(data))
    print(f"{len(data)} validation clusters, {sum(len(d['y']) for d in data)} candidates, "
          f"{failed} docs fell back to raw")
    if args.cv:
        folds = 5
        res = []
        for f in range(folds):
            train = [d for i, d in enumerate(data) if i % folds != f]
            test = [d for i, d in enumerate(data) if i % folds == f]
            m = fit(train)
            res.append(rouge(test, lambda d: m.predict(d["X"])))
        print("CV (model)      R-1 %.2f R-2 %.2f R-L %.2f" % tuple(np.mean(res, axis=0)))
        print("heuristic       R-1 %.2f R-2 %.2f R-L %.2f" % rouge(data, lambda d: S._cheap(d["X"])))
    if not args.no_save:
        m = fit(data)
        export(m, S.MODEL_PATH)
        S._MODEL = None
        diff = max(float(np.abs(S.predict(d["X"]) - m.predict(d["X"])).max()) for d in data[:20])
        print("export max abs diff", diff, "size", S.MODEL_PATH.stat().st_size)


if __name__ == "__main__":
    main()
