"""The embedded store: one SQLite file, so a desk can ingest coverage as it arrives, search
it, and re-run the picture over everything without re-reading or re-cleaning old files.

Where: `newsdesk.db` in the working directory, or the path in the environment variable
`NEWSDESK_DB`; the command line's `--db PATH` overrides both.

How:
- WAL journal, so `newsdesk search` can read while an `ingest` writes.
- `articles`: cleaned articles (raw input, clean text, metadata, raw-offset segments), keyed
  by article id and by a content hash over the raw input plus its container metadata;
  ingesting the same files again adds nothing and skips the cleaning.
- `articles_fts`: an FTS5 index over title and body (porter stemming, diacritics folded),
  ranked with bm25; any user query text is made safe first (`search.fts_query`).
- `stories`, `events`, `quotes`, `disputes`: the last picture as JSON rows keyed by id, each
  tagged with its story, and `story_members` (article -> story), so an incremental update
  can rewrite one story and leave the rest (`save_picture(picture, only={"s3"})`).
- raw inputs are kept zlib-compressed (pages are mostly markup): about a third of the size.
- `outlet_lines` / `outlet_docs`: how many of an outlet's documents hold each line hash, for
  the cleaner's recurring-boilerplate learner.
- `layers`: each article's sentences, event mentions and quotes (store/layers.py), computed
  once at ingest and restored by `analyze --db`; rows made by an older extractor (another
  `layer_version()`) are recomputed.
- `dup_bodies` / `dup_bands`, `si_stories` / `si_articles` / `si_postings`, `sent_df`: the
  near-duplicate LSH and the story index, so one new article is placed without reading the
  corpus (store/state.py), then only its story's events and disputes are recomputed
  (store/incremental.py: `add_article`, `ingest`, `picture`, `rebuild`).
- `meta.schema_version`: stores from older versions are migrated on open (v1 -> v2 adds the
  tables above; old articles are placed and analysed on the next `analyze --db`), newer
  refused.

Python use:

    from newsdesk import store
    store.ingest(["coverage/"], db="coverage.db")          # -> number of new articles
    for hit in store.search('"prison attack" Baqubah', db="coverage.db"):
        print(hit["id"], hit["snippet"])
    with store.open_store("coverage.db") as s:              # everything else
        for article in s.articles(): ...
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

from .db import Store, doc_hash
from .schema import SCHEMA_VERSION, StoreError
from .search import fts_query

DEFAULT_NAME = "newsdesk.db"


def default_path() -> str:
    """`$NEWSDESK_DB`, else `newsdesk.db` in the working directory."""
    return os.environ.get("NEWSDESK_DB") or DEFAULT_NAME


@contextmanager
def open_store(path: str | os.PathLike | None = None, create: bool = True) -> Iterator[Store]:
    """The store at `path` (default: `default_path()`), created if missing (with
    `create=False`, a missing store is a StoreError: searching should not leave an empty
    database behind), closed and committed on exit."""
    path = path if path is not None else default_path()
    if not create and str(path) != ":memory:" and not os.path.exists(path):
        raise StoreError(f"no store at {path} (make one with: newsdesk ingest FILES --db {path})")
    store = Store(path)
    try:
        yield store
    finally:
        store.close()


def ingest(paths, db: str | os.PathLike | None = None, stats=None,
           max_bytes: int | None = None) -> int:
    """One-shot: store the articles under `paths` in the store at `db`; how many were new."""
    with open_store(db) as store:
        return store.ingest(paths, stats, max_bytes=max_bytes)


def search(query: str, db: str | os.PathLike | None = None, limit: int = 10) -> list[dict]:
    """One-shot full-text search of the store at `db` (which must exist)."""
    with open_store(db, create=False) as store:
        return store.search(query, limit=limit)


__all__ = ["Store", "StoreError", "open_store", "default_path", "ingest", "search",
           "fts_query", "doc_hash", "SCHEMA_VERSION", "DEFAULT_NAME"]
