"""Train the article-pair model of story consolidation (newsdesk/data/story_pairs.npz).

    .venv/bin/python scripts/train_story_pairs.py            # writes the table
    .venv/bin/python scripts/train_story_pairs.py --dry-run  # cross-set check only

Pairs: every article with its 20 nearest neighbours (cosine), labelled 'same gold story',
from the tuning parts only: Multi-News validation (clustered alone) and UCI headlines whose
story is in half 0 (bench/stories.py `story_half`; the whole feed gives the context, only
half-0 pairs are labelled). Nearest neighbours are the hard negatives: same-subject
articles of other stories. Each set weighs the same in training, whatever its pair count.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from newsdesk.across import story_pairs as sp  # noqa: E402
from newsdesk.across.duplicates import find_duplicates  # noqa: E402


def pair_data(arts, gold, keep=lambda aid: True, k: int = 20, wide: int = 0):
    """(features, labels) of the candidate pairs whose both articles pass `keep`: each
    article's `k` nearest, and the other-story pairs among its `wide` nearest (the hard
    negatives a big same-story neighbourhood would otherwise crowd out)."""
    from newsdesk.across import stories
    found = find_duplicates(arts)
    for a in arts:
        a.duplicate_of = found.get(a.id)
    index = stories.fitted_index(arts)
    ctx = index.pair_context()
    aids = np.array(index.aids)
    n = len(aids)
    I, J = sp.candidates(ctx, k)
    I2, J2 = sp.candidates(ctx, wide) if wide else (I[:0], J[:0])
    neg = np.array([gold[aids[i]] != gold[aids[j]] for i, j in zip(I2, J2)], dtype=bool)
    key = np.union1d(I * n + J, I2[neg] * n + J2[neg])
    I, J = key // n, key % n
    ok = np.array([keep(aids[i]) and keep(aids[j]) for i, j in zip(I, J)], dtype=bool)
    I, J = I[ok], J[ok]
    y = np.array([gold[aids[i]] == gold[aids[j]] for i, j in zip(I, J)], dtype=np.int8)
    return sp.features(ctx, I, J), y


def export(gbm, names) -> sp.Trees:
    """sklearn GradientBoostingClassifier (binary) -> flat arrays for numpy inference."""
    feature, threshold, left, right, value, roots = [], [], [], [], [], []
    off = 0
    for est in gbm.estimators_[:, 0]:
        t = est.tree_
        roots.append(off)
        feature.append(t.feature)
        # sklearn compares float32 features with float64 thresholds: store the largest
        # float32 not above each threshold so numpy's float32 comparison agrees exactly
        t32 = t.threshold.astype(np.float32)
        threshold.append(np.where(t32 > t.threshold, np.nextafter(t32, np.float32(-np.inf)), t32))
        left.append(np.where(t.children_left >= 0, t.children_left + off, -1))
        right.append(np.where(t.children_right >= 0, t.children_right + off, -1))
        value.append(t.value[:, 0, 0] * gbm.learning_rate)
        off += t.node_count
    prior = gbm.init_.class_prior_[1]
    return sp.Trees(np.concatenate(feature).astype(np.int32),
                    np.concatenate(threshold).astype(np.float32),
                    np.concatenate(left).astype(np.int32), np.concatenate(right).astype(np.int32),
                    np.concatenate(value).astype(np.float32), np.array(roots, dtype=np.int32),
                    float(np.log(prior / (1 - prior))), names)


def main() -> None:
    import stories as bench        # bench/stories.py: the loaders and the UCI halves
    from sklearn.ensemble import GradientBoostingClassifier
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--trees", type=int, default=120)
    ap.add_argument("--depth", type=int, default=3)
    args = ap.parse_args()
    sets = []
    arts, gold = bench.multinews(("validation",), None)
    sets.append(("multinews-val", *pair_data(arts, gold)))
    arts, gold = bench.uci(False, None)
    sets.append(("uci-half0", *pair_data(arts, gold, lambda a: bench.story_half(gold[a]) == 0)))
    for name, F, y in sets:
        print(f"{name}: {len(y)} pairs, {y.mean():.1%} same story")

    def fit(parts):
        F = np.vstack([f for _, f, _ in parts])
        y = np.concatenate([y for _, _, y in parts])
        # each set weighs the same (probabilities keep each set's own class balance)
        w = np.concatenate([np.full(len(y), 1.0 / len(y)) for _, _, y in parts])
        gbm = GradientBoostingClassifier(n_estimators=args.trees, max_depth=args.depth,
                                         learning_rate=0.1, subsample=0.8, random_state=0)
        gbm.fit(F, y, sample_weight=w * len(w))
        return gbm

    from sklearn.metrics import average_precision_score
    for a, b in ((0, 1), (1, 0)):        # does what one set teaches carry to the other?
        gbm = fit([sets[a]])
        F, y = sets[b][1], sets[b][2]
        print(f"train {sets[a][0]} -> {sets[b][0]}: AP {average_precision_score(y, gbm.predict_proba(F)[:, 1]):.3f}"
              f" (cosine alone {average_precision_score(y, F[:, 0]):.3f})")
    if args.dry_run:
        return
    gbm = fit(sets)
    trees = export(gbm, list(sp.FEATURES))
    F = np.vstack([f for _, f, _ in sets])
    assert np.allclose(trees.proba(F), gbm.predict_proba(F)[:, 1], atol=1e-4)
    trees.save()
    print(f"wrote {sp.MODEL_PATH} ({sp.MODEL_PATH.stat().st_size / 1024:.0f} KB)")


if __name__ == "__main__":
    main()
