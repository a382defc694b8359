"""Dense vectors in story clustering (story_dense.py): embedded once per article as it is
added, page junk gets no dense evidence, and the headline vote reads the mixed cosine."""
from __future__ import annotations

import numpy as np

from newsdesk.across import embed, story_dense
from newsdesk.across.stories import Params, assign, fitted_index
from newsdesk.across.story_consolidate import knn_cosines, matrix
from newsdesk.model import Article

from across.test_stories import WALL


def test_lead_is_the_title_and_the_first_words():
    body = " ".join(f"w{i}" for i in range(400))
    assert story_dense.lead("Levee breaks", body, 3) == "Levee breaks. w0 w1 w2"
    assert story_dense.lead(None, body, 2) == "w0 w1"
    assert story_dense.lead("", "", 5) == ""
    assert len(story_dense.lead("T", body, 0).split()) == 401


def _feed(walls: int = 3) -> list[Article]:
    heads = ["Levee breaks in Marisk after three days of rain",
             "Marisk levee gives way, villages flooded",
             "Central bank holds rates steady in Orvane",
             "Orvane central bank keeps interest rates on hold",
             "Floods in Marisk: levee breach forces evacuations"]
    arts = [Article(f"h{i}", raw=h, text="", title=h) for i, h in enumerate(heads)]
    return arts + [Article(f"wall{i}", raw=WALL, text="", title="Sign in to keep reading",
                           kind="text") for i in range(walls)]


def test_each_article_is_embedded_once_and_junk_gets_a_zero_row():
    arts = _feed()
    index = fitted_index(arts)
    assert set(index.dense) == {a.id for a in arts}
    for aid, row in index.dense.items():
        norm = float(np.linalg.norm(row))
        assert (norm == 0.0) if aid.startswith("wall") else abs(norm - 1.0) < 1e-4


def test_sign_in_walls_stay_singletons_even_on_dense_alone():
    arts = _feed()
    assign(arts, Params(short_vote_dense=1.0, short_vote=0.01))
    walls = [a.story for a in arts if a.id.startswith("wall")]
    assert len(set(walls)) == 3
    assert not set(walls) & {a.story for a in arts if a.id.startswith("h")}


def test_knn_mixes_the_dense_cosine_in_by_its_share():
    m = embed.model()
    heads = ["Protesters clash with police in Kiev",
             "Clashes in the Ukrainian capital leave dozens hurt",
             "Apple unveils a new phone"]
    X = matrix([embed.term_weights(h, "", m) for h in heads])
    D = story_dense.vectors([(h, "") for h in heads])
    terms = knn_cosines(X, 2).toarray()
    assert terms[0, 1] == 0.0                   # no shared term: no neighbour by terms
    mixed = knn_cosines(X, 2, dense=D, share=0.5).toarray()
    assert mixed[0, 1] > max(mixed[0, 2], mixed[1, 2])   # the paraphrase is the nearest
    assert np.allclose(knn_cosines(X, 2, dense=D, share=0.0).toarray(), terms)
