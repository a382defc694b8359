"""story_absorb: a small headline fragment joins the much bigger story it matches, on sets
we wrote ourselves (term vectors only; the dense share is checked on made-up rows)."""
from __future__ import annotations

import numpy as np

from newsdesk.across import embed
from newsdesk.across.story_absorb import absorb
from newsdesk.across.story_consolidate import matrix

WEEK = 7 * 86400.0

# a big story: the Tarvel dam's spillway failing; a fragment: the dam's evacuation order;
# an unrelated small story on a port strike
DAM = ["Tarvel dam spillway fails after record rain",
       "Spillway failure at Tarvel dam forces release of water",
       "Engineers race to shore up failing Tarvel dam spillway",
       "Tarvel dam: cracked spillway threatens valley towns",
       "Record rain overwhelms Tarvel dam spillway",
       "Tarvel dam operators open gates as spillway crumbles"]
FRAGMENT = ["Valley towns below Tarvel dam ordered to evacuate",
            "Evacuation order for towns under Tarvel dam"]
STRIKE = ["Dockworkers strike closes Brennic port",
          "Brennic port idle as dockworkers walk out"]


def _matrix(heads):
    m = embed.model()
    return matrix([embed.term_weights(h, "", m) for h in heads])


def _labels():
    return np.array([0] * len(DAM) + [1] * len(FRAGMENT) + [2] * len(STRIKE))


def test_fragment_joins_its_big_story_and_the_unrelated_one_stays():
    X = _matrix(DAM + FRAGMENT + STRIKE)
    labels = _labels()
    out = absorb(X, None, labels, np.full(len(labels), np.nan), WEEK, thr=0.15, big=5,
                 small=2)
    assert (out[labels == 1] == out[0]).all()
    assert (out[labels == 2] != out[0]).all()
    # the big story never moves, and nothing joins a story that is not big enough
    same = absorb(X, None, labels, np.full(len(labels), np.nan), WEEK, thr=0.15, big=10,
                  small=2)
    assert (same == labels).all()


def test_no_join_across_the_time_window():
    X = _matrix(DAM + FRAGMENT + STRIKE)
    labels = _labels()
    ts = np.where(labels == 1, 40.0, 0.0) * 86400.0       # the fragment a month later
    out = absorb(X, None, labels, ts, WEEK, thr=0.15, big=5, small=2)
    assert (out == labels).all()


def test_dense_share_can_carry_a_paraphrase():
    # no shared terms at all: only the dense rows tie the fragment to the big story
    X = _matrix(["alpha bravo charlie"] * 6 + ["delta echo"] * 2)
    labels = np.array([0] * 6 + [1] * 2)
    D = np.zeros((8, 4))
    D[:, 0] = 1.0
    nan = np.full(8, np.nan)
    assert (absorb(X, None, labels, nan, WEEK, thr=0.2, big=5, small=2) == labels).all()
    out = absorb(X, D, labels, nan, WEEK, thr=0.2, big=5, small=2, share=0.3)
    assert (out == 0).all()
