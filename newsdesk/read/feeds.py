"""RSS and Atom files: each entry with content (or a summary) becomes an HTML article with
the entry's title, link, date and author, and the feed's title as outlet.

feedparser gets the raw bytes (never a path or URL, so nothing is fetched) and does its own
encoding detection. A file that parses as no feed at all is one error; a malformed feed that
still yields entries (a truncated download) is read leniently and the articles say so.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator

from ..model import RawDoc
from . import ReadError, article_id, note, reader
from .decode import read_capped, sniff_binary
from .formats import html_doc


def _date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            return time.strftime("%Y-%m-%d", t)
    return entry.get("published") or entry.get("updated")


def _content(entry) -> str | None:
    """The fullest body the entry has: content (HTML first), else summary/description."""
    parts = entry.get("content") or []
    parts = sorted(parts, key=lambda c: "html" not in (c.get("type") or ""))
    for c in parts:
        if (c.get("value") or "").strip():
            return c["value"]
    summary = entry.get("summary") or entry.get("description")
    return summary if summary and summary.strip() else None


@reader(".rss", ".atom", ".xml", ".rss.gz", ".atom.gz", ".xml.gz")
def read_feed(path: Path, max_bytes: int) -> Iterator[RawDoc]:
    import feedparser
    data = read_capped(path, max_bytes)
    what = sniff_binary(data)
    if what:
        raise ReadError(f"binary file ({what}), not an RSS/Atom feed")
    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        kind = "XML" if data.lstrip().startswith(b"<") else "text"
        raise ReadError(f"not an RSS/Atom feed ({kind} without feed elements)")
    outlet = (parsed.feed.get("title") or "").strip() or None
    malformed = None
    if parsed.get("bozo") and "SAX" in type(parsed.get("bozo_exception")).__name__:
        malformed = f"feed is malformed XML ({parsed.bozo_exception}); read leniently"
    fid, n = article_id(path), 0
    for i, entry in enumerate(parsed.entries, 1):
        body = _content(entry)
        if body is None:
            continue
        title = entry.get("title")
        doc = html_doc(f"{fid}-{i}", str(path), body, require_markup=False,
                       url=entry.get("link"), title=(title or "").strip() or None,
                       outlet=outlet, published=_date(entry), author=entry.get("author"))
        if malformed:
            note(doc, malformed)
        n += 1
        yield doc
    if not n:
        raise ReadError(f"feed has {len(parsed.entries)} entries, none with content or summary"
                        if parsed.entries else "feed has no entries")
