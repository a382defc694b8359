"""Readers for single-document files (scraped text, HTML plain or gzipped), the shared
HTML guard every reader of HTML uses, and the imports that register the container readers
(JSON Lines, RSS/Atom, WARC)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..model import RawDoc
from . import ReadError, article_id, note, reader
from .decode import decode_bytes, read_capped
from .nesting import flatten

_MARKUP = re.compile(r"<(?:!doctype|html|head|body|p|div|br|span|a|article|section|main|h[1-6]"
                     r"|title|meta|table|ul|ol|li|img|script|style)\b", re.I)


def looks_html(text: str) -> bool:
    return bool(_MARKUP.search(text[:200_000]))


def html_doc(doc_id: str, path: str, content: str, *, require_markup: bool = True,
             **meta) -> RawDoc:
    """A RawDoc of kind html, with pathological nesting flattened (see nesting.py)."""
    if require_markup and not looks_html(content):
        raise ReadError("not HTML: no markup found (name plain text .txt)")
    content, dropped = flatten(content)
    doc = RawDoc(id=doc_id, path=path, kind="html", content=content, **meta)
    if dropped:
        note(doc, f"HTML nested too deeply: {dropped} tags past depth limit removed")
    return doc


def encoding_notes(doc: RawDoc) -> None:
    """Tell the reader of the picture when decoding had to repair the input."""
    enc = doc.encoding or ""
    if "replaced" in enc:
        note(doc, "invalid UTF-8 bytes replaced with U+FFFD")
    if "mojibake" in enc:
        note(doc, "double-encoded UTF-8 (mojibake) repaired")


def text_doc(doc_id: str, path: str, content: str, **meta) -> RawDoc:
    return RawDoc(id=doc_id, path=path, kind="text", content=content, **meta)


_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


@reader(".txt", ".text", ".txt.gz")
def read_text(path: Path, max_bytes: int) -> Iterator[RawDoc]:
    """Scraped text; a saved web page misnamed .txt (it starts like HTML) is read as HTML."""
    data = read_capped(path, max_bytes)
    head = data[:4096].removeprefix(b"\xef\xbb\xbf").decode("latin-1")
    if _HTML_START.match(head):
        text, enc = decode_bytes(data, str(path), html=True)
        doc = html_doc(article_id(path), str(path), text, encoding=enc)
    else:
        text, enc = decode_bytes(data, str(path))
        doc = text_doc(article_id(path), str(path), text, encoding=enc)
    encoding_notes(doc)
    yield doc


@reader(".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
def read_html(path: Path, max_bytes: int) -> Iterator[RawDoc]:
    text, enc = decode_bytes(read_capped(path, max_bytes), str(path), html=True)
    doc = html_doc(article_id(path), str(path), text, encoding=enc)
    encoding_notes(doc)
    yield doc


from . import feeds, jsonl, warc  # noqa: E402,F401  (register the container readers)
