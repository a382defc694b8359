"""The learned pair similarity (story_pairs.py) on real text: the dev batches' same-story
pairs outscore their other-story pairs, loners sharing a word are never scored, and the
average-linkage merge joins a story the single pass left in two."""
from __future__ import annotations

import json

import numpy as np
from scipy import sparse

from newsdesk import api
from newsdesk.across import story_pairs as sp
from newsdesk.across.stories import fitted_index
from conftest import shared_path


def _dev():
    root = shared_path("eval", "dev")
    arts = api.clean_paths(sorted(root.glob("batch-*/articles"))).articles
    gold = {}
    for k, path in enumerate(sorted(root.glob("batch-*/gold.json"))):
        for s in json.loads(path.read_text(encoding="utf-8"))["stories"]:
            gold.update({aid: f"{k}:{s['id']}" for aid in s["articles"]})
    return [a for a in arts if a.id in gold], gold


def test_shipped_model_matches_the_features():
    trees = sp.model()
    assert trees is not None and trees.names == list(sp.FEATURES)


def test_same_story_pairs_outscore_other_story_pairs_on_dev():
    arts, gold = _dev()
    index = fitted_index(arts)
    ctx = index.pair_context()
    I, J = sp.candidates(ctx, 20)
    p = sp.model().proba(sp.features(ctx, I, J))
    assert ((p >= 0) & (p <= 1)).all()
    aids = index.aids
    same = np.array([gold[aids[i]] == gold[aids[j]] for i, j in zip(I, J)])
    assert same.any() and (~same).any()
    # most same-story pairs above every other-story pair's median, and on average far above
    assert np.mean(p[same] > np.median(p[~same])) > 0.9
    assert p[same].mean() > p[~same].mean() + 0.4


def test_features_are_symmetric_and_loners_are_not_candidates():
    arts, _ = _dev()
    ctx = fitted_index(arts).pair_context()
    I, J = sp.candidates(ctx, 20)
    assert np.allclose(sp.features(ctx, I, J), sp.features(ctx, J, I), atol=1e-5)
    cos = np.asarray(ctx.X[I].multiply(ctx.X[J]).sum(axis=1)).ravel()
    assert (cos >= sp.MIN_COS).all()


def test_merge_scores_joins_a_split_story_and_keeps_others_apart():
    # articles 0-1 and 2-3 are one story told in two seeds; 4 shares one weak pair
    P = np.zeros((5, 5))
    for i, j, v in ((0, 1, .9), (2, 3, .9), (0, 2, .8), (1, 3, .7), (0, 3, .6), (1, 2, .7),
                    (3, 4, .1)):
        P[i, j] = P[j, i] = v
    labels = np.array([0, 0, 1, 1, 2])
    out = sp.merge_scores(sparse.csr_matrix(P), labels, 0.3, np.full(5, np.nan), 7 * 86400)
    assert out[0] == out[1] == out[2] == out[3] != out[4]
