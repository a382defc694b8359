"""Incremental analysis over the store: a new article runs the per-article steps once and
then touches only its own story (DESIGN.md, "incremental by design").

    add_article(store, path_or_rawdoc)   clean -> layers -> near-duplicate check -> story
                                         -> merge_events + disputes for that story only
                                         -> that story's rows saved
    ingest(store, paths)                 the same for many files (stories refreshed once)
    picture(store)                       the whole picture from stored layers + stored
                                         stories (no NLP, no re-clustering)
    rebuild(store)                       the full recompute (duplicates, stories with
                                         consolidation, events, disputes); the persisted
                                         index is reset to its result

Why events are recomputed per story: merging and disputes only ever compare mentions of one
story, so re-running them over that story's articles gives exactly the records a full run
gives for it. Event ids are `<story>-e<k>` so they stay unique across the store and a story's
refresh never renumbers another's.

Why a refresh stays cheap on a large story: the story's members are read in two bulk
queries and kept decoded in a bounded per-process cache (stored layers never change under
one layer version), merge features are cached by content (across/merge.py), and the save
rewrites the story row, its events and disputes but only the newcomers' quotes.

Where online differs from a full recompute: stories. A full run sees every article before
deciding (boilerplate sentences counted over the whole corpus, arrival sorted by time, and
`StoryIndex.consolidate()` moving articles and merging stories afterwards); one article at a
time can only join the best story so far. `rebuild()` (`analyze --db --rebuild`) brings the
store back to exactly the full run; do it now and then on a live feed.
"""
from __future__ import annotations

import os
import sqlite3
from collections import OrderedDict
from typing import Iterable

from ..model import Article, Picture, RawDoc, Story
from ..pipeline import Stats
from . import layers as L
from . import state
from .db import Store, doc_hash, _where

PER_ARTICLE = ("nlp", "events", "quotes")


# -- per-article layers ---------------------------------------------------------------
def compute_layers(art: Article, stats: Stats | None = None) -> Article:
    """Run the per-article steps on a cleaned article (an article that fails keeps empty
    layers: it still belongs to a story)."""
    from ..pipeline import load_steps, run_article_steps
    load_steps()
    art.sentences, art.mentions, art.quotes = [], [], []
    out = list(run_article_steps([art], PER_ARTICLE, stats if stats is not None else Stats()))
    return out[0] if out else art


def save_layers(conn: sqlite3.Connection, art: Article) -> None:
    conn.execute("INSERT OR REPLACE INTO layers VALUES (?,?,?)",
                 (art.id, L.layer_version(), L.pack(art)))


def with_layers(store: Store, arts: list[Article], stats: Stats | None = None) -> list[Article]:
    """Restore each article's stored layers; compute (and store) missing or stale ones."""
    version = L.layer_version()
    for art in arts:
        row = store.conn.execute("SELECT version, data FROM layers WHERE article=?",
                                 (art.id,)).fetchone()
        if row is not None and row[0] == version:
            L.apply_layers(art, L.unpack(row[1]))
        else:
            compute_layers(art, stats)
            with store.conn:
                save_layers(store.conn, art)
    return arts


# -- placing one stored article -------------------------------------------------------
def _ts(art: Article) -> float | None:
    from ..across.stories import parse_time
    return parse_time(art.published)


def place(store: Store, art: Article) -> str:
    """Near-duplicate check and story assignment for one stored article (idempotent)."""
    conn = store.conn
    sid = state.story_of(conn, art.id)
    if sid is not None:
        return sid
    ts = _ts(art)
    orig = state.duplicate_of(conn, art.id, art.text)
    if orig is not None:
        sid = state.follow(conn, art.id, orig, ts)
        if sid is not None:
            art.duplicate_of = orig
            return sid
    text = state.content(conn, art.text, count=orig is None)
    return state.place(conn, art.id, art.title, text, ts)


def _members(store: Store, sid: str) -> list[tuple[str, str | None]]:
    """(article, duplicate_of) of a story, in ingest order."""
    return [(r[0], r[1]) for r in store.conn.execute(
        "SELECT a.article, a.duplicate_of FROM si_articles a "
        "JOIN si_stories s ON s.num=a.story JOIN articles x ON x.id=a.article "
        "WHERE s.sid=? ORDER BY x.rowid", (sid,))]


def _load(store: Store, ids: list[str]) -> list[Article]:
    out = []
    for aid in ids:
        art = store.get(aid)
        if art is not None:
            out.append(art)
    return out


# -- a story's members, kept decoded between refreshes ---------------------------------
# A live feed refreshes the same few active stories over and over; decoding every member's
# layers each time is most of a refresh's cost on a large story. Stored articles and their
# layers never change under one layer version, so decoded members are kept per process
# (bounded, least recently used first out) and a cold story is read in two bulk queries.
_MEMBERS: "OrderedDict[tuple, tuple[str, Article]]" = OrderedDict()
_VECS: "OrderedDict[tuple, dict[str, float]]" = OrderedDict()
_LIMIT = {id(_MEMBERS): 1500, id(_VECS): 20000}      # entries kept (articles are large)


def _key(store: Store, aid: str) -> tuple:
    return (store.path if store.path != ":memory:" else id(store), aid)


def _remember(cache: OrderedDict, key: tuple, value) -> None:
    cache[key] = value
    cache.move_to_end(key)
    while len(cache) > _LIMIT[id(cache)]:
        cache.popitem(last=False)


def _members_with_layers(store: Store, ids: list[str], stats: Stats | None = None
                         ) -> tuple[list[Article], set[str]]:
    """The stored articles `ids` (in that order) with their layers, and the ids whose
    layers had to be computed (stale or missing)."""
    from .db import _ARTICLE_COLS, _row_to_article
    version = L.layer_version()
    found: dict[str, Article] = {}
    for aid in ids:
        hit = _MEMBERS.get(_key(store, aid))
        if hit is not None and hit[0] == version:
            found[aid] = hit[1]
            _MEMBERS.move_to_end(_key(store, aid))
    missing = [a for a in ids if a not in found]
    computed: set[str] = set()
    for i in range(0, len(missing), 500):
        chunk = missing[i:i + 500]
        marks = ",".join("?" * len(chunk))
        blobs = dict(store.conn.execute(
            f"SELECT article, data FROM layers WHERE version=? AND article IN ({marks})",
            [version, *chunk]).fetchall())
        for row in store.conn.execute(
                f"SELECT {_ARTICLE_COLS} FROM articles WHERE id IN ({marks})", chunk):
            art = _row_to_article(row)
            if art.id in blobs:
                L.apply_layers(art, L.unpack(blobs[art.id]))
            else:
                compute_layers(art, stats)
                with store.conn:
                    save_layers(store.conn, art)
                computed.add(art.id)
            found[art.id] = art
            _remember(_MEMBERS, _key(store, art.id), (version, art))
    return [found[a] for a in ids if a in found], computed


def _vectors(store: Store, ids: list[str]) -> dict[str, dict[str, float]]:
    """Story-index term vectors of these articles (near-duplicates have none)."""
    out, missing = {}, []
    for aid in ids:
        v = _VECS.get(_key(store, aid))
        if v is None:
            missing.append(aid)
        else:
            out[aid] = v
    for i in range(0, len(missing), 500):
        chunk = missing[i:i + 500]
        for aid, blob in store.conn.execute(
                f"SELECT article, vec FROM si_articles WHERE vec IS NOT NULL AND article IN "
                f"({','.join('?' * len(chunk))})", chunk):
            out[aid] = state.load_vec(blob)
            _remember(_VECS, _key(store, aid), out[aid])
    return out


def story_picture(store: Store, sid: str, stats: Stats | None = None) -> Picture:
    """The picture of one story from its stored articles and layers."""
    return _story_picture(store, sid, stats)[0]


def _story_picture(store: Store, sid: str, stats: Stats | None = None
                   ) -> tuple[Picture, set[str]]:
    """The story's picture, and the members whose layers had to be (re)computed."""
    from ..across.stories import arrival_order, _first_words
    members = _members(store, sid)
    arts, computed = _members_with_layers(store, [a for a, _ in members], stats)
    copies = dict(members)
    for art in arts:
        art.story, art.duplicate_of = sid, copies.get(art.id)
    return _assemble(store, sid, arts, arrival_order, _first_words), computed


def _assemble(store: Store, sid: str, arts: list[Article], arrival_order, first_words) -> Picture:
    from ..across.disputes import find_disputes
    from ..across.merge import merge
    from ..across.story_dates import date_stories, drop_history
    title = None
    row = store.conn.execute("SELECT centroid FROM si_stories WHERE sid=?", (sid,)).fetchone()
    if arts:
        cent = state.load_vec(row[0]) if row else {}
        vecs = _vectors(store, [a.id for a in arts])
        indexed = [a for a in arts if a.id in vecs]
        if indexed:
            head = max(indexed, key=lambda a: sum(
                w * cent.get(t, 0.0) for t, w in vecs[a.id].items()))
        else:
            head = arrival_order(arts)[0]
        title = head.title or first_words(head.text)
    date_stories(arts)              # undated articles take the story's days, as in a full run
    drop_history(arts)
    events = merge(arts)
    for ev in events:
        ev.id = f"{sid}-{ev.id}"
    pic = Picture(articles=arts, events=events, quotes=[q for a in arts for q in a.quotes],
                  stories=[Story(sid, title, [a.id for a in arrival_order(arts)])])
    find_disputes(arts, pic)
    return pic


def refresh(store: Store, sids: Iterable[str], stats: Stats | None = None) -> None:
    """Recompute and save events, quotes and disputes of these stories only."""
    for sid in sorted(set(sids)):
        _save_story(store, sid, *_story_picture(store, sid, stats))


def _save_story(store: Store, sid: str, pic: Picture, recomputed: set[str] = frozenset()
                ) -> None:
    """`store.save_picture(pic, only={sid})`, without rewriting rows that cannot have
    changed: a member already saved in this story with the same original keeps its quote
    rows (a stored article's quotes never change under one layer version; `recomputed`
    members are rewritten), so a refresh writes the story row, its events and disputes,
    and the newcomers' quotes. Rows are written as `Store.save_picture` writes them."""
    import hashlib
    from .db import _dumps
    conn = store.conn
    saved = dict(conn.execute("SELECT article, duplicate_of FROM story_members WHERE story=?",
                              (sid,)).fetchall())
    arts = {a.id: a for a in pic.articles}
    fresh = [a for a in arts if a not in saved or saved[a] != arts[a].duplicate_of
             or a in recomputed]
    if any(a not in arts for a in saved) or len(fresh) > len(arts) // 2:
        store.save_picture(pic, only={sid})        # members left, or mostly new: rewrite
        return
    with conn:
        for table in ("stories", "events", "disputes"):
            conn.execute(f"DELETE FROM {table} WHERE {'id' if table == 'stories' else 'story'}=?",
                         (sid,))
        for i in range(0, len(fresh), 500):
            chunk = fresh[i:i + 500]
            conn.execute(f"DELETE FROM quotes WHERE article IN ({','.join('?' * len(chunk))})",
                         chunk)
        for st in pic.stories:
            conn.execute("INSERT OR REPLACE INTO stories VALUES (?,?)",
                         (st.id, _dumps(st.to_json())))
        conn.executemany("INSERT OR REPLACE INTO story_members VALUES (?,?,?)",
                         [(aid, sid, arts[aid].duplicate_of) for aid in fresh])
        conn.executemany("INSERT OR REPLACE INTO events VALUES (?,?,?)",
                         [(e.id, sid, _dumps(e.to_json())) for e in pic.events])
        new = set(fresh)
        conn.executemany("INSERT OR REPLACE INTO quotes VALUES (?,?,?,?)",
                         [(f"{q.article}:{q.span.start}-{q.span.end}", sid, q.article,
                           _dumps(q.to_json())) for q in pic.quotes if q.article in new])
        for d in pic.disputes:
            data = _dumps(d.to_json())
            conn.execute("INSERT OR REPLACE INTO disputes VALUES (?,?,?)",
                         ("d-" + hashlib.sha1(data.encode()).hexdigest()[:12], sid, data))


# -- entry points ---------------------------------------------------------------------
def _docs(source, stats: Stats, max_bytes: int | None):
    from ..read import DEFAULT_MAX_BYTES, read_all
    if isinstance(source, RawDoc):
        yield source
        return
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    yield from (d for d in items if isinstance(d, RawDoc))
    paths = [p for p in items if not isinstance(p, RawDoc)]
    if paths:
        yield from read_all(paths, lambda where, why: stats.fail(where, why),
                            max_bytes or DEFAULT_MAX_BYTES)


def _store_new(store: Store, doc: RawDoc, stats: Stats, count_lines: bool = True
               ) -> Article | None:
    """Clean, compute layers and store one input; None when already stored or dropped.
    The page's lines are counted into its outlet's recurring-line table first (unless the
    batch already counted them), so a site's furniture is learned as its pages arrive."""
    from ..clean import article_from_raw, clean_article
    from ..clean.outlets import count_pages, mark_from_store
    digest = doc_hash(doc)
    if store.conn.execute("SELECT 1 FROM articles WHERE hash=?", (digest,)).fetchone():
        stats.add("store", "unchanged")
        return None
    try:
        art = article_from_raw(doc)
        if count_lines:
            count_pages(store, [art])
        mark_from_store(store, art)
        art = clean_article(art)
    except Exception as exc:  # one bad article never stops the ingest
        stats.fail(_where(doc), f"clean failed: {type(exc).__name__}: {exc}", step="clean")
        return None
    if art is None:
        stats.add("clean", "dropped")
        return None
    stats.add("clean", "kept")
    for n in doc.notes or []:
        if n not in art.notes:
            art.notes.append(n)
    art = compute_layers(art, stats)
    try:
        with store.conn:
            store._put(art, digest, doc.encoding)
            save_layers(store.conn, art)
    except sqlite3.IntegrityError:               # another process stored it meanwhile
        stats.add("store", "unchanged")
        return None
    stats.add("store", "added")
    return art


def ingest(store: Store, paths, stats: Stats | None = None, max_bytes: int | None = None,
           update: bool = True) -> int:
    """Store the new articles under `paths` with their layers, place them (arrival order
    within the batch), and refresh the touched stories once; how many were new."""
    from ..across.stories import arrival_order
    stats = stats if stats is not None else Stats()
    from ..clean import article_from_raw
    from ..clean.outlets import count_pages
    new = []
    docs = list(_docs(paths, stats, max_bytes))
    fresh = [d for d in docs if not store.conn.execute(
        "SELECT 1 FROM articles WHERE hash=?", (doc_hash(d),)).fetchone()]
    count_pages(store, [article_from_raw(d) for d in fresh])   # the whole batch first
    for doc in docs:
        stats.add("read", "kept")
        art = _store_new(store, doc, stats, count_lines=False)
        if art is not None:
            new.append(art)
    touched = _place_all(store, arrival_order(new), stats)
    if update:
        refresh(store, touched, stats)
    return len(new)


def add_article(store: Store, source, stats: Stats | None = None) -> str | None:
    """One new input (a path or a RawDoc, or an already cleaned Article): its story id,
    or None when it was already stored (re-ingesting is a no-op) or unusable."""
    stats = stats if stats is not None else Stats()
    if isinstance(source, Article):
        art = source
        if not store.add(art):
            return None
        if not (art.sentences or art.mentions or art.quotes):
            compute_layers(art, stats)
        with store.conn:
            save_layers(store.conn, art)
    else:
        docs = list(_docs(source, stats, None))
        if len(docs) != 1:               # a container of many: the batch path
            return None if not ingest(store, docs, stats) else "many"
        art = _store_new(store, docs[0], stats)
        if art is None:
            return None
    with store.conn:
        sid = place(store, art)
    refresh(store, [sid], stats)
    return sid


def sync(store: Store, stats: Stats | None = None) -> set[str]:
    """Place stored articles the index has not seen (ingested by an older newsdesk or by
    `Store.ingest`), in arrival order; the touched stories."""
    from ..across.stories import arrival_order
    rows = store.conn.execute("SELECT id FROM articles WHERE id NOT IN "
                              "(SELECT article FROM si_articles) ORDER BY rowid").fetchall()
    return _place_all(store, arrival_order(_load(store, [r[0] for r in rows])),
                      stats or Stats())


def _place_all(store: Store, arts: list[Article], stats: Stats) -> set[str]:
    """Place articles one by one (one transaction each: a failure loses one article's
    placement, retried by the next `sync`)."""
    touched = set()
    for art in arts:
        try:
            with store.conn:
                touched.add(place(store, art))
        except Exception as exc:  # one bad article never stops the others
            stats.fail(art.path or art.id, f"story placement failed: "
                       f"{type(exc).__name__}: {exc}", step="stories")
    return touched


def picture(store: Store, stats: Stats | None = None) -> Picture:
    """The whole picture from stored layers and the stored story assignment: per-article
    steps only for new or stale layers, events and disputes recomputed per story. The
    stored picture tables are rewritten to match."""
    from ..across.stories import arrival_order, _first_words
    stats = stats if stats is not None else Stats()
    sync(store, stats)
    arts = with_layers(store, list(store.articles()), stats)
    by_id = {a.id: a for a in arts}
    rows = store.conn.execute("SELECT a.article, s.sid, a.duplicate_of FROM si_articles a "
                              "JOIN si_stories s ON s.num=a.story").fetchall()
    groups: dict[str, list[Article]] = {}
    for aid, sid, orig in rows:
        if aid in by_id:
            by_id[aid].story, by_id[aid].duplicate_of = sid, orig
    for art in arts:                     # ingest order inside each story, as a full run
        groups.setdefault(art.story, []).append(art)
    pic = Picture(articles=arts, stats={})
    order = sorted(groups, key=lambda s: int(s[1:]) if s[1:].isdigit() else 0)
    for sid in order:
        part = _assemble(store, sid, groups[sid], arrival_order, _first_words)
        pic.events += part.events
        pic.disputes += part.disputes
        pic.stories += part.stories
    pic.quotes = [q for a in arts for q in a.quotes]
    store.save_picture(pic)
    pic.stats = stats.as_dict()
    return pic


def rebuild(store: Store, stats: Stats | None = None, layers: bool = False) -> Picture:
    """The full recompute: every corpus step over all stored articles (their layers
    restored, or recomputed with `layers=True`), the persisted duplicate and story state
    reset to its result, and the picture saved."""
    from ..across import stories as S
    from ..across.duplicates import find_duplicates
    stats = stats if stats is not None else Stats()
    if layers:
        with store.conn:
            store.conn.execute("DELETE FROM layers")
    arts = with_layers(store, list(store.articles()), stats)
    copies = find_duplicates(arts)
    for a in arts:
        a.duplicate_of = copies.get(a.id)
    stories = S.assign(arts)
    vecs = S.vectors(arts, S.Params(), state.model())
    conn = store.conn
    with conn:
        for table in ("dup_bodies", "dup_bands", "sent_df"):
            conn.execute(f"DELETE FROM {table}")
        for a in S.arrival_order(arts):   # replay the duplicate and sentence state
            state.duplicate_of(conn, a.id, a.text)
            if not a.duplicate_of:
                state.content(conn, a.text, count=True)
        state.load_assignment(conn, [s.articles for s in stories], vecs,
                              {a.id: _ts(a) for a in arts}, copies)
    return picture(store, stats)
