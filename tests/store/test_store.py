"""The embedded store on the seeds and our fixtures: idempotent ingest, search, faithful
restore, the picture tables, boilerplate line counts, and the CLI's --db paths."""
from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from conftest import FIXTURES
from newsdesk.clean import article_from_raw, clean_article
from newsdesk.model import Article, Picture, Quote, Story
from newsdesk.pipeline import Stats
from newsdesk.read import read_all
from newsdesk.store import SCHEMA_VERSION, StoreError, default_path, fts_query, open_store

HTML = FIXTURES / "read" / "kelmar-strike.html"


def strike_article() -> Article:
    """A cleaned article made by hand, so search tests do not depend on the cleaners."""
    text = ("Dock workers at the port of Kelmar extended their strike into a second week.\n\n"
            "The port authority said it regretted the disruption.")
    return Article(id="kelmar-strike", raw=text, kind="text", text=text,
                   title="Port strike enters second week", outlet="Harbour Post")


def test_ingest_twice_adds_nothing_the_second_time(tmp_path, seeds_dir):
    db = tmp_path / "s.db"
    with open_store(db) as store:
        assert store.ingest([seeds_dir], Stats()) == 2
        assert store.ingest([seeds_dir], Stats()) == 0
        assert store.count() == 2
    with open_store(db) as store:                        # and across processes/opens
        assert store.ingest([seeds_dir, HTML], Stats()) == 1
        assert store.count() == 3


def test_search_finds_baqouba_with_snippet(tmp_path, seeds_dir):
    with open_store(tmp_path / "s.db") as store:
        store.ingest([seeds_dir], Stats())
        hits = store.search("Baqouba")
    assert [h["id"] for h in hits] == ["000_6aad434db166bdcb"]
    assert set(hits[0]) >= {"id", "title", "outlet", "published", "snippet"}
    assert "[Baqouba]" in hits[0]["snippet"]


def test_restored_articles_equal_the_cleaned_originals(tmp_path, seeds_dir):
    originals = [clean_article(article_from_raw(d))
                 for d in read_all([seeds_dir, HTML], lambda w, r: pytest.fail(r))]
    with open_store(tmp_path / "s.db") as store:
        store.ingest([seeds_dir, HTML], Stats())
        restored = {a.id: a for a in store.articles()}
    assert len(restored) == 3
    for o in originals:
        r = restored[o.id]
        assert (r.text, r.segments, r.raw, r.kind) == (o.text, o.segments, o.raw, o.kind)
        assert (r.title, r.outlet, r.published, r.author, r.url) == \
            (o.title, o.outlet, o.published, o.author, o.url)
        if r.segments:                                   # raw offsets still map
            s = r.segments[0]
            assert r.text[s.clean:s.clean + s.length] == r.raw[s.raw:s.raw + s.length]


def test_wal_mode_and_schema_version(tmp_path):
    db = tmp_path / "s.db"
    with open_store(db) as store:
        assert store.journal_mode == "wal"
        assert store.schema_version == SCHEMA_VERSION
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == \
        str(SCHEMA_VERSION)
    conn.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        with open_store(db):
            pass


@pytest.mark.parametrize("query", ['"', 'al-Maliki', 'NEAR(', '"prison attack', 'a:b',
                                   '*', 'AND OR NOT', "port's strike^2", '(((', '', '   ',
                                   'Kelmar*', 'strike OR ferry', "'; DROP TABLE articles; --"])
def test_search_never_raises(tmp_path, query):
    with open_store(tmp_path / "s.db") as store:
        store.add(strike_article())
        hits = store.search(query)
        assert isinstance(hits, list)
        assert store.count() == 1


def test_search_syntax_users_expect(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        assert store.add(strike_article()) and not store.add(strike_article())
        assert store.search('"port authority"')[0]["id"] == "kelmar-strike"
        assert store.search("Kelm*")[0]["id"] == "kelmar-strike"
        assert store.search("strikes")[0]["id"] == "kelmar-strike"       # stemming
        assert store.search("strike OR zzzz")[0]["id"] == "kelmar-strike"
        assert store.search("strike zzzz") == []                       # words are ANDed
    assert fts_query("al-Maliki") == '"al Maliki"'
    assert fts_query("?!") is None


def test_changed_file_replaces_its_old_version(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML.read_text())
    with open_store(tmp_path / "s.db") as store:
        assert store.ingest([p], Stats()) == 1
        p.write_text(HTML.read_text().replace("Kelmar", "Varsund"))
        assert store.ingest([p], Stats()) == 1
        assert store.count() == 1 and store.search("Varsund") and not store.search("Kelmar")
        other = tmp_path / "b"
        other.mkdir()
        shutil.copy(HTML, other / "page.html")            # same name, another file
        assert store.ingest([other], Stats()) == 1
        assert sorted(a.id for a in store.articles()) == ["page", "page-2"]


def test_ingest_failures_go_to_stats(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    stats = Stats()
    with open_store(tmp_path / "s.db") as store:
        assert store.ingest([bad, HTML], stats) == 1
    assert stats.failed and len(stats.errors) == 1 and "bad.txt: empty file" in stats.errors[0]


def test_save_picture_rows_and_story_membership(tmp_path):
    arts = [Article(id="a1", raw="x", text="Officials said the port was closed."),
            Article(id="a2", raw="y", text="The union said the strike goes on.")]
    arts[0].story = arts[1].story = "s1"
    q = Quote(article="a2", text="the strike goes on", span=arts[1].span(17, 35), speaker="union")
    pic = Picture(articles=arts, quotes=[q], stories=[Story("s1", "Port strike", ["a1", "a2"])])
    with open_store(tmp_path / "s.db") as store:
        store.save_picture(pic)
        store.save_picture(pic)                          # replaces, never duplicates
        assert store.story_members() == {"a1": "s1", "a2": "s1"}
        got = store.picture_json(story="s1")
    assert got["stories"] == [{"id": "s1", "title": "Port strike", "articles": ["a1", "a2"]}]
    assert len(got["quotes"]) == 1 and got["quotes"][0]["speaker"] == "union"


def test_outlet_line_counts(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        assert store.line_counts("harbour.example") == {}
        store.add_lines("harbour.example", {"h1", "h2"})
        store.add_lines("harbour.example", {"h1"})
        store.add_lines("other.example", {"h1"})
        assert store.line_counts("harbour.example") == {"h1": 2, "h2": 1}
        assert store.outlet_docs("harbour.example") == 2


def test_default_path_from_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWSDESK_DB", raising=False)
    assert default_path() == "newsdesk.db"
    monkeypatch.setenv("NEWSDESK_DB", str(tmp_path / "env.db"))
    with open_store() as store:
        assert store.path == str(tmp_path / "env.db")


def test_not_a_store(tmp_path):
    p = tmp_path / "notes.db"
    p.write_text("these are notes, not a database\n" * 50)
    with pytest.raises(StoreError, match="not a newsdesk store"):
        with open_store(p):
            pass


def test_cli_analyze_with_db_with_and_without_paths(tmp_path, capsys, seeds_dir):
    from newsdesk.cli import main
    db, out = tmp_path / "cli.db", tmp_path / "p.json"
    assert main(["analyze", str(seeds_dir), "--db", str(db), "--json", str(out),
                 "--no-progress"]) == 0
    first = json.loads(out.read_text())
    assert {a["id"] for a in first["articles"]} == {"000_6aad434db166bdcb",
                                                    "003_35c7fe5f69efd926"}
    assert main(["analyze", str(HTML), "--db", str(db), "--json", str(out),
                 "--no-progress"]) == 0
    assert len(json.loads(out.read_text())["articles"]) == 3       # the store's whole picture
    assert main(["analyze", "--db", str(db), "--json", str(out), "--no-progress"]) == 0
    again = json.loads(out.read_text())
    assert len(again["articles"]) == 3
    with open_store(db) as store:
        assert set(store.story_members()) == {a["id"] for a in again["articles"]}
    assert main(["search", "Baqouba", "--db", str(db)]) == 0
    assert "000_6aad434db166bdcb" in capsys.readouterr().out


def test_save_picture_for_one_story_leaves_the_others(tmp_path):
    arts = [Article(id=f"a{i}", raw="x", text="Officials said the port was closed.")
            for i in range(3)]
    pic = Picture(articles=arts, stories=[Story("s1", "Port", ["a0", "a1"]),
                                          Story("s2", "Flood", ["a2"])])
    with open_store(tmp_path / "s.db") as store:
        store.save_picture(pic)
        update = Picture(articles=arts, stories=[Story("s1", "Port strike", ["a0"]),
                                                 Story("s2", "IGNORED", ["a2"])])
        store.save_picture(update, only={"s1"})
        assert store.story_members() == {"a0": "s1", "a2": "s2"}
        titles = {s["id"]: s["title"] for s in store.picture_json()["stories"]}
    assert titles == {"s1": "Port strike", "s2": "Flood"}


def test_open_without_create_refuses_a_missing_store(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        with open_store(tmp_path / "missing.db", create=False):
            pass
    assert not (tmp_path / "missing.db").exists()


def test_module_level_one_shots(tmp_path, seeds_dir):
    from newsdesk import store
    db = tmp_path / "m.db"
    assert store.ingest([seeds_dir], db=db) == 2
    assert store.ingest([seeds_dir], db=db) == 0
    assert [h["id"] for h in store.search("Baqouba", db=db)] == ["000_6aad434db166bdcb"]
