"""Story consolidation: the second look `StoryIndex.consolidate()` takes once articles
have arrived. Articles move to the story that fits them best, then close stories merge.
Everything works on the sparse article x term matrix and on per-story sums, so a pass
costs about stories x articles, never article pairs held in memory at once."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

if TYPE_CHECKING:
    from .stories import Params


def matrix(vecs: list[dict[str, float]], vocab: dict[str, int] | None = None) -> sparse.csr_matrix:
    """Sparse rows of term vectors; `vocab` (term -> column) grows with new terms, so several
    matrices can share one column space."""
    vocab = {} if vocab is None else vocab
    rows, cols, vals = [], [], []
    for r, vec in enumerate(vecs):
        for t, w in vec.items():
            rows.append(r)
            cols.append(vocab.setdefault(t, len(vocab)))
            vals.append(w)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(vecs), max(1, len(vocab))))


def fold(i: int, j: int, G, size, lo, hi, alive, parent, Sim) -> None:
    """Agglomeration bookkeeping: group j joins group i (links, size, time span, labels) and
    j leaves the similarity table; the caller then refreshes row i its own way."""
    G[i, :] += G[j, :]
    G[:, i] += G[:, j]
    size[i] += size[j]
    lo[i], hi[i] = min(lo[i], lo[j]), max(hi[i], hi[j])
    alive[j] = False
    parent[parent == j] = i
    Sim[j, :] = -np.inf
    Sim[:, j] = -np.inf


def masked(r: np.ndarray, i: int, lo, hi, alive, window: float) -> np.ndarray:
    """Group i's merge scores `r` with the impossible partners at -inf: itself, groups already
    folded away, and stories more than `window` apart in time."""
    gap = np.nan_to_num(np.maximum(lo - hi[i], lo[i] - hi), nan=0.0, posinf=0.0, neginf=0.0)
    r[(~alive) | (gap > window)] = -np.inf
    r[i] = -np.inf
    return r


def relabel(labels: np.ndarray) -> np.ndarray:
    return np.unique(labels, return_inverse=True)[1]


def centroids(X, labels: np.ndarray):
    k = int(labels.max()) + 1
    M = sparse.csr_matrix((np.ones(len(labels)), (labels, np.arange(len(labels)))),
                          shape=(k, len(labels)))
    return (M @ X).tocsr()


def ends(ts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(earliest, latest) time of every article: `ts` holds one time each, or (n x 2) a
    span for articles that reach back (a follow-up's act, story_follow.time_spans)."""
    return (ts, ts) if ts.ndim == 1 else (ts[:, 0], ts[:, 1])


def spans(labels: np.ndarray, ts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    k = int(labels.max()) + 1
    lo, hi = np.full(k, np.inf), np.full(k, -np.inf)
    t_lo, t_hi = ends(ts)
    ok = ~np.isnan(t_hi)
    np.minimum.at(lo, labels[ok], t_lo[ok])
    np.maximum.at(hi, labels[ok], t_hi[ok])
    return lo, hi


def reassign(X, labels: np.ndarray, thr: np.ndarray, ts: np.ndarray, p: Params,
              chunk: int = 2000) -> np.ndarray:
    """One pass: every article to its best story by cosine to the story centroid without
    the article itself; it stays when no other story beats its own by `move_margin` and
    reaches its threshold. Stories out of the time window are not considered. Rows go in
    chunks so memory stays at chunk x stories."""
    C = centroids(X, labels)
    n2 = np.asarray(C.multiply(C).sum(axis=1)).ravel()
    x2 = np.asarray(X.multiply(X).sum(axis=1)).ravel()
    inv = 1.0 / np.sqrt(np.maximum(n2, 1e-12))
    dated = not np.isnan(ts).all()
    if dated:
        lo, hi = spans(labels, ts)
    out = labels.copy()
    for a in range(0, len(labels), chunk):
        sl = slice(a, min(a + chunk, len(labels)))
        lab, rows = labels[sl], np.arange(sl.stop - sl.start)
        D = (X[sl] @ C.T).toarray()                           # raw dots to every centroid
        own_dot = D[rows, lab]
        own_n2 = n2[lab] - 2 * own_dot + x2[sl]
        own = np.where(own_n2 > 1e-9,
                       (own_dot - x2[sl]) / np.sqrt(np.maximum(own_n2, 1e-9)), -1.0)
        S = D * inv[None, :]
        S[rows, lab] = -1.0
        if dated:
            t_lo, t_hi = (t[sl][:, None] for t in ends(ts))
            gap = np.nan_to_num(np.maximum(lo[None, :] - t_hi, t_lo - hi[None, :]),
                                nan=0.0, posinf=0.0, neginf=0.0)
            S[gap > p.window_days * 86400] = -1.0
        best = S.argmax(axis=1)
        gain = S[rows, best]
        move = (gain >= thr[sl]) & (gain > own + p.move_margin)
        out[sl] = np.where(move, best, lab)
    return out


def knn_cosines(X, k: int, min_cos: float = 0.05, chunk: int = 2000, dense=None,
                share: float = 0.0) -> sparse.csr_matrix:
    """Symmetric sparse matrix of each article's `k` best cosines (at least `min_cos`).
    With `dense` rows (story_dense) and `share` > 0, the cosine is (1 - share) x the term
    cosine + share x the dense one."""
    n = X.shape[0]
    I, J, V = [], [], []
    kk = min(k, n - 1)
    for a in range(0, n, chunk if kk > 0 else n):
        if kk < 1:
            break
        S = (X[a:a + chunk] @ X.T).toarray()
        if dense is not None and share > 0:
            S = (1 - share) * S + share * (dense[a:a + chunk] @ dense.T)
        rows = np.arange(S.shape[0])
        S[rows, rows + a] = 0.0
        top = np.argpartition(-S, kk - 1, axis=1)[:, :kk]
        v = S[rows[:, None], top].ravel()
        ok = v >= min_cos
        I.append(np.repeat(rows + a, kk)[ok])
        J.append(top.ravel()[ok])
        V.append(v[ok])
    if not I:
        return sparse.csr_matrix((n, n))
    C = sparse.coo_matrix((np.concatenate(V), (np.concatenate(I), np.concatenate(J))),
                          shape=(n, n)).tocsr()
    return C.maximum(C.T).tocsr()


def hub_corrected(W, k: int, share: float) -> sparse.csr_matrix:
    """Scored pairs less `share` x the mean of the two articles' hub scores (each one's summed
    scored cosines over `k`: how close it sits to everything), pairs at 0 or below dropped.
    Why: in a headline feed a generic headline ('Stocks slip', 'Business in Brief') is near
    many stories at once, so its cosines say little about which one it tells; discounted,
    the neighbour vote can move headlines on a lower margin without following such hubs
    (UCI, tuning half, mean of six orders: 0.9116 -> 0.9175 with the vote margin 0.75 ->
    0.3; a margin of 0.25 alone: 0.9063)."""
    W = W.tocoo()
    if share <= 0 or not W.nnz:
        return W.tocsr()
    hub = np.bincount(W.row, weights=W.data, minlength=W.shape[0]) / max(k, 1)
    v = W.data - share * 0.5 * (hub[W.row] + hub[W.col])
    ok = v > 0
    return sparse.csr_matrix((v[ok], (W.row[ok], W.col[ok])), shape=W.shape)


def reassign_pairs(W, labels: np.ndarray, ts: np.ndarray, window: float, floor: float = 0.0,
                   margin: float = 0.0, mean: bool = True, rounds: int = 3) -> np.ndarray:
    """Each article to the story its scored pairs (`W`: sparse, article x article) favour:
    by the mean over the story's members (unscored pairs count 0; its own story without
    itself), or with `mean=False` by their sum, a vote of its nearest neighbours. It moves
    when the best other story reaches `floor` and beats its own by `margin`; stories more
    than `window` away in time are not considered. The merges move whole stories; an
    article the single pass put with the wrong partner, or a fragment a merge left behind,
    comes home only this way. Sparse: only stories an article has a scored pair with."""
    n = len(labels)
    rows = np.arange(n)
    for _ in range(rounds):
        k = int(labels.max()) + 1
        M = sparse.csr_matrix((np.ones(n), (rows, labels)), shape=(n, k))
        A = (W @ M).tocoo()                                 # summed score per story
        size = np.bincount(labels, minlength=k).astype(float)
        own = np.zeros(n)
        mine = A.col == labels[A.row]
        own[A.row[mine]] = A.data[mine]
        r, c, v = A.row[~mine], A.col[~mine], A.data[~mine]
        if mean:
            own_n = size[labels] - 1
            own = np.where(own_n > 0, own / np.maximum(own_n, 1), floor)
            v = v / size[c]
        if not np.isnan(ts).all():
            lo, hi = spans(labels, ts)
            t_lo, t_hi = ends(ts)
            near = np.nan_to_num(np.maximum(lo[c] - t_hi[r], t_lo[r] - hi[c]),
                                 nan=0.0, posinf=0.0, neginf=0.0) <= window
            r, c, v = r[near], c[near], v[near]
        ok = (v >= floor) & (v > own[r] + margin)
        r, c, v = r[ok], c[ok], v[ok]
        if not len(r):
            break
        order = np.lexsort((-v, r))                         # best story first, per article
        first = np.r_[True, r[order][1:] != r[order][:-1]]
        moved = labels.copy()
        moved[r[order][first]] = c[order][first]
        labels = relabel(moved)
    return labels


def merge_centroids(X, labels: np.ndarray, thr: float, ts: np.ndarray, window: float,
                    loo: float = 0.0, loo_min: int = 1) -> np.ndarray:
    """Greedy: merge the closest pair of story centroids while their cosine >= thr. With
    `loo` > 0 a pair is verified when the loop reaches it: this share of the one term
    contributing most to its cosine is taken off (lazily, as in `merge_average`), so two
    headline stories sharing little but their subject ('Outfitters', 'marijuana') need
    more than that word to merge. Only between stories of `loo_min`+ headlines each: two
    groups that share one word and nothing else over many headlines are two stories; three
    single headlines sharing a rare name ('Titanfall') are more likely one."""
    C = centroids(X, labels)
    k = C.shape[0]
    Cd = C.toarray() if k * C.shape[1] < 5e7 else None
    if Cd is None:
        return labels
    lo, hi = spans(labels, ts)
    alive = np.ones(k, dtype=bool)
    def cos_row(i):
        nrm = np.linalg.norm(Cd, axis=1)
        r = (Cd @ Cd[i]) / np.maximum(nrm * nrm[i], 1e-12)
        gap = np.maximum(lo - hi[i], lo[i] - hi)
        r[(~alive) | (np.nan_to_num(gap, nan=0.0, posinf=0.0, neginf=0.0) > window)] = -1.0
        r[i] = -1.0
        return r
    nrm = np.linalg.norm(Cd, axis=1)
    Sim = (Cd @ Cd.T) / np.maximum(np.outer(nrm, nrm), 1e-12)
    np.fill_diagonal(Sim, -1.0)
    gap = np.maximum(lo[:, None] - hi[None, :], lo[None, :] - hi[:, None])
    Sim[np.nan_to_num(gap, nan=0.0, posinf=0.0, neginf=0.0) > window] = -1.0
    parent = np.arange(k)
    checked = np.zeros((k, k), dtype=bool)
    size = np.bincount(labels, minlength=k)
    while True:
        flat = int(Sim.argmax())
        i, j = divmod(flat, k)
        if Sim[i, j] < thr:
            break
        if loo > 0 and not checked[i, j] and min(size[i], size[j]) >= loo_min:
            top = float((Cd[i] * Cd[j]).max())
            Sim[i, j] = Sim[j, i] = Sim[i, j] - loo * top / max(
                float(np.linalg.norm(Cd[i]) * np.linalg.norm(Cd[j])), 1e-12)
            checked[i, j] = checked[j, i] = True
            continue
        Cd[i] += Cd[j]
        size[i] += size[j]
        lo[i], hi[i] = min(lo[i], lo[j]), max(hi[i], hi[j])
        alive[j] = False
        parent[parent == j] = i
        Sim[j, :] = -1.0
        Sim[:, j] = -1.0
        r = cos_row(i)
        Sim[i, :] = r
        Sim[:, i] = r
        checked[i, :] = checked[:, i] = False
    return parent[labels]


def hubness(X, k: int, labels: np.ndarray | None = None, chunk: int = 2000) -> np.ndarray:
    """Mean cosine of each article to its `k` nearest articles outside its own story (an
    absent neighbour counts 0). An article on a broad, busy subject (a president, a war)
    is close to many that are not its story; its similarities are discounted by this much
    (a hub correction, as CSLS does). Outside its story only, so a small batch that is all
    one story has no hubs."""
    n = X.shape[0]
    out = np.zeros(n)
    if n < 2 or k < 1:
        return out
    kk = min(k, n - 1)
    for a in range(0, n, chunk):
        S = (X[a:a + chunk] @ X.T).toarray()
        rows = np.arange(S.shape[0])
        S[rows, np.arange(a, a + S.shape[0])] = 0.0
        if labels is not None:
            S[labels[a:a + S.shape[0]][:, None] == labels[None, :]] = 0.0
        out[a:a + S.shape[0]] = np.partition(S, -kk, axis=1)[:, -kk:].sum(axis=1) / k
    return out


def merge_average(X, labels: np.ndarray, thr: float, ts: np.ndarray, window: float,
                   hub: np.ndarray, loo: float = 0.0) -> np.ndarray:
    """Greedy average linkage over stories: merge the pair whose mean article-to-article
    similarity (each pair's cosine less the mean of their hub scores) is highest, while it
    reaches `thr`. Unlike centroid cosine, a big story does not pull in a neighbour through
    the few words they share. Works on the stories' Gram matrix (sums of article dots),
    which a merge updates by adding rows, so no article pairs are ever materialised.
    With `loo` > 0 a pair is verified before it merges: the single term contributing most
    to its similarity is discounted by this share, so two stories that only share 'Madonna'
    or 'cancer' stay apart. Verification is lazy, as the greedy loop reaches a pair (the
    discounted score is never above the plain one), so it costs one sparse product a merge."""
    C = centroids(X, labels)
    rows = [C.getrow(i) for i in range(C.shape[0])]
    k = C.shape[0]
    if k < 2:
        return labels
    G = (C @ C.T).toarray()
    size = np.bincount(labels, minlength=k).astype(float)
    hsum = np.bincount(labels, weights=hub, minlength=k)
    lo, hi = spans(labels, ts)
    alive = np.ones(k, dtype=bool)

    def row(i):
        return masked(G[i] / (size * size[i]) - 0.5 * (hsum / size + hsum[i] / size[i]),
                      i, lo, hi, alive, window)

    Sim = np.vstack([row(i) for i in range(k)])
    parent = np.arange(k)
    checked = np.zeros((k, k), dtype=bool)
    while True:
        i, j = divmod(int(Sim.argmax()), k)
        if Sim[i, j] < thr:
            break
        if loo > 0 and not checked[i, j]:
            prod = rows[i].multiply(rows[j])
            top = float(prod.max()) if prod.nnz else 0.0
            Sim[i, j] = Sim[j, i] = Sim[i, j] - loo * top / (size[i] * size[j])
            checked[i, j] = checked[j, i] = True
            continue
        rows[i] = rows[i] + rows[j]
        hsum[i] += hsum[j]
        fold(i, j, G, size, lo, hi, alive, parent, Sim)
        r = row(i)
        Sim[i, :] = r
        Sim[:, i] = r
        checked[i, :] = checked[:, i] = False
    return parent[labels]


def _bisect(S: np.ndarray) -> np.ndarray:
    """Two groups of a similarity graph: the sweep of the Fiedler vector of the normalised
    Laplacian with the lowest normalised cut (cut/vol A + cut/vol B), then refined by moving
    each article to the group it is closer to on average."""
    d = S.sum(axis=1)
    d = np.maximum(d, 1e-9)
    dm = 1.0 / np.sqrt(d)
    L = S * dm[:, None] * dm[None, :]
    _, vecs = np.linalg.eigh(L)
    f = vecs[:, -2] * dm
    order = np.argsort(f)
    vol = d.sum()
    # cut(A, B) for every prefix A of the order, via cumulative row sums
    Sp = S[np.ix_(order, order)]
    inner = np.cumsum(np.cumsum(Sp, axis=0), axis=1).diagonal()   # sum within prefix
    volA = np.cumsum(d[order])
    cut = volA - inner
    volB = vol - volA
    with np.errstate(divide="ignore", invalid="ignore"):
        ncut = np.where((volA > 0) & (volB > 0), cut / volA + cut / volB, np.inf)
    ncut[-1] = np.inf
    m = int(np.argmin(ncut))
    side = np.zeros(len(f), dtype=bool)
    side[order[: m + 1]] = True
    for _ in range(5):          # a sweep cut is rough: each article to the closer side
        a, b = side.sum(), (~side).sum()
        if a < 1 or b < 1:
            break
        to_a = S[:, side].sum(axis=1) / np.maximum(a - side, 1)
        to_b = S[:, ~side].sum(axis=1) / np.maximum(b - ~side, 1)
        new = to_a > to_b
        if (new == side).all():
            break
        side = new
    return side


def within_idf(Xs) -> sparse.csr_matrix:
    """Rows of one story reweighted by the story's own IDF, log((n+1)/(df+1)), and made unit
    length again. The word every member shares ('Titanfall', 'bitcoin') drops to ~0: it says
    the story's subject, not which of two same-subject stories an article tells; the words
    that recur in part of it ('review', 'bankruptcy') are what is left to tell them apart."""
    Xc = Xs.tocsc()
    n = Xs.shape[0]
    df = np.diff(Xc.indptr).astype(float)
    W = (Xc @ sparse.diags(np.log((n + 1) / (df + 1)))).tocsr()
    norm = np.sqrt(np.asarray(W.multiply(W).sum(axis=1)).ravel())
    return (sparse.diags(1.0 / np.maximum(norm, 1e-9)) @ W).tocsr()


def split(X, labels: np.ndarray, thr: float, min_size: int = 3,
          max_size: int = 2000, own_idf: bool = False, min_side: int = 0) -> np.ndarray:
    """Undo joins of distinct stories that share a subject word: a story whose articles form
    two groups (each at least `min_size`) whose mean cross similarity is below `thr` times
    the geometric mean of their within-group similarities is cut in two, recursively.
    Stories on one subject ('Titanfall') are densely linked throughout and stay whole; two
    stories glued by 'SXSW' or 'bankruptcy' are linked only through that word. With
    `own_idf`, similarities are read on the story's own IDF (`within_idf`): the subject word
    all members share drops out, so two big same-subject stories ('Titanfall' reviews vs
    its Xbox frame rate) can part too; that needs big groups, as a small story's own IDF is
    noise. Stories over `max_size` articles are left alone (the eigenproblem is cubic).
    `min_side` (if > 0) lets the smaller group be that small when the story has at least
    2 x `min_size` articles: the IDF is read on the whole story, so a pair cut off a story
    of six is no noise."""
    def cosines(idx):
        Xs = within_idf(X[idx]) if own_idf else X[idx]
        return (Xs @ Xs.T).toarray()
    return split_graph(cosines, labels, thr, min_size, max_size, min_side)


def split_pairs(P, labels: np.ndarray, thr: float, min_size: int = 3,
                max_size: int = 2000) -> np.ndarray:
    """`split` on learned pair probabilities (`P`: sparse, article x article; unscored
    pairs 0). Average linkage joins two stories on their mean cross probability; once more
    stories join, or articles move, a story can hold two groups that each hang together and
    barely link to each other (two rounds of North Korea's missile tests glued by a few
    strong pairs): cut there (Multi-News, session 9)."""
    return split_graph(lambda idx: P[idx][:, idx].toarray(), labels, thr, min_size, max_size)


def rejoin(P, before: np.ndarray, after: np.ndarray, ts: np.ndarray, window: float,
           floor: float, rounds: int = 3) -> np.ndarray:
    """After the cuts, the articles of the stories cut (`before` -> `after`) move once more by
    mean pair probability (`reassign_pairs`): a cut goes between groups, so an article that
    belongs to neither side's bulk (a third story's, put in by an earlier merge) can land on
    the wrong side; it rejoins its own story once that is cut loose. Other stories stay."""
    cut = [c for c in np.unique(before) if len(np.unique(after[before == c])) > 1]
    mask = np.isin(before, cut).astype(float)
    if not mask.any():
        return after
    return reassign_pairs(sparse.diags(mask) @ P, relabel(after), ts, window, floor=floor,
                          rounds=rounds)


def split_graph(sim, labels: np.ndarray, thr: float, min_size: int = 3,
                max_size: int = 2000, min_side: int = 0) -> np.ndarray:
    """The recursive two-way cut `split` and `split_pairs` share; `sim(idx)` gives the dense
    similarity matrix of the articles `idx`; groups of `min_side` are allowed (see `split`)."""
    min_side = min_side or min_size
    out = labels.copy()
    nxt = int(labels.max()) + 1
    todo = [np.flatnonzero(labels == c) for c in range(nxt)]
    while todo:
        idx = todo.pop()
        if not 2 * min_size <= len(idx) <= max_size:
            continue
        S = sim(idx)
        np.fill_diagonal(S, 0.0)
        S = np.maximum(S, 0.0)
        side = _bisect(S)
        a, b = int(side.sum()), int((~side).sum())
        if min(a, b) < min_side or max(a, b) < min_size:
            continue
        within = math.sqrt(S[side][:, side].sum() / (a * (a - 1))
                           * S[~side][:, ~side].sum() / (b * (b - 1)))
        if S[side][:, ~side].mean() >= thr * within:
            continue
        out[idx[side]] = nxt
        nxt += 1
        todo += [idx[side], idx[~side]]
    return out
