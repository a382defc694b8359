"""TF-IDF vectors of a story's candidate sentences (the summary's similarity, centrality and
redundancy measures). Why per story: the idf that matters is the story's own (a word every
outlet repeats is its topic, not evidence that one sentence matters more).
"""
from __future__ import annotations

import numpy as np


def tfidf(token_lists: list[list[str]]):
    """Row-normalised TF-IDF matrix (scipy CSR) over the story's sentences, the idf and the
    vocabulary (word -> column)."""
    from scipy.sparse import csr_matrix, diags
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for i, toks in enumerate(token_lists):
        counts: dict[int, int] = {}
        for t in toks:
            j = vocab.setdefault(t, len(vocab))
            counts[j] = counts.get(j, 0) + 1
        for j, c in counts.items():
            rows.append(i)
            cols.append(j)
            vals.append(float(c))
    n = len(token_lists)
    m = csr_matrix((vals, (rows, cols)), shape=(n, max(1, len(vocab))))
    df = np.bincount(cols, minlength=m.shape[1]) if cols else np.zeros(m.shape[1])
    idf = np.log((1 + n) / (1 + df)) + 1.0
    m = m.multiply(idf[None, :]).tocsr()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return diags(1.0 / norms) @ m, idf, vocab
