"""Bad input at the command line: each bad file is exactly one stderr line naming it (and
the line, for JSON Lines) with the reason, the good files are still analysed and written,
and the exit status says whether anything failed. Bad files are made in tmp_path."""
from __future__ import annotations

import gzip
import io
import json
import shutil

import pytest

from conftest import FIXTURES
from newsdesk.cli import main

GOOD = [FIXTURES / "read" / "marren-flood.txt", FIXTURES / "read" / "kelmar-strike.html"]
GOOD_IDS = {"marren-flood", "kelmar-strike"}
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))


def run(tmp_path, capsys, bad: dict[str, bytes], *extra: str):
    """Analyze the good fixtures plus `bad` (name -> bytes); (status, error lines, ids)."""
    inp = tmp_path / "in"
    inp.mkdir(exist_ok=True)
    for g in GOOD:
        shutil.copy(g, inp / g.name)
    for name, data in bad.items():
        (inp / name).write_bytes(data)
    out = tmp_path / "picture.json"
    rc = main(["analyze", str(inp), "--json", str(out), "--no-progress", *extra])
    err = capsys.readouterr().err.splitlines()
    errors = [ln for ln in err if not ln.startswith("newsdesk: ") or " articles, " not in ln]
    ids = {a["id"] for a in json.loads(out.read_text())["articles"]}
    return rc, errors, ids


def one_error(errors, name: str, reason: str) -> str:
    assert len(errors) == 1, errors
    line = errors[0]
    assert line.startswith("newsdesk: ") and name in line and reason in line, line
    return line


def test_binary_file(tmp_path, capsys):
    rc, errors, ids = run(tmp_path, capsys, {"photo.txt": PNG})
    one_error(errors, "photo.txt", "binary file (PNG image)")
    assert rc == 1 and ids == GOOD_IDS


def test_empty_file(tmp_path, capsys):
    rc, errors, ids = run(tmp_path, capsys, {"blank.html": b""})
    one_error(errors, "blank.html", "empty file")
    assert rc == 1 and ids == GOOD_IDS


def test_whitespace_only_file(tmp_path, capsys):
    rc, errors, ids = run(tmp_path, capsys, {"blank.txt": b"\n  \n\t\n"})
    one_error(errors, "blank.txt", "empty file")
    assert rc == 1 and ids == GOOD_IDS


def test_undecodable_text(tmp_path, capsys):
    junk = bytes((0x80 + (i * 37) % 128) for i in range(3000))
    rc, errors, ids = run(tmp_path, capsys, {"junk.txt": junk})
    one_error(errors, "junk.txt", "undecodable text")
    assert rc == 1 and ids == GOOD_IDS


def test_mislabelled_encoding_is_read_right_not_failed(tmp_path, capsys):
    """A page declaring utf-8 but saved as cp1252: detected, decoded right, no error."""
    page = (FIXTURES / "read" / "kelmar-strike.html").read_text(encoding="utf-8")
    page = page.replace("Dock workers", "Dock workers \u201cin caf\u00e9s\u201d")
    rc, errors, ids = run(tmp_path, capsys, {"mislabelled.html": page.encode("cp1252")})
    assert errors == [] and rc == 0 and ids == GOOD_IDS | {"mislabelled"}
    art = next(a for a in json.loads((tmp_path / "picture.json").read_text())["articles"]
               if a["id"] == "mislabelled")
    assert "\u201cin caf\u00e9s\u201d" in art["text"]


def test_100mb_file_is_refused_by_size(tmp_path, capsys):
    inp = tmp_path / "in"
    inp.mkdir()
    with open(inp / "huge.html", "wb") as fh:       # sparse: fast, no disk, no memory
        fh.truncate(100 * 2**20)
    rc, errors, ids = run(tmp_path, capsys, {})
    one_error(errors, "huge.html", "over the size cap of 20.0 MB")
    assert rc == 1 and ids == GOOD_IDS


def test_size_cap_is_configurable(tmp_path, capsys):
    text = (FIXTURES / "read" / "marren-flood.txt").read_bytes()
    rc, errors, ids = run(tmp_path, capsys, {"long.txt": text * 200}, "--max-mb", "0.05")
    one_error(errors, "long.txt", "over the size cap of 51 KB")
    assert rc == 1 and ids == GOOD_IDS


def test_deeply_nested_html(tmp_path, capsys):
    n = 100_000
    page = ("<html><head><title>Deep</title></head><body>" + "<div>" * n
            + "<p>Engineers inspected the dam at Ostby on Wednesday and said it was safe, "
              "according to the regional water authority.</p>"
            + "<p>Residents who left their homes on Tuesday began returning in the afternoon, "
              "officials said at a news conference.</p>" + "</div>" * n + "</body></html>")
    rc, errors, ids = run(tmp_path, capsys, {"deep.html": page.encode()})
    assert errors == [] and rc == 0 and ids == GOOD_IDS | {"deep"}
    art = next(a for a in json.loads((tmp_path / "picture.json").read_text())["articles"]
               if a["id"] == "deep")
    # the body survives the nesting (which paragraphs the cleaner keeps is its own business)
    assert "Engineers inspected the dam" in art["text"] or "Residents who left" in art["text"]


def test_gz_that_is_not_gzip(tmp_path, capsys):
    rc, errors, ids = run(tmp_path, capsys, {"page.html.gz": b"<html><p>plain</p></html>"})
    one_error(errors, "page.html.gz", "named .gz but is not gzip data")
    assert rc == 1 and ids == GOOD_IDS


def test_gzip_that_is_not_html(tmp_path, capsys):
    rc, errors, ids = run(tmp_path, capsys, {"img.html.gz": gzip.compress(PNG),
                                             "notes.html.gz": gzip.compress(b"just notes, no tags")})
    assert len(errors) == 2, errors
    assert any("img.html.gz" in e and "binary file (PNG image)" in e for e in errors)
    assert any("notes.html.gz" in e and "not HTML" in e for e in errors)
    assert rc == 1 and ids == GOOD_IDS


def test_broken_gzip(tmp_path, capsys):
    data = gzip.compress((FIXTURES / "read" / "kelmar-strike.html").read_bytes())
    rc, errors, ids = run(tmp_path, capsys, {"cut.html.gz": data[: len(data) // 2]})
    one_error(errors, "cut.html.gz", "broken gzip data")
    assert rc == 1 and ids == GOOD_IDS


def test_jsonl_line_that_is_not_json(tmp_path, capsys):
    lines = (b'{"id": "j1", "text": "Rescue teams reached the village of Ostby by boat on Tuesday, '
             b'officials said."}\n{"id": "j2", "text": broken\n'
             b'{"id": "j3", "html": "<p>The port authority said it regretted the disruption to '
             b'shipping this week.</p>"}\n')
    rc, errors, ids = run(tmp_path, capsys, {"wire.jsonl": lines})
    line = one_error(errors, "wire.jsonl:2", "not JSON")
    assert "wire.jsonl:2: not JSON" in line
    assert rc == 1 and ids == GOOD_IDS | {"j1", "j3"}


def test_feed_that_is_not_a_feed(tmp_path, capsys):
    rc, errors, ids = run(tmp_path, capsys, {"news.rss": b"<html><body><p>a page</p></body></html>",
                                             "data.xml": b"<?xml version='1.0'?><rows><r>1</r></rows>"})
    assert len(errors) == 2, errors
    assert all("not an RSS/Atom feed" in e for e in errors)
    assert rc == 1 and ids == GOOD_IDS


def test_truncated_warc(tmp_path, capsys):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    html = (FIXTURES / "read" / "kelmar-strike.html").read_bytes()
    for i in range(3):
        hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"https://harbour.example/p{i}", "response",
                                            payload=io.BytesIO(html.replace(b"Kelmar", b"Kelmar %d" % i)),
                                            http_headers=hh))
    data = buf.getvalue()
    rc, errors, ids = run(tmp_path, capsys, {"crawl.warc.gz": data[: int(len(data) * 0.8)]})
    one_error(errors, "crawl.warc.gz", "truncated WARC")
    assert rc == 1 and {"harbour-example-p0", "harbour-example-p1"} <= ids and GOOD_IDS <= ids


def test_everything_good_exits_zero(tmp_path, capsys):
    rc, errors, ids = run(tmp_path, capsys, {})
    assert rc == 0 and errors == [] and ids == GOOD_IDS


@pytest.mark.parametrize("name", ["report.pdf", "data.json"])
def test_named_unsupported_file(tmp_path, capsys, name):
    p = tmp_path / name
    p.write_bytes(b"%PDF-1.4")
    out = tmp_path / "o.json"
    rc = main(["analyze", str(p), *map(str, GOOD), "--json", str(out), "--no-progress"])
    errors = [ln for ln in capsys.readouterr().err.splitlines() if " articles, " not in ln]
    one_error(errors, name, "unsupported file type")
    assert rc == 1
