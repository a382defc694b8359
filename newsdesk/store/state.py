"""The cross-article state a new article needs, kept in the store so it is never rebuilt
from the corpus: the near-duplicate LSH and the story index.

Near-duplicates: the same test as `across.duplicates.find_duplicates` (exact body key,
then MinHash-LSH candidates checked by shingle containment), with the signatures' band
keys in a table, so a lookup is `b` indexed reads instead of an in-memory LSH of the
corpus.

Stories: `across.stories.StoryIndex` is used as is (its scoring belongs to its owner), but
filled with only what one `add()` reads: the postings of the newcomer's own terms and the
stories they point at, whose centroids load lazily (only the few candidates scored in full
are read). After the add, the winning story's row, the article's postings and its vector
are written back. Loading is a handful of indexed reads whatever the store's size.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import types
import zlib

import numpy as np

from ..across import duplicates as dup
from ..across import stories as st_mod

INDEX_VERSION = "si1"        # bump when the persisted index layout changes


# -- near-duplicates -------------------------------------------------------------------
def _lsh_shape() -> tuple[int, int]:
    from datasketch import MinHashLSH
    lsh = MinHashLSH(threshold=dup.LSH_THRESHOLD, num_perm=dup.NUM_PERM)
    return lsh.b, lsh.r


_SHAPE: tuple[int, int] | None = None


def _bands(hv: np.ndarray) -> list[tuple[int, bytes]]:
    global _SHAPE
    if _SHAPE is None:
        _SHAPE = _lsh_shape()
    b, r = _SHAPE
    return [(i, hv[i * r:(i + 1) * r].astype(np.uint64).tobytes()) for i in range(b)]


def duplicate_of(conn: sqlite3.Connection, aid: str, text: str) -> str | None:
    """The original this article copies (first seen wins), recording the article either
    way. Bodies too short or without reporting verbs are never called copies."""
    if len((text or "").split()) < dup.MIN_WORDS or not dup._REPORTING.search(text):
        return None
    sh = dup.shingles(text)
    if not sh:
        return None
    key = hashlib.blake2b(np.sort(np.fromiter(sh, dtype=np.uint64)).tobytes(),
                          digest_size=16).digest()
    row = conn.execute("SELECT article, original FROM dup_bodies WHERE body=? AND article<>? "
                       "ORDER BY rowid LIMIT 1", (key, aid)).fetchone()
    if row is not None:
        orig = row[1] or row[0]
        conn.execute("INSERT OR REPLACE INTO dup_bodies VALUES (?,?,?)", (aid, key, orig))
        return orig
    mh = dup._minhash(sh)
    bands = _bands(mh.hashvalues)
    cands: set[str] = set()
    for i, k in bands:
        cands.update(r[0] for r in conn.execute(
            "SELECT article FROM dup_bands WHERE band=? AND key=?", (i, k)))
    cands.discard(aid)
    best, best_c = None, dup.CONTAINMENT
    for cand in sorted(cands):
        row = conn.execute("SELECT text FROM articles WHERE id=?", (cand,)).fetchone()
        if row is None:
            continue
        other = dup.shingles(row[0])
        if not other:
            continue
        c = len(sh & other) / min(len(sh), len(other))
        if c >= best_c:
            best, best_c = cand, c
    conn.execute("INSERT OR REPLACE INTO dup_bodies VALUES (?,?,?)", (aid, key, best))
    if best is None:
        conn.executemany("INSERT INTO dup_bands VALUES (?,?,?)",
                         [(i, k, aid) for i, k in bands])
    return best


# -- boilerplate sentences (stories.boilerplate, counted as articles arrive) -------------


def content(conn: sqlite3.Connection, text: str, count: bool, min_df: int = 3) -> str:
    """The text without sentences that `min_df` articles share (this one included when
    `count`), and the article counted."""
    sents = st_mod._sentences(text)
    if not sents:
        return text
    keyed = {hashlib.blake2b(s.encode("utf-8", "surrogatepass"), digest_size=8).digest(): s
             for s in sents}
    df = {}
    keys = list(keyed)
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        df.update(conn.execute(f"SELECT hash, docs FROM sent_df WHERE hash IN "
                               f"({','.join('?' * len(chunk))})", chunk).fetchall())
    boiler = {keyed[k] for k in keys if df.get(k, 0) + (1 if count else 0) >= min_df}
    if count:
        conn.executemany("INSERT INTO sent_df VALUES (?, 1) ON CONFLICT(hash) "
                         "DO UPDATE SET docs = docs + 1", [(k,) for k in keys])
    return st_mod._content(text, boiler)


# -- the story index -------------------------------------------------------------------
def _dump_vec(vec: dict[str, float]) -> bytes:
    return zlib.compress(json.dumps(vec, separators=(",", ":")).encode(), 1)


def load_vec(blob: bytes | None) -> dict[str, float]:
    return json.loads(zlib.decompress(blob)) if blob else {}


class _LazyCentroid(dict):
    """A story centroid read from its row on first use (most candidates never need it)."""

    def __init__(self, conn: sqlite3.Connection, num: int):
        super().__init__()
        self._conn, self._num, self._loaded = conn, num, False

    def _load(self) -> None:
        if not self._loaded:
            self._loaded = True
            row = self._conn.execute("SELECT centroid FROM si_stories WHERE num=?",
                                     (self._num,)).fetchone()
            if row:
                super().update(load_vec(row[0]))
            self.get = types.MethodType(dict.get, self)     # loaded: plain dict speed

    def get(self, k, default=None):
        self._load()
        return super().get(k, default)

    def __getitem__(self, k):
        self._load()
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        self._load()
        super().__setitem__(k, v)

    def __contains__(self, k):
        self._load()
        return super().__contains__(k)

    def __iter__(self):
        self._load()
        return super().__iter__()

    def __len__(self):
        self._load()
        return super().__len__()

    def items(self):
        self._load()
        return super().items()

    def values(self):
        self._load()
        return super().values()

    def keys(self):
        self._load()
        return super().keys()


class _StoryOf:
    """article# -> local story#, for the few articles loaded; `len` is the store's next
    article number, so the index numbers the newcomer as the store does."""

    def __init__(self, mapping: dict[int, int], next_k: int):
        self.map, self.next_k = mapping, next_k

    def __getitem__(self, k: int) -> int:
        return self.map[k]

    def __len__(self) -> int:
        return self.next_k

    def append(self, i: int) -> None:
        self.map[self.next_k] = i
        self.next_k += 1


_MODEL = None


def model():
    """The term-weight model, loaded once per process."""
    global _MODEL
    if _MODEL is None:
        from ..across import embed
        _MODEL = embed.model()
    return _MODEL


def story_of(conn: sqlite3.Connection, aid: str) -> str | None:
    row = conn.execute("SELECT s.sid FROM si_articles a JOIN si_stories s ON s.num=a.story "
                       "WHERE a.article=?", (aid,)).fetchone()
    return row[0] if row else None


def place(conn: sqlite3.Connection, aid: str, title: str | None, text: str,
          ts: float | None, params: st_mod.Params | None = None) -> str:
    """Add one (non-duplicate) article to the persisted story index; its story id."""
    index = st_mod.StoryIndex(params, model())
    feats = index.features(title, text)
    index.features = lambda *_a, **_k: feats      # computed once, reused by add()
    vec = feats[0]
    terms = list(vec)
    post: dict[str, list[tuple[int, float]]] = {}
    for i in range(0, len(terms), 500):
        chunk = terms[i:i + 500]
        for t, k, w in conn.execute(f"SELECT term, k, w FROM si_postings WHERE term IN "
                                    f"({','.join('?' * len(chunk))})", chunk):
            post.setdefault(t, []).append((k, w))
    ks = sorted({k for rows in post.values() for k, _ in rows})
    k_story: dict[int, int] = {}
    for i in range(0, len(ks), 500):
        chunk = ks[i:i + 500]
        k_story.update(conn.execute(f"SELECT k, story FROM si_articles WHERE k IN "
                                    f"({','.join('?' * len(chunk))})", chunk).fetchall())
    if len(k_story) < len(ks):               # postings left by a removed article: ignore
        post = {t: [(k, w) for k, w in rows if k in k_story] for t, rows in post.items()}
    nums = sorted(set(k_story.values()))
    rows = {}
    for i in range(0, len(nums), 500):
        chunk = nums[i:i + 500]
        for num, sid, norm2, last in conn.execute(
                f"SELECT num, sid, norm2, last FROM si_stories WHERE num IN "
                f"({','.join('?' * len(chunk))})", chunk):
            rows[num] = (sid, norm2, last)
    local: dict[int, int] = {}
    for num in nums:
        sid, norm2, last = rows[num]
        s = st_mod._Story(sid, norm2=norm2, last=last)
        s.centroid = _LazyCentroid(conn, num)
        local[num] = len(index.stories)
        index.stories.append(s)
    next_k = conn.execute("SELECT coalesce(max(k), -1) + 1 FROM si_articles").fetchone()[0]
    index.postings = post
    index.story_of = _StoryOf({k: local[n] for k, n in k_story.items()}, next_k)
    index.add(aid, title, text, ts)
    i = index.story_of[next_k]
    s = index.stories[i]
    nums_by_local = {v: n for n, v in local.items()}
    if i in nums_by_local:
        num = nums_by_local[i]
    else:                                        # a new story: the store's next number
        num = conn.execute("SELECT coalesce(max(num), 0) + 1 FROM si_stories").fetchone()[0]
        s.sid = f"s{num}"
        s.centroid = dict(s.centroid)
    conn.execute("INSERT OR REPLACE INTO si_stories VALUES (?,?,?,?,?)",
                 (num, s.sid, s.norm2, s.last, _dump_vec(dict(s.centroid.items()))))
    conn.execute("INSERT OR REPLACE INTO si_articles VALUES (?,?,?,?,?,?)",
                 (aid, num, next_k, None, ts, _dump_vec(vec)))
    conn.executemany("INSERT INTO si_postings VALUES (?,?,?)",
                     [(t, k, w) for t, rows in index.postings.items()
                      for k, w in rows if k == next_k])
    return s.sid


def follow(conn: sqlite3.Connection, aid: str, original: str, ts: float | None) -> str | None:
    """A near-duplicate joins its original's story without being indexed."""
    row = conn.execute("SELECT story FROM si_articles WHERE article=?", (original,)).fetchone()
    if row is None:
        return None
    conn.execute("INSERT OR REPLACE INTO si_articles VALUES (?,?,?,?,?,?)",
                 (aid, row[0], None, original, ts, None))
    return conn.execute("SELECT sid FROM si_stories WHERE num=?", (row[0],)).fetchone()[0]


def load_assignment(conn: sqlite3.Connection, groups: list[list[str]],
                    vecs: dict[str, dict[str, float]], times: dict[str, float | None],
                    copies: dict[str, str], params: st_mod.Params | None = None) -> None:
    """Replace the persisted index by a given assignment (a full recompute's stories, in
    id order): centroids are member sums, as `StoryIndex` keeps them after consolidation."""
    p = params or st_mod.Params()
    for table in ("si_stories", "si_articles", "si_postings"):
        conn.execute(f"DELETE FROM {table}")
    k = 0
    for num, members in enumerate(groups, 1):
        cent: dict[str, float] = {}
        last = None
        for aid in members:
            ts = times.get(aid)
            if aid in copies or aid not in vecs:
                conn.execute("INSERT INTO si_articles VALUES (?,?,?,?,?,?)",
                             (aid, num, None, copies.get(aid), ts, None))
                continue
            vec = vecs[aid]
            for t, w in vec.items():
                cent[t] = cent.get(t, 0.0) + w
            if ts is not None:
                last = ts if last is None else max(last, ts)
            conn.execute("INSERT INTO si_articles VALUES (?,?,?,?,?,?)",
                         (aid, num, k, None, ts, _dump_vec(vec)))
            conn.executemany("INSERT INTO si_postings VALUES (?,?,?)",
                             [(t, k, vec[t]) for t in
                              sorted(vec, key=vec.get, reverse=True)[: p.index_terms]])
            k += 1
        conn.execute("INSERT INTO si_stories VALUES (?,?,?,?,?)",
                     (num, f"s{num}", sum(v * v for v in cent.values()), last,
                      _dump_vec(cent)))
