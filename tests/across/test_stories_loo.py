"""The headline merge's guard against joins through one word (`merge_centroids` with
`loo`): two stories sharing only their subject stay apart, one story told in different
words still merges. Headlines written by us."""
from __future__ import annotations

import numpy as np

from newsdesk.across import embed
from newsdesk.across.story_consolidate import matrix, merge_centroids

NO_TIME = np.full(4, np.nan)
WINDOW = 7 * 86400.0


def _X(heads):
    return matrix([embed.term_weights(h, "") for h in heads]).tocsr()


def _centroid_cos(X, labels):
    a, b = (np.asarray(X[labels == k].sum(axis=0)).ravel() for k in (0, 1))
    return float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))


def test_two_stories_sharing_only_their_subject_stay_apart():
    # a retailer's results vs a rival retailer's results: 'outfitters' is the bridge
    X = _X(["Harbour Outfitters quarterly sales climb", "Harbour Outfitters sales climb again",
            "Granite Outfitters profit slumps on discounts", "Granite Outfitters profit slumps"])
    labels = np.array([0, 0, 1, 1])
    thr = 0.8 * _centroid_cos(X, labels)      # the plain centroid merge would join them
    assert len(set(merge_centroids(X, labels, thr, NO_TIME, WINDOW))) == 1
    assert len(set(merge_centroids(X, labels, thr, NO_TIME, WINDOW, loo=0.5))) == 2


def test_one_story_in_different_words_still_merges():
    X = _X(["Harbour Outfitters quarterly sales climb", "Harbour Outfitters sales beat forecasts",
            "Harbour Outfitters quarterly sales beat forecasts", "Quarterly sales climb at Harbour"])
    labels = np.array([0, 0, 1, 1])
    thr = 0.5 * _centroid_cos(X, labels)
    assert len(set(merge_centroids(X, labels, thr, NO_TIME, WINDOW, loo=0.5))) == 1


def test_small_stories_are_not_discounted():
    X = _X(["Harbour Outfitters quarterly sales climb", "Harbour Outfitters sales climb again",
            "Granite Outfitters profit slumps on discounts", "Granite Outfitters profit slumps"])
    labels = np.array([0, 0, 1, 1])
    thr = 0.8 * _centroid_cos(X, labels)      # groups of two: below loo_min, merged as before
    assert len(set(merge_centroids(X, labels, thr, NO_TIME, WINDOW, loo=0.5, loo_min=3))) == 1
