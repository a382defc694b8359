"""Rebuild `newsdesk/data/embed_lsa.npz`: the IDF table (and optional LSA projection) used to compare
articles across outlets (newsdesk/across/embed.py).

Trained on dev/train splits only: Multi-News *validation* documents and summaries, PolNeAR
train texts, WCXB dev main contents, CAMEO-quad train sentences. Test splits are never read.

    .venv/bin/python scripts/train_embed.py [--dims 0] [--shared ../shared]
"""
from __future__ import annotations

import argparse
import ast
import csv
import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.decomposition import TruncatedSVD

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from newsdesk.across.embed import MODEL_PATH, names, words  # noqa: E402


def corpus(shared: Path):
    """Yield background documents from dev/train splits."""
    csv.field_size_limit(10**9)
    with open(shared / "bench/multinews/sample_validation.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for doc in ast.literal_eval(row["documents"]):
                yield doc
            yield row["summary"]
    for p in sorted((shared / "bench/polnear/data/train/text").glob("*")):
        yield p.read_text(encoding="utf-8", errors="replace")
    for p in sorted((shared / "bench/wcxb/dev/ground-truth").glob("*.json")):
        gt = json.loads(p.read_text(encoding="utf-8"))["ground_truth"]
        if isinstance(gt, str):
            gt = ast.literal_eval(gt)
        yield f"{gt.get('title') or ''}. {gt.get('main_content') or ''}"
    with open(shared / "bench/cameo-quad/train.tsv", encoding="utf-8", newline="") as fh:
        for line in fh:
            yield line.rsplit("\t", 1)[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dims", type=int, default=0,
                    help="LSA dimensions (0 = IDF table only: on Multi-News validation the LSA "
                         "mix did not beat TF-IDF alone, see bench/stories.py)")
    ap.add_argument("--min-df", type=int, default=3)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default=str(MODEL_PATH))
    args = ap.parse_args()
    docs = []
    df: Counter = Counter()
    for text in corpus(Path(args.shared)):
        tf = Counter(words(text))
        tf.update("n:" + n for n in names(text))
        docs.append(tf)
        df.update(tf.keys())
    n = len(docs)
    vocab = sorted(t for t, c in df.items() if c >= args.min_df)
    index = {t: i for i, t in enumerate(vocab)}
    idf = np.array([math.log((n + 1) / (df[t] + 1)) + 1.0 for t in vocab], dtype=np.float32)
    rows, cols, vals = [], [], []
    for r, tf in enumerate(docs):
        for t, c in tf.items():
            i = index.get(t)
            if i is not None:
                rows.append(r)
                cols.append(i)
                vals.append((1.0 + math.log(c)) * idf[i])
    X = csr_matrix((vals, (rows, cols)), shape=(n, len(vocab)), dtype=np.float32)
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    X = csr_matrix(X.multiply(1.0 / norms[:, None]))
    arrays = {"vocab": np.array(vocab), "idf": idf.astype(np.float16)}
    if args.dims:
        svd = TruncatedSVD(n_components=args.dims, random_state=0, algorithm="randomized", n_iter=7)
        svd.fit(X)
        arrays["proj"] = svd.components_.T.astype(np.float16)       # vocab x dims
    np.savez_compressed(args.out, **arrays)
    size = Path(args.out).stat().st_size
    print(f"{n} docs, {len(vocab)} terms, {args.dims} dims -> {args.out} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
