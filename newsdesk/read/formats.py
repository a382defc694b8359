"""Readers for single-document files: scraped text and HTML (plain or gzipped)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..model import RawDoc
from . import ReadError, article_id, reader
from .decode import decode_bytes, read_capped


@reader(".txt", ".text")
def read_text(path: Path, max_bytes: int) -> Iterator[RawDoc]:
    data = read_capped(path, max_bytes)
    text, enc = decode_bytes(data, str(path))
    yield RawDoc(id=article_id(path), path=str(path), kind="text", content=text, encoding=enc)


@reader(".html", ".htm", ".html.gz", ".htm.gz")
def read_html(path: Path, max_bytes: int) -> Iterator[RawDoc]:
    data = read_capped(path, max_bytes)
    text, enc = decode_bytes(data, str(path), html=True)
    yield RawDoc(id=article_id(path), path=str(path), kind="html", content=text, encoding=enc)
