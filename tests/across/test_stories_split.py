"""Story consolidation guards against one-word joins: the split step and the merge's
top-term discount, on small headline sets we wrote ourselves."""
from __future__ import annotations

import numpy as np

from newsdesk.across import embed
from newsdesk.across.stories import Params, assign
from newsdesk.across.story_consolidate import matrix, merge_average, split, split_pairs
from newsdesk.model import Article

# Two stories that happen to share one word ('Harbourfest'), each told many ways.
KEYNOTE = ["Whistleblower Dana Moreau speaks at Harbourfest by video link",
           "Dana Moreau tells Harbourfest crowd she has no regrets",
           "Moreau defends leaks in Harbourfest video appearance",
           "Whistleblower Moreau says leaks made citizens safer",
           "Dana Moreau urges engineers to encrypt everything",
           "Moreau: mass surveillance is setting fire to the internet"]
FILM = ["Director Tomas Lind premieres cooking comedy 'Skillet' at Harbourfest",
        "Tomas Lind's 'Skillet' wins over Harbourfest audience",
        "First clip from Tomas Lind comedy 'Skillet' released",
        "'Skillet' review: Lind serves a warm kitchen comedy",
        "Tomas Lind on why he made 'Skillet' about a food truck",
        "Lind's food truck comedy 'Skillet' gets summer release"]
# One subject, densely linked: every headline names the game.
GAME = ["Stormbreak review: mechs and parkour on Xbox One",
        "Stormbreak servers buckle on launch day",
        "Stormbreak launch: players report long queues",
        "Stormbreak patch fixes matchmaking on Xbox One",
        "Stormbreak sells out at launch in UK stores",
        "Stormbreak review roundup: critics praise the mechs",
        "Stormbreak on PC needs 48GB of disk space"]


def _vectors(heads):
    m = embed.model()
    return matrix([embed.term_weights(h, "", m) for h in heads])


def test_split_cuts_two_stories_glued_by_one_word():
    X = _vectors(KEYNOTE + FILM)
    labels = split(X, np.zeros(len(KEYNOTE) + len(FILM), dtype=np.int64), 0.22)
    assert len(set(labels[:6])) == 1 and len(set(labels[6:])) == 1
    assert labels[0] != labels[6]


def test_split_keeps_one_subject_whole():
    X = _vectors(GAME)
    assert len(set(split(X, np.zeros(len(GAME), dtype=np.int64), 0.22))) == 1


def test_split_leaves_small_stories_alone():
    X = _vectors(KEYNOTE[:2] + FILM[:2])
    assert len(set(split(X, np.zeros(4, dtype=np.int64), 0.22, min_size=3))) == 1


def _pair_matrix(blocks, link):
    """Pair probabilities: 0.8 within each block, `link` between the first two blocks' first
    members."""
    from scipy import sparse
    n = sum(blocks)
    P = np.zeros((n, n))
    start = 0
    for b in blocks:
        P[start:start + b, start:start + b] = 0.8
        start += b
    if len(blocks) > 1:
        P[0, blocks[0]] = P[blocks[0], 0] = link
    np.fill_diagonal(P, 0.0)
    return sparse.csr_matrix(P)


def test_split_pairs_cuts_two_groups_held_by_one_pair():
    labels = split_pairs(_pair_matrix([4, 3], 0.9), np.zeros(7, dtype=np.int64), 0.5)
    assert len(set(labels[:4])) == 1 and len(set(labels[4:])) == 1
    assert labels[0] != labels[4]


def test_split_pairs_keeps_a_linked_story_whole():
    P = _pair_matrix([7], 0.0)
    assert len(set(split_pairs(P, np.zeros(7, dtype=np.int64), 0.5))) == 1
    small = _pair_matrix([2, 2], 0.0)       # groups under min_size stay together
    assert len(set(split_pairs(small, np.zeros(4, dtype=np.int64), 0.5))) == 1


def test_merge_discounts_the_one_shared_term():
    # two pairs of articles share one word only; without the discount they merge
    texts = ["Scan of mummy bones finds cancer in ancient Egyptian tomb",
             "Archaeologists find cancer in bones of ancient Egyptian mummy",
             "Actor's publicist denies he blamed throat cancer on virus",
             "Publicist says actor never linked his throat cancer to virus"]
    X = _vectors(texts)
    labels = np.array([0, 0, 1, 1])
    ts = np.full(4, np.nan)
    hub = np.zeros(4)
    glued = merge_average(X, labels, 0.02, ts, 7 * 86400.0, hub, loo=0.0)
    apart = merge_average(X, labels, 0.02, ts, 7 * 86400.0, hub, loo=1.0)
    assert len(set(glued)) == 1
    assert len(set(apart)) == 2
    # a pair that shares its story, not one word, still merges with the discount
    same = merge_average(X[:2], np.array([0, 1]), 0.02, ts[:2], 7 * 86400.0, hub[:2], loo=1.0)
    assert len(set(same)) == 1


def test_assign_separates_glued_headline_stories():
    heads = KEYNOTE + FILM + GAME
    arts = [Article(f"h{i}", raw=h, text="", title=h) for i, h in enumerate(heads)]
    assign(arts, Params())
    assert len({a.story for a in arts[:6]}) == 1
    assert len({a.story for a in arts[6:12]}) == 1
    assert arts[0].story != arts[6].story != arts[12].story
