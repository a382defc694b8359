"""Runtime of the summary's tree ensembles: sklearn HistGradientBoosting models exported by
`scripts/train_summary.py` as padded [tree, node] arrays, walked with numpy alone (no pickle,
no sklearn at run time; all rows advance one level per step).
"""
from __future__ import annotations

import numpy as np

TREE_KEYS = ("feat", "thr", "left", "right", "leaf", "value", "depth", "base")


def trees(g: dict, X: np.ndarray) -> np.ndarray:
    """Raw output of one exported tree ensemble (TREE_KEYS arrays) on the rows of X."""
    n_trees, width = g["feat"].shape
    off = (np.arange(n_trees) * width)[:, None]                 # flat node ids per tree
    feat, thr = g["feat"].ravel().astype(np.int64), g["thr"].ravel()
    left = (g["left"].astype(np.int64) + off).ravel()
    right = (g["right"].astype(np.int64) + off).ravel()
    leaf = g["leaf"].ravel().astype(bool)
    node = np.repeat(off, len(X), axis=1)
    flat_x = np.ascontiguousarray(X).ravel()
    row_off = (np.arange(len(X)) * X.shape[1])[None, :]
    for _ in range(int(g["depth"][0]) + 1):
        is_leaf = leaf[node]
        if is_leaf.all():
            break
        x = flat_x[row_off + feat[node]]
        node = np.where(is_leaf, node, np.where(x <= thr[node], left[node], right[node]))
    return float(g["base"][0]) + g["value"].ravel()[node].sum(axis=0)
