"""JSON Lines: one article per line, `{"text": ...}` or `{"html": ...}` plus optional
`id`, `url`, `title`, `outlet`, `published`, `author`. Common aliases from news crawls
(`body`, `link`, `source`, `date`, ...) are accepted so exports from other tools load as-is.

Streamed line by line (memory bounded by the longest line, itself under the size cap). A bad
line is one error naming `file:line` and the rest is read; a file with no good line at all
is one error for the file, not one per line.
"""
from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path
from typing import IO, Iterator

from ..model import RawDoc
from . import ReadError, article_id, reader
from .decode import check_size, decode_bytes, mb, sniff_binary
from .formats import html_doc, looks_html, text_doc

# Output field -> keys accepted for it, in order of preference.
FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "_id", "guid"),
    "url": ("url", "link", "source_url", "uri"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "sitename", "site_name", "publisher", "domain", "site"),
    "published": ("published", "date", "date_publish", "published_at", "publish_date",
                  "pubdate", "datetime"),
    "author": ("author", "authors", "byline"),
}
TEXT_KEYS = ("text", "body", "maintext", "content", "article")
HTML_KEYS = ("html", "raw_html", "content_html")
MAX_LINE_ERRORS = 5


def _value(obj: dict, keys: tuple[str, ...]) -> str | None:
    for k in keys:
        v = obj.get(k)
        if isinstance(v, dict):          # {"source": {"name": "BBC"}} as in NewsAPI dumps
            v = v.get("name") or v.get("title")
        if isinstance(v, list):
            v = ", ".join(str(x) for x in v if x)
        if v not in (None, ""):
            return str(v).strip() or None
    return None


def parse_line(raw: bytes, path: Path, line_no: int) -> RawDoc:
    """One line -> RawDoc, or ReadError with the reason."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        line, _ = decode_bytes(raw)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ReadError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise ReadError(f"a JSON {type(obj).__name__}, expected an object with text or html")
    meta = {f: _value(obj, keys) for f, keys in FIELDS.items()}
    doc_id = " ".join((meta.pop("id") or "").split())[:160] or f"{article_id(path)}-{line_no}"
    html = next((obj[k] for k in HTML_KEYS if isinstance(obj.get(k), str) and obj[k].strip()),
                None)
    text = next((obj[k] for k in TEXT_KEYS if isinstance(obj.get(k), str) and obj[k].strip()),
                None)
    if text is None and html is None:
        raise ReadError("no text or html field with content")
    if text is not None:
        # a "content" field holding markup is HTML in disguise (many CMS exports)
        if looks_html(text) and text.lstrip().startswith("<"):
            return html_doc(doc_id, str(path), text, **meta)
        return text_doc(doc_id, str(path), text, **meta)
    return html_doc(doc_id, str(path), html, require_markup=False, **meta)


def _open(path: Path) -> IO[bytes]:
    fh = open(path, "rb")
    if fh.read(2) == b"\x1f\x8b":
        fh.close()
        return gzip.open(path, "rb")
    fh.seek(0)
    if path.name.lower().endswith(".gz"):
        fh.close()
        raise ReadError("named .gz but is not gzip data")
    return fh


@reader(".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
def read_jsonl(path: Path, max_bytes: int) -> Iterator[RawDoc | ReadError]:
    check_size(path, max_bytes)
    good = bad = total = 0
    held: list[ReadError] = []          # errors before the first good line
    try:
        with _open(path) as fh:
            head = fh.peek(8192)[:8192] if hasattr(fh, "peek") else b""
            what = sniff_binary(head) if head else None
            if what:
                raise ReadError(f"binary file ({what}), not JSON Lines")
            line_no = 0
            while True:
                raw = fh.readline(max_bytes + 1)
                if not raw:
                    break
                line_no += 1
                total += len(raw)
                if total > max_bytes:
                    raise ReadError(f"content is over the size cap of {mb(max_bytes)} "
                                    "(raise it with --max-mb)")
                if not raw.strip():
                    continue
                try:
                    doc = parse_line(raw, path, line_no)
                except ReadError as exc:
                    bad += 1
                    err = ReadError(exc.reason, where=f"{path}:{line_no}")
                    if not good:
                        held.append(err)
                    elif bad <= MAX_LINE_ERRORS:
                        yield err
                    continue
                if not good:
                    for err in held[:MAX_LINE_ERRORS]:
                        yield err
                    held.clear()
                good += 1
                yield doc
    except (OSError, EOFError, zlib.error) as exc:
        raise ReadError(f"cannot read: {exc}") from None
    if not good:
        if not bad:
            raise ReadError("empty file (no JSON lines)")
        first = held[0]
        raise ReadError(f"not JSON Lines: no line holds an article (line "
                        f"{first.where.rsplit(':', 1)[1]}: {first.reason}"
                        + (f"; {bad - 1} more bad lines)" if bad > 1 else ")"))
    if bad > MAX_LINE_ERRORS:
        yield ReadError(f"{bad - MAX_LINE_ERRORS} more bad lines not shown "
                        f"({bad} of {good + bad} lines skipped)")

