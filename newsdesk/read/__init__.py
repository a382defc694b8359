"""Readers: turn input files into `RawDoc`s. One reader per file kind, found through a
registry keyed by file suffix, so adding a format is adding a module.

A reader yields RawDocs and raises `ReadError` (or yields it) for a bad input; the caller
reports one line per failure and goes on with the rest.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..model import RawDoc

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class ReadError(Exception):
    """A bad input: the message is the reason, shown after the file name."""

    def __init__(self, reason: str, where: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.where = where


Reader = Callable[[Path, int], Iterator["RawDoc | ReadError"]]
READERS: dict[str, Reader] = {}


def reader(*suffixes: str):
    """Register a reader for file names ending in any of `suffixes` (lower case, with dot)."""
    def deco(fn: Reader) -> Reader:
        for s in suffixes:
            READERS[s] = fn
        return fn
    return deco


def article_id(path: str | os.PathLike) -> str:
    """File name without its extensions: `0001.html.gz` -> `0001`, `000_6aad.txt` -> `000_6aad`."""
    name = Path(path).name
    return name.split(".", 1)[0] if not name.startswith(".") else name


def reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return READERS[suffix]
    return None


def discover(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files named, and files under directories named (recursed, sorted, hidden skipped)."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield Path(root) / f
        else:
            yield p


def read_all(paths: Iterable[str | os.PathLike], on_error: Callable[[str, str], None],
             max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDoc]:
    """Every RawDoc from every input; each failure goes to `on_error(where, reason)`."""
    from . import formats  # noqa: F401  (registers the readers)
    for path in discover(paths):
        if not path.exists():
            on_error(str(path), "no such file or directory")
            continue
        fn = reader_for(path)
        if fn is None:
            on_error(str(path), "unsupported file type (expected .txt, .html, .htm, .html.gz, "
                                ".jsonl, .rss, .atom, .xml, .warc, .warc.gz)")
            continue
        try:
            for item in fn(path, max_bytes):
                if isinstance(item, ReadError):
                    on_error(item.where or str(path), item.reason)
                else:
                    yield item
        except ReadError as exc:
            on_error(exc.where or str(path), exc.reason)
        except Exception as exc:  # a reader bug must not lose the other files
            on_error(str(path), f"could not be read: {type(exc).__name__}: {exc}")
