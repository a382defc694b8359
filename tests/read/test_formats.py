"""Every reader on small inputs written here: what RawDocs come out, with which ids,
kinds and metadata, and what each bad input reports."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newsdesk.read import read_all
from conftest import FIXTURES

GOOD_TXT = FIXTURES / "read" / "marren-flood.txt"
GOOD_HTML = FIXTURES / "read" / "kelmar-strike.html"

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Post</title><link>https://harbour.example/</link>
<item><title>Port strike enters second week</title><link>https://harbour.example/strike</link>
<pubDate>Mon, 16 Jun 2014 09:30:00 GMT</pubDate><author>desk@harbour.example (Mia Roos)</author>
<description>&lt;p&gt;Dock workers extended their strike into a second week.&lt;/p&gt;</description></item>
<item><title>No body here</title><link>https://harbour.example/empty</link></item>
<item><title>Ferry service resumes</title><link>https://harbour.example/ferry</link>
<description>Ferries to the islands resumed on Tuesday after the storm.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Courier</title>
<entry><title>Flooding in the Marren valley</title><link href="https://courier.example/flood"/>
<updated>2014-06-17T08:00:00Z</updated><author><name>Tomas Adler</name></author>
<content type="html">&lt;p&gt;Heavy rain caused the Marren river to burst its banks,
officials in G\u00e4vle said.&lt;/p&gt;</content>
</entry></feed>""".encode("utf-8")


def read(paths, max_bytes=20 * 2**20):
    errors: list[tuple[str, str]] = []
    docs = list(read_all([str(p) for p in paths], lambda w, r: errors.append((w, r)), max_bytes))
    return docs, errors


def test_text_and_html_files():
    docs, errors = read([GOOD_TXT, GOOD_HTML])
    assert errors == []
    assert [(d.id, d.kind) for d in docs] == [("marren-flood", "text"), ("kelmar-strike", "html")]


def test_html_gz_and_not_gzip(tmp_path):
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(GOOD_HTML.read_bytes()))
    (tmp_path / "b.html.gz").write_bytes(GOOD_HTML.read_bytes())
    docs, errors = read([tmp_path / "a.html.gz", tmp_path / "b.html.gz"])
    assert [d.id for d in docs] == ["a"] and "Kelmar" in docs[0].content
    assert errors == [(str(tmp_path / "b.html.gz"), "named .gz but is not gzip data")]


def test_jsonl_fields_aliases_and_default_ids(tmp_path):
    p = tmp_path / "wire.jsonl"
    lines = [
        {"text": "Rescue teams reached the village by boat.", "title": "Flood",
         "outlet": "Courier", "published": "2014-06-17", "url": "https://c.example/1"},
        {"id": 77, "html": "<p>Dock workers extended their strike.</p>", "source": {"name": "Harbour Post"},
         "date": "2014-06-16", "authors": ["Mia Roos", "Arvo Paas"]},
        {"body": "<div><p>Ferries resumed after the storm.</p></div>", "link": "https://h.example/f"},
    ]
    p.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    docs, errors = read([p])
    assert errors == []
    assert [(d.id, d.kind) for d in docs] == [("wire-1", "text"), ("77", "html"), ("wire-3", "html")]
    assert (docs[0].title, docs[0].outlet, docs[0].published, docs[0].url) == \
        ("Flood", "Courier", "2014-06-17", "https://c.example/1")
    assert docs[1].outlet == "Harbour Post" and docs[1].author == "Mia Roos, Arvo Paas"
    assert docs[2].url == "https://h.example/f"


def test_jsonl_bad_lines_are_one_error_each(tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_text('{"text": "A good line about the strike at the port."}\n{oops\n[1, 2]\n'
                 '{"title": "no body"}\n{"text": "Another good line about the ferries."}\n')
    docs, errors = read([p])
    assert [d.id for d in docs] == ["mixed-1", "mixed-5"]
    assert [w for w, _ in errors] == [f"{p}:2", f"{p}:3", f"{p}:4"]
    assert errors[0][1].startswith("not JSON")


def test_jsonl_that_is_not_jsonl_is_one_error(tmp_path):
    p = tmp_path / "notes.jsonl"
    p.write_text("just some notes\nabout nothing\nat all\n")
    docs, errors = read([p])
    assert docs == [] and len(errors) == 1
    assert errors[0][0] == str(p) and errors[0][1].startswith("not JSON Lines")


def test_rss_entries_become_html_articles(tmp_path):
    p = tmp_path / "harbour.rss"
    p.write_bytes(RSS)
    docs, errors = read([p])
    assert errors == []
    assert [d.id for d in docs] == ["harbour-1", "harbour-3"]     # entry 2 has no body
    d = docs[0]
    assert (d.kind, d.title, d.url, d.outlet, d.published) == (
        "html", "Port strike enters second week", "https://harbour.example/strike",
        "Harbour Post", "2014-06-16")
    assert "second week" in d.content


def test_atom_feed_in_xml_file(tmp_path):
    p = tmp_path / "courier.xml"
    p.write_bytes(ATOM)
    docs, errors = read([p])
    assert errors == [] and len(docs) == 1
    d = docs[0]
    assert (d.outlet, d.author, d.published) == ("Valley Courier", "Tomas Adler", "2014-06-17")
    assert "G\u00e4vle" in d.content


def test_xml_that_is_not_a_feed(tmp_path):
    p = tmp_path / "sitemap.xml"
    p.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>')
    docs, errors = read([p])
    assert docs == [] and len(errors) == 1 and "not an RSS/Atom feed" in errors[0][1]


def _warc(path: Path, pages, gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for uri, status, ctype, body in pages:
            hh = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                http_headers=hh))


WARC_PAGES = [
    ("https://harbour.example/news/2014/port-strike?p=1", "200 OK", "text/html; charset=utf-8",
     GOOD_HTML.read_bytes()),
    ("https://harbour.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
    ("https://harbour.example/moved", "301 Moved", "text/html", b"<p>moved</p>"),
    ("https://harbour.example/cp1252", "200 OK", "text/html; charset=windows-1252",
     "<html><body><p>Caf\u00e9 \u201cquoted\u201d</p></body></html>".encode("cp1252")),
]


@pytest.mark.parametrize("gz", [False, True])
def test_warc_html_responses(tmp_path, gz):
    p = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _warc(p, WARC_PAGES, gz)
    docs, errors = read([p])
    assert errors == []
    assert [d.id for d in docs] == ["harbour-example-news-2014-port-strike-p-1",
                                    "harbour-example-cp1252"]
    assert docs[0].url == WARC_PAGES[0][0] and docs[0].kind == "html"
    assert "Caf\u00e9 \u201cquoted\u201d" in docs[1].content


@pytest.mark.parametrize("cut", [0.5, 0.8, 0.95])
def test_truncated_warc_keeps_earlier_pages(tmp_path, cut):
    full = tmp_path / "full.warc"
    _warc(full, [WARC_PAGES[0], WARC_PAGES[3], WARC_PAGES[0]], gz=False)
    data = full.read_bytes()
    p = tmp_path / "cut.warc"
    p.write_bytes(data[:int(len(data) * cut)])
    docs, errors = read([p])
    assert len(errors) == 1 and errors[0][0] == str(p)
    assert "truncated" in errors[0][1] or "corrupt" in errors[0][1]
    assert len(docs) >= 1


def test_directory_skips_other_files_but_not_empty_dirs(tmp_path):
    d = tmp_path / "coverage"
    d.mkdir()
    (d / "a.txt").write_text(GOOD_TXT.read_text())
    (d / "README.md").write_text("notes")
    (d / ".hidden.txt").write_text("x")
    (tmp_path / "empty").mkdir()
    docs, errors = read([d, tmp_path / "empty", tmp_path / "nope.txt", tmp_path / "x.pdf"])
    assert [x.id for x in docs] == ["a"]
    assert [w for w, _ in errors] == [str(tmp_path / "empty"), str(tmp_path / "nope.txt"),
                                      str(tmp_path / "x.pdf")]


def test_saved_web_page_named_txt_is_read_as_html(tmp_path):
    p = tmp_path / "saved.txt"
    p.write_bytes(b"\xef\xbb\xbf" + GOOD_HTML.read_bytes())
    p2 = tmp_path / "saved2.txt"
    p2.write_text("<!-- saved from url=(0014)about:internet -->\n" + GOOD_HTML.read_text())
    docs, errors = read([p, p2, GOOD_TXT])
    assert errors == [] and [d.kind for d in docs] == ["html", "html", "text"]


@pytest.mark.parametrize("name,expected", [
    ("0001.html.gz", "0001"), ("000_6aad434db166bdcb.txt", "000_6aad434db166bdcb"),
    ("bbc.co.uk-story.html", "bbc.co.uk-story"), ("crawl.warc.gz", "crawl"),
    ("Wire.JSONL", "Wire"), ("noext", "noext")])
def test_article_id_strips_only_the_format_extension(name, expected):
    from newsdesk.read import article_id
    assert article_id(name) == expected


def test_a_file_named_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD_TXT.read_text())
    docs, errors = read([tmp_path, tmp_path / "a.txt", tmp_path / "." / "a.txt"])
    assert errors == [] and [d.id for d in docs] == ["a"]
