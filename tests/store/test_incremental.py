"""Incremental updates of the store (store/incremental.py) on real coverage: one new
article touches only its own story, re-ingesting is a no-op, and the result equals a full
recompute (`api.analyze`) in stories, events and disputes."""
from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from conftest import EXAMPLES, shared_path
from newsdesk.api import analyze
from newsdesk.pipeline import Stats
from newsdesk.read import read_all
from newsdesk.across.stories import parse_time
from newsdesk.store import incremental as inc
from newsdesk.store import open_store
from newsdesk.store.schema import SCHEMA_VERSION


def signature(pic) -> tuple:
    """Stories as member sets, events as their content without ids, disputes as JSON."""
    stories = sorted(tuple(sorted(s.articles)) for s in pic.stories)
    events = sorted(json.dumps({k: v for k, v in e.to_json().items() if k != "id"},
                               sort_keys=True) for e in pic.events)
    disputes = sorted(json.dumps(d.to_json(), sort_keys=True) for d in pic.disputes)
    return stories, events, disputes


def _rows(store) -> dict[str, list]:
    out = {}
    for table in ("events", "disputes", "quotes"):
        for story, data in store.conn.execute(f"SELECT story, data FROM {table}"):
            out.setdefault(story, []).append((table, data))
    for sid, data in store.conn.execute("SELECT id, data FROM stories"):
        out.setdefault(sid, []).append(("stories", data))
    return {k: sorted(v) for k, v in out.items()}


def _files(dirs) -> list:
    """Input files in time order of the articles they hold (one article per file here)."""
    docs = list(read_all(dirs, lambda w, r: pytest.fail(r)))
    docs.sort(key=lambda d: (d.published is None, parse_time(d.published) or 0, d.path))
    return docs


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    dirs = [shared_path("seeds"), shared_path("eval", "dev", "batch-c", "articles"),
            shared_path("eval", "dev", "batch-d", "articles"), EXAMPLES / "coverage"]
    first = analyze(dirs)
    db = tmp_path_factory.mktemp("inc") / "dev.db"
    # the newcomer: the latest article of a story with several articles
    multi = {a for s in first.stories if len(s.articles) > 1 for a in s.articles}
    when = {a.id: parse_time(a.published) or 0 for a in first.articles}
    last = max(multi, key=lambda a: when[a])
    docs = [d for d in read_all(dirs, lambda w, r: pytest.fail(r))]
    newcomer = next(d for d in docs if d.id == last)
    # the full recompute sees the articles in the store's order (merging is order-sensitive
    # on ties), as `analyze --db --rebuild` does: the newcomer last
    full = analyze([d.path for d in docs if d is not newcomer] + [newcomer.path])
    with open_store(db) as store:
        inc.ingest(store, [d for d in docs if d is not newcomer], Stats())
        before = _rows(store)
        sid = inc.add_article(store, newcomer)
        after = _rows(store)
    return {"full": full, "db": db, "sid": sid, "before": before, "after": after,
            "newcomer": newcomer, "dirs": dirs}


def test_one_new_article_rewrites_only_its_story(corpus):
    sid, before, after = corpus["sid"], corpus["before"], corpus["after"]
    assert sid in before, "the newcomer should join a story already stored"
    assert after[sid] != before[sid]
    assert {k: v for k, v in after.items() if k != sid} == \
        {k: v for k, v in before.items() if k != sid}
    story = next(json.loads(d) for t, d in after[sid] if t == "stories")
    assert corpus["newcomer"].id in story["articles"]


def test_event_ids_are_unique_and_carry_their_story(corpus):
    with open_store(corpus["db"]) as store:
        rows = store.conn.execute("SELECT id, story FROM events").fetchall()
    assert rows and len({r[0] for r in rows}) == len(rows)
    assert all(eid.startswith(f"{story}-e") for eid, story in rows)


def test_reingesting_is_a_no_op(corpus, tmp_path):
    db = tmp_path / "again.db"
    shutil.copy(corpus["db"], db)
    with open_store(db) as store:
        before = _rows(store)
        assert inc.add_article(store, corpus["newcomer"]) is None
        assert inc.ingest(store, corpus["dirs"], Stats()) == 0
        assert _rows(store) == before


def test_incremental_equals_full_recompute(corpus):
    with open_store(corpus["db"]) as store:
        pic = inc.picture(store)
    assert signature(pic) == signature(corpus["full"])


def test_rebuild_equals_full_recompute_and_keeps_layers(corpus, tmp_path, monkeypatch):
    db = tmp_path / "rebuild.db"
    shutil.copy(corpus["db"], db)
    monkeypatch.setattr(inc, "compute_layers", lambda *a, **k: pytest.fail("layers recomputed"))
    with open_store(db) as store:
        pic = inc.rebuild(store)
        stored = store.picture_json()
    assert signature(pic) == signature(corpus["full"])
    assert len(stored["events"]) == len(pic.events) and len(stored["stories"]) == len(pic.stories)


def test_examples_one_at_a_time_equal_full_recompute(tmp_path):
    """Bare clone: the example coverage added file by file in time order."""
    full = analyze([EXAMPLES / "coverage"])
    with open_store(tmp_path / "ex.db") as store:
        for doc in _files([EXAMPLES / "coverage"]):
            assert inc.add_article(store, doc) is not None
        pic = inc.picture(store)
        assert store.count() == len(full.articles)
    assert signature(pic) == signature(full)


def test_version_1_store_is_migrated(tmp_path):
    db = tmp_path / "old.db"
    with open_store(db) as store:
        store.ingest([EXAMPLES / "coverage"], Stats())
    conn = sqlite3.connect(db)
    for t in ("layers", "dup_bodies", "dup_bands", "si_stories", "si_articles",
              "si_postings", "sent_df"):
        conn.execute(f"DROP TABLE {t}")
    conn.execute("UPDATE meta SET value='1' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    with open_store(db) as store:
        assert store.schema_version == SCHEMA_VERSION == 2
        pic = inc.picture(store)                  # old articles placed, layers computed
        assert len(pic.articles) == 5 and pic.stories
        assert store.conn.execute("SELECT count(*) FROM layers").fetchone()[0] == 5


def test_refresh_writes_what_a_full_story_save_writes(corpus, tmp_path):
    """The refresh keeps the rows of members already saved and writes only what changed;
    the story's rows equal those of a plain full save of the recomputed story, from a cold
    process cache as from a warm one."""
    db = tmp_path / "resave.db"
    shutil.copy(corpus["db"], db)
    sid = corpus["sid"]
    inc._MEMBERS.clear()
    inc._VECS.clear()
    with open_store(db) as store:
        cold = inc.story_picture(store, sid)
        warm = inc.story_picture(store, sid)
        assert signature(cold) == signature(warm)
        store.save_picture(warm, only={sid})
        resaved = _rows(store)
        members = store.conn.execute("SELECT * FROM story_members ORDER BY article").fetchall()
    assert resaved == corpus["after"]
    with open_store(corpus["db"]) as store:
        assert store.conn.execute(
            "SELECT * FROM story_members ORDER BY article").fetchall() == members
