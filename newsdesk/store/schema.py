"""The store's tables, created or migrated on open. Bump SCHEMA_VERSION and add a step to
MIGRATIONS when the schema changes, so a store written by an older newsdesk keeps working."""
from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 2

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- cleaned articles; `hash` is over the raw input and its container metadata, so
-- re-ingesting the same file is a no-op
CREATE TABLE IF NOT EXISTS articles (
    rowid     INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    hash      TEXT NOT NULL UNIQUE,
    path      TEXT, url TEXT, kind TEXT NOT NULL, encoding TEXT,
    title     TEXT, outlet TEXT, published TEXT, author TEXT, lang TEXT,
    raw       BLOB NOT NULL,                 -- zlib-compressed UTF-8 (pages are ~80% markup)
    text      TEXT NOT NULL,
    segments  TEXT NOT NULL DEFAULT '[]',    -- JSON [[clean, raw, length], ...]
    notes     TEXT NOT NULL DEFAULT '[]',    -- JSON list of strings
    added     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS articles_path ON articles(path);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);

-- full text over title + body; external content, kept in step by triggers
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid',
    tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

-- the last picture, one JSON row per record, each tagged with its story so an
-- incremental update can replace one story's rows and leave the rest
CREATE TABLE IF NOT EXISTS stories  (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events   (id TEXT PRIMARY KEY, story TEXT, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS quotes   (id TEXT PRIMARY KEY, story TEXT, article TEXT,
                                     data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS disputes (id TEXT PRIMARY KEY, story TEXT, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS story_members (
    article TEXT PRIMARY KEY, story TEXT NOT NULL, duplicate_of TEXT);
CREATE INDEX IF NOT EXISTS story_members_story ON story_members(story);
CREATE INDEX IF NOT EXISTS events_story ON events(story);
CREATE INDEX IF NOT EXISTS quotes_story ON quotes(story);
CREATE INDEX IF NOT EXISTS disputes_story ON disputes(story);

-- lines that recur across one outlet's pages (boilerplate), for the cleaner's learner
CREATE TABLE IF NOT EXISTS outlet_lines (
    outlet TEXT NOT NULL, hash TEXT NOT NULL, docs INTEGER NOT NULL,
    PRIMARY KEY (outlet, hash)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS outlet_docs (outlet TEXT PRIMARY KEY, docs INTEGER NOT NULL);
"""

# version 2: what makes one new article cheap (store/incremental.py)
SCHEMA_V2 = """
-- per-article layers (sentences, mentions, quotes) as zlib JSON (store/layers.py), with the
-- extractor version that made them: a newer extractor recomputes stale rows
CREATE TABLE IF NOT EXISTS layers (
    article TEXT PRIMARY KEY, version TEXT NOT NULL, data BLOB NOT NULL);
-- near-duplicate state: each original's MinHash signature and LSH band keys, and an exact
-- body key for every checked article
CREATE TABLE IF NOT EXISTS dup_bodies (
    article TEXT PRIMARY KEY, body BLOB NOT NULL, original TEXT);
CREATE INDEX IF NOT EXISTS dup_bodies_body ON dup_bodies(body);
CREATE TABLE IF NOT EXISTS dup_bands (band INTEGER NOT NULL, key BLOB NOT NULL,
                                      article TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS dup_bands_key ON dup_bands(band, key);
-- the story index (across/stories.StoryIndex), one row per story and per article, so a new
-- article loads only the postings of its own terms and the stories they point at
CREATE TABLE IF NOT EXISTS si_stories (
    num INTEGER PRIMARY KEY, sid TEXT NOT NULL UNIQUE, norm2 REAL NOT NULL, last REAL,
    centroid BLOB NOT NULL);
-- every placed article: its story, its index number k (NULL for a near-duplicate, which
-- follows its original without being indexed), its original, and its full term vector
CREATE TABLE IF NOT EXISTS si_articles (
    article TEXT PRIMARY KEY, story INTEGER NOT NULL, k INTEGER UNIQUE, duplicate_of TEXT,
    ts REAL, vec BLOB);
CREATE INDEX IF NOT EXISTS si_articles_story ON si_articles(story);
CREATE TABLE IF NOT EXISTS si_postings (term TEXT NOT NULL, k INTEGER NOT NULL, w REAL NOT NULL);
CREATE INDEX IF NOT EXISTS si_postings_term ON si_postings(term);
-- sentence document frequencies, so page furniture shared by many articles is known
-- without re-reading the corpus (stories.boilerplate, done incrementally)
CREATE TABLE IF NOT EXISTS sent_df (hash BLOB PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
"""
SCHEMA += SCHEMA_V2

# version -> SQL that upgrades a store from version-1 to version
MIGRATIONS: dict[int, str] = {2: SCHEMA_V2}


class StoreError(Exception):
    """The store cannot be used (not a database, made by a newer newsdesk, no FTS5)."""


def init(conn: sqlite3.Connection) -> None:
    """Create or upgrade the schema, refusing stores from a newer version."""
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
        conn.execute("DROP TABLE temp.fts5_probe")
    except sqlite3.OperationalError as exc:
        raise StoreError(f"this SQLite ({sqlite3.sqlite_version}) lacks FTS5: {exc}") from None
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
    version = 0
    if has_meta:
        row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        version = int(row[0]) if row else 0
    if version > SCHEMA_VERSION:
        raise StoreError(f"store has schema version {version}, newer than this newsdesk "
                         f"understands ({SCHEMA_VERSION}); upgrade newsdesk")
    with conn:
        if version == 0:
            conn.executescript(SCHEMA)
        for v in range(version + 1, SCHEMA_VERSION + 1):
            if v in MIGRATIONS and version:
                conn.executescript(MIGRATIONS[v])
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
                     (str(SCHEMA_VERSION),))
