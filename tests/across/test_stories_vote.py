"""Consolidation's last looks: the pair-score reassignment (mean for long texts, a vote of
the nearest neighbours for headline feeds) and the split on a story's own IDF, on small
sets we wrote ourselves."""
from __future__ import annotations

import numpy as np
from scipy import sparse

from newsdesk.across import embed
from newsdesk.across.stories import Params, assign
from newsdesk.across.story_consolidate import (hub_corrected, knn_cosines, matrix,
                                              reassign_pairs, split)
from newsdesk.model import Article

NO_TIME = np.full(6, np.nan)


def _pairs(edges, n=6):
    W = np.zeros((n, n))
    for i, j, v in edges:
        W[i, j] = W[j, i] = v
    return sparse.csr_matrix(W)


def test_vote_brings_a_stray_home_and_leaves_the_settled_alone():
    # 0-2 one story, 3-5 another; article 2 was put with the second by the single pass
    W = _pairs([(0, 1, .6), (0, 2, .5), (1, 2, .5), (3, 4, .6), (3, 5, .6), (4, 5, .6),
                (2, 3, .2)])
    labels = np.array([0, 0, 1, 1, 1, 1])
    out = reassign_pairs(W, labels, NO_TIME, 7 * 86400.0, margin=0.5, mean=False)
    assert out[2] == out[0] == out[1] and out[3] == out[4] == out[5] and out[0] != out[3]
    # a margin above the evidence keeps it where it was
    kept = reassign_pairs(W, labels, NO_TIME, 7 * 86400.0, margin=1.0, mean=False)
    assert kept[2] == kept[3]


def test_mean_reassignment_needs_the_floor_and_respects_the_window():
    W = _pairs([(0, 1, .9), (1, 2, .9), (0, 2, .9), (3, 4, .9), (2, 3, .3)])
    labels = np.array([0, 0, 1, 1, 1, 2])
    moved = reassign_pairs(W, labels, NO_TIME, 7 * 86400.0, floor=0.5)
    assert moved[2] == moved[0]
    ts = np.array([0, 0, 30, 30, 30, 30]) * 86400.0           # story 0 is a month older
    apart = reassign_pairs(W, labels, ts, 7 * 86400.0, floor=0.5)
    assert apart[2] == apart[3]


def test_knn_cosines_is_symmetric_and_keeps_each_rows_best():
    m = embed.model()
    heads = ["Levee breaks in Marisk after three days of rain",
             "Marisk levee gives way, villages flooded",
             "Floods in Marisk: levee breach forces evacuations",
             "Central bank holds rates steady in Orvane"]
    C = knn_cosines(matrix([embed.term_weights(h, "", m) for h in heads]), 1)
    assert abs(C - C.T).max() < 1e-12
    assert C[3].nnz <= 1 and C[0].nnz >= 1



def test_hub_correction_discounts_a_headline_close_to_every_story():
    # a round-up headline touches both stories; each story's own headlines touch one
    m = embed.model()
    heads = ["Levee breaks in Marisk after three days of rain",
             "Marisk levee gives way, villages flooded",
             "Floods in Marisk: levee breach forces evacuations",
             "Central bank holds rates steady in Orvane",
             "Orvane central bank keeps interest rates on hold",
             "Orvane rates unchanged as central bank waits",
             "Morning briefing: Marisk floods, Orvane rates, levee, central bank"]
    W = knn_cosines(matrix([embed.term_weights(h, "", m) for h in heads]), 4)
    H = hub_corrected(W, 4, 0.25)
    assert abs(H - H.T).max() < 1e-12
    assert (H - W).max() <= 1e-12                   # never adds evidence
    kept = np.asarray(H.sum(axis=1)).ravel() / np.asarray(W.sum(axis=1)).ravel()
    assert kept[6] < kept[:6].min()                 # the round-up loses the most
    assert H[0, 1] > 0 and H[3, 4] > 0              # same-story pairs keep their link
    assert abs(hub_corrected(W, 4, 0.0) - W).max() == 0


# Two stories on one subject ('Stormbreak'): the launch-day server crash and the reviews.
CRASH = ["Stormbreak servers crash on launch day",
         "Stormbreak launch marred by server crash and login queues",
         "Players locked out as Stormbreak servers crash",
         "Stormbreak server crash: developer apologises for login queues",
         "Stormbreak login queues last hours after server crash",
         "Developer promises fix for Stormbreak server crash and queues",
         "Stormbreak servers back after launch day crash"]
REVIEW = ["Stormbreak review: mechs and parkour done right",
          "Stormbreak review: a shooter with heart and great mechs",
          "Critics praise Stormbreak mechs in early review scores",
          "Stormbreak review roundup: critics love the mechs",
          "Review: Stormbreak mechs make it the shooter of the year",
          "Stormbreak review scores: critics call the mechs superb",
          "Stormbreak review: parkour and mechs win critics over"]


def test_own_idf_split_parts_same_subject_stories():
    p = Params()
    m = embed.model()
    X = matrix([embed.term_weights(h, "", m) for h in CRASH + REVIEW])
    labels = np.zeros(len(CRASH) + len(REVIEW), dtype=np.int64)
    out = split(X, labels, p.split_own, p.split_own_min, own_idf=True)
    assert len(set(out[:7])) == 1 and len(set(out[7:])) == 1 and out[0] != out[7]


def test_headline_feed_keeps_two_same_subject_stories_apart():
    heads = CRASH + REVIEW
    arts = [Article(f"h{i}", raw=h, text="", title=h) for i, h in enumerate(heads)]
    assign(arts, Params())
    assert len({a.story for a in arts[:7]}) == 1 and len({a.story for a in arts[7:]}) == 1
    assert arts[0].story != arts[7].story
