"""The Store: one SQLite file holding cleaned articles, their full-text index, the last
picture, and the per-outlet boilerplate line counts. See the package docstring for the
layout and why it is shaped this way."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from pathlib import Path
from typing import Iterable, Iterator

from ..model import Article, Picture, RawDoc, Segment
from .schema import SCHEMA_VERSION, StoreError, init
from .search import fts_query

_ARTICLE_COLS = ("id, path, url, kind, title, outlet, published, author, lang, raw, text, "
                 "segments, notes")
COMMIT_EVERY = 50


def doc_hash(doc: RawDoc) -> str:
    """Identity of an input: its content plus the metadata its container gave it."""
    h = hashlib.sha256()
    for part in (doc.kind, doc.content, doc.url, doc.title, doc.outlet, doc.published,
                 doc.author):
        h.update((part or "").encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def _where(doc: RawDoc) -> str:
    """The file, plus the article id when the file holds many (jsonl, feed, WARC)."""
    from ..read import article_id
    if doc.path and article_id(doc.path) == doc.id:
        return doc.path
    return f"{doc.path} [{doc.id}]" if doc.path else doc.id


def _row_to_article(row: sqlite3.Row) -> Article:
    art = Article(id=row["id"], raw=_unpack(row["raw"]), kind=row["kind"], path=row["path"],
                  text=row["text"], title=row["title"], outlet=row["outlet"],
                  published=row["published"], author=row["author"], url=row["url"],
                  lang=row["lang"])
    art.segments = [Segment(*s) for s in json.loads(row["segments"] or "[]")]
    art.notes = list(json.loads(row["notes"] or "[]"))
    return art


class Store:
    """A newsdesk store on one SQLite file (WAL journal, FTS5 index)."""

    def __init__(self, path: str | os.PathLike):
        self.path = str(path)
        if self.path != ":memory:":
            p = Path(self.path)
            if p.is_dir():
                raise StoreError(f"{self.path} is a directory, not a store file")
            p.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(self.path, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            init(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a newsdesk store ({exc})") from None

    # -- lifecycle -------------------------------------------------------------------
    def close(self) -> None:
        self.conn.commit()
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else SCHEMA_VERSION

    @property
    def journal_mode(self) -> str:
        return self.conn.execute("PRAGMA journal_mode").fetchone()[0]

    # -- articles --------------------------------------------------------------------
    def ingest(self, paths: Iterable[str | os.PathLike], stats=None,
               max_bytes: int | None = None) -> int:
        """Read, clean and store every article under `paths`; returns how many were new.
        Inputs already stored (same content hash) are skipped before cleaning, so running
        it twice adds nothing. A changed file at the same path replaces its old version.
        Failures go to `stats.fail(where, reason)`, one line each."""
        from ..clean import article_from_raw, clean_article
        from ..pipeline import Stats
        from ..read import DEFAULT_MAX_BYTES, read_all
        stats = stats if stats is not None else Stats()
        added = 0
        docs = read_all(paths, lambda where, why: stats.fail(where, why),
                        max_bytes or DEFAULT_MAX_BYTES)
        try:
            for doc in docs:
                stats.add("read", "kept")
                digest = doc_hash(doc)
                if self.conn.execute("SELECT 1 FROM articles WHERE hash=?",
                                     (digest,)).fetchone():
                    stats.add("store", "unchanged")
                    continue
                try:
                    art = clean_article(article_from_raw(doc))
                except Exception as exc:  # one bad article never stops the ingest
                    stats.fail(_where(doc), f"clean failed: {type(exc).__name__}: {exc}",
                               step="clean")
                    continue
                if art is None:
                    stats.add("clean", "dropped")
                    continue
                stats.add("clean", "kept")
                for n in getattr(doc, "notes", None) or []:
                    if n not in art.notes:
                        art.notes.append(n)
                try:
                    self._put(art, digest, getattr(doc, "encoding", None))
                except sqlite3.IntegrityError:      # another process stored it meanwhile
                    stats.add("store", "unchanged")
                    continue
                stats.add("store", "added")
                added += 1
                if added % COMMIT_EVERY == 0:
                    self.conn.commit()
        finally:
            self.conn.commit()
        return added

    def _put(self, art: Article, digest: str, encoding: str | None = None) -> str:
        """Insert one cleaned article; an id already taken by another file gets a suffix,
        an id taken by an older version of the same file is replaced."""
        art_id = art.id
        row = self.conn.execute("SELECT path FROM articles WHERE id=?", (art_id,)).fetchone()
        if row is not None:
            if art.path and row["path"] == art.path:
                self.conn.execute("DELETE FROM articles WHERE id=?", (art_id,))
            else:
                k = 2
                while self.conn.execute("SELECT 1 FROM articles WHERE id=?",
                                        (f"{art.id}-{k}",)).fetchone():
                    k += 1
                art_id = art.id = f"{art.id}-{k}"
        self.conn.execute(
            f"INSERT INTO articles ({_ARTICLE_COLS}, hash, encoding) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (art_id, art.path, art.url, art.kind, art.title, art.outlet, art.published,
             art.author, art.lang, _pack(art.raw), art.text or "",
             json.dumps([[s.clean, s.raw, s.length] for s in art.segments]),
             json.dumps(list(art.notes), ensure_ascii=False), digest, encoding))
        return art_id

    def add(self, article: Article) -> bool:
        """Store an already cleaned article (Python API); False when identical content is
        already stored."""
        doc = RawDoc(id=article.id, path=article.path or "", kind=article.kind,
                     content=article.raw, url=article.url, title=article.title,
                     outlet=article.outlet, published=article.published,
                     author=article.author)
        digest = doc_hash(doc)
        with self.conn:
            if self.conn.execute("SELECT 1 FROM articles WHERE hash=?", (digest,)).fetchone():
                return False
            self._put(article, digest)
        return True

    def update(self, source, stats=None) -> str | None:
        """Add one new input (path, RawDoc or cleaned Article) and update only its story's
        events, quotes and disputes (store/incremental.py); its story id, None if already
        stored."""
        from .incremental import add_article
        return add_article(self, source, stats)

    def articles(self) -> Iterator[Article]:
        """Every stored article, cleaned, in ingest order (streamed, not loaded at once)."""
        cur = self.conn.execute(f"SELECT {_ARTICLE_COLS} FROM articles ORDER BY rowid")
        while True:
            rows = cur.fetchmany(200)
            if not rows:
                return
            for row in rows:
                yield _row_to_article(row)

    def get(self, article_id: str) -> Article | None:
        row = self.conn.execute(f"SELECT {_ARTICLE_COLS} FROM articles WHERE id=?",
                                (article_id,)).fetchone()
        return _row_to_article(row) if row else None

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def search(self, query: str, limit: int = 10, mark: tuple[str, str] = ("[", "]")
               ) -> list[dict]:
        """Best matches first (bm25, title weighted 4x body), each with a snippet around the
        hits. Any user text is safe: see search.py."""
        q = fts_query(query)
        if q is None or limit <= 0:
            return []
        try:
            rows = self.conn.execute(
                "SELECT a.id, a.title, a.outlet, a.published, a.url, "
                "snippet(articles_fts, -1, ?, ?, ' … ', 16) AS snippet, "
                "bm25(articles_fts, 4.0, 1.0) AS score "
                "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                "WHERE articles_fts MATCH ? ORDER BY score LIMIT ?",
                (mark[0], mark[1], q, int(limit))).fetchall()
        except sqlite3.OperationalError:
            return []
        out = []
        for r in rows:
            hit = dict(r)
            hit["snippet"] = " ".join((hit["snippet"] or "").split())   # one line per hit
            out.append(hit)
        return out

    # -- the picture -----------------------------------------------------------------
    def save_picture(self, picture: Picture, only: Iterable[str] | None = None) -> None:
        """Store the picture: one JSON row per story, event, quote and dispute, each tagged
        with its story, plus which story each article is in. By default the stored picture
        is replaced; with `only` (story ids), just those stories' rows are rewritten and
        the rest is left as it was (an incremental update)."""
        story_of = {a.id: a.story for a in picture.articles if a.story}
        for st in picture.stories:
            for aid in st.articles:
                story_of.setdefault(aid, st.id)
        dup_of = {a.id: a.duplicate_of for a in picture.articles}
        keep = set(only) if only is not None else None

        def wanted(story: str | None) -> bool:
            return keep is None or story in keep

        with self.conn:
            if keep is None:
                for table in ("stories", "events", "quotes", "disputes", "story_members"):
                    self.conn.execute(f"DELETE FROM {table}")
            else:
                marks = ",".join("?" * len(keep))
                for table, col in (("stories", "id"), ("events", "story"), ("quotes", "story"),
                                   ("disputes", "story"), ("story_members", "story")):
                    self.conn.execute(f"DELETE FROM {table} WHERE {col} IN ({marks})",
                                      tuple(keep))
            for st in picture.stories:
                if not wanted(st.id):
                    continue
                self.conn.execute("INSERT OR REPLACE INTO stories VALUES (?,?)",
                                  (st.id, _dumps(st.to_json())))
                self.conn.executemany("INSERT OR REPLACE INTO story_members VALUES (?,?,?)",
                                      [(aid, st.id, dup_of.get(aid)) for aid in st.articles])
            for e in picture.events:
                story = story_of.get(e.mentions[0].article) if e.mentions else None
                if wanted(story):
                    self.conn.execute("INSERT OR REPLACE INTO events VALUES (?,?,?)",
                                      (e.id, story, _dumps(e.to_json())))
            for q in picture.quotes:
                story = story_of.get(q.article)
                if wanted(story):
                    self.conn.execute("INSERT OR REPLACE INTO quotes VALUES (?,?,?,?)",
                                      (f"{q.article}:{q.span.start}-{q.span.end}", story,
                                       q.article, _dumps(q.to_json())))
            for d in picture.disputes:
                story = story_of.get(d.claims[0].article) if d.claims else None
                if wanted(story):
                    data = _dumps(d.to_json())
                    self.conn.execute("INSERT OR REPLACE INTO disputes VALUES (?,?,?)",
                                      ("d-" + hashlib.sha1(data.encode()).hexdigest()[:12],
                                       story, data))

    def picture_json(self, story: str | None = None) -> dict[str, list[dict]]:
        """The stored picture's records (FORMAT.md shapes), all or one story's."""
        out: dict[str, list[dict]] = {}
        for table in ("stories", "events", "quotes", "disputes"):
            col = "id" if table == "stories" else "story"
            sql = f"SELECT data FROM {table}" + (f" WHERE {col}=?" if story else "")
            out[table] = [json.loads(r[0]) for r in
                          self.conn.execute(sql + " ORDER BY rowid", (story,) if story else ())]
        return out

    def story_members(self) -> dict[str, str]:
        """article id -> story id, from the last saved picture."""
        return dict(self.conn.execute("SELECT article, story FROM story_members"))

    # -- recurring boilerplate lines per outlet --------------------------------------
    def line_counts(self, outlet_key: str) -> dict[str, int]:
        """line hash -> number of this outlet's documents containing that line."""
        return dict(self.conn.execute("SELECT hash, docs FROM outlet_lines WHERE outlet=?",
                                      (outlet_key,)))

    def add_lines(self, outlet_key: str, hashes: set[str]) -> None:
        """Count one more document of `outlet_key` containing each of `hashes`."""
        with self.conn:
            self.conn.execute("INSERT INTO outlet_docs VALUES (?, 1) ON CONFLICT(outlet) "
                              "DO UPDATE SET docs = docs + 1", (outlet_key,))
            self.conn.executemany(
                "INSERT INTO outlet_lines VALUES (?, ?, 1) ON CONFLICT(outlet, hash) "
                "DO UPDATE SET docs = docs + 1", [(outlet_key, h) for h in set(hashes)])

    def outlet_docs(self, outlet_key: str) -> int:
        """How many documents of `outlet_key` have been counted by `add_lines`."""
        row = self.conn.execute("SELECT docs FROM outlet_docs WHERE outlet=?",
                                (outlet_key,)).fetchone()
        return row[0] if row else 0


def _pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 6)


def _unpack(blob: bytes | str) -> str:
    return blob if isinstance(blob, str) else zlib.decompress(blob).decode("utf-8", "surrogatepass")


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
