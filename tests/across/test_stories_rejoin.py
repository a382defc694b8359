"""After the long-text cuts: a pair may be cut off a story of six on its own IDF
(`Params.pair_split_side`), and the articles of a story just cut move once more (`rejoin`),
so one the first cut left on the wrong side goes home. Texts written for this test."""
from __future__ import annotations

import numpy as np
from scipy import sparse

from newsdesk.across.stories import Params
from newsdesk.across.story_consolidate import rejoin, split, within_idf

from tests.across.test_stories_split_own import BOMBING, COUP, FERRY, _vectors

# a fourth telling of the airport bombing, so that bombing and coup are four and two
BOMBING_4 = BOMBING + [
    ("Airport bombers came from abroad, minister says",
     "The three men who blew themselves up at Port Delmar airport had crossed into Kastovia "
     "a month ago, the interior minister said. Their explosive vests were packed with nails; "
     "the terminal reopened on Thursday while relatives of the 30 dead gathered outside."),
]


def _own(items, side):
    p = Params()
    return split(_vectors(items), np.zeros(len(items), dtype=np.int64), p.pair_split_own,
                 p.pair_split_min, own_idf=True, min_side=side)


def test_a_pair_is_cut_off_a_story_of_six():
    assert len(set(_own(BOMBING_4 + COUP[:2], 0))) == 1      # groups of three each: kept
    labels = _own(BOMBING_4 + COUP[:2], Params().pair_split_side)
    assert len(set(labels[:4])) == 1 and len(set(labels[4:])) == 1
    assert labels[0] != labels[4]


def test_the_side_of_two_leaves_one_story_whole():
    assert len(set(_own(FERRY, Params().pair_split_side))) == 1
    assert len(set(_own(BOMBING[:2] + COUP[:2], Params().pair_split_side))) == 1


def _cosines(items):
    """Own-IDF cosines stand in for the pair model's probabilities: the country's names
    drop out, the acts remain."""
    X = within_idf(_vectors(items))
    W = (X @ X.T).tolil()
    W.setdiag(0.0)
    return sparse.csr_matrix(W)


def test_an_article_cut_to_the_wrong_side_rejoins_its_story():
    items = BOMBING + COUP + FERRY[:3]
    W = _cosines(items)
    before = np.array([0] * 6 + [1] * 3)
    after = np.array([0, 0, 0, 0, 2, 2, 1, 1, 1])        # the cut left COUP[0] with the bombing
    ts = np.full(len(items), np.nan)
    out = rejoin(W, before, after, ts, 1e9, 0.05)
    assert out[3] == out[4] == out[5] and out[3] != out[0]
    assert len(set(out[6:])) == 1 and out[6] not in (out[0], out[3])


def test_stories_not_cut_stay_as_they_are():
    items = BOMBING + COUP
    W = _cosines(items)
    wrong = np.array([0, 0, 0, 0, 1, 1])                  # never cut: rejoin leaves it alone
    ts = np.full(len(items), np.nan)
    assert (rejoin(W, wrong, wrong, ts, 1e9, 0.05) == wrong).all()
