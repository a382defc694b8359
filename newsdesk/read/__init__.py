"""Readers: turn input files into `RawDoc`s. One reader per file kind, found through a
registry keyed by file suffix, so adding a format is adding a module.

A reader yields RawDocs and raises `ReadError` (or yields it) for a bad input; the caller
reports one line per failure and goes on with the rest. Readers: formats.py (text, HTML),
jsonl.py, feeds.py (RSS/Atom), warc.py; decode.py holds the size cap, gzip, binary sniffing
and encoding detection they share, nesting.py the guard against pathologically deep HTML.
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
    """File name without its format extension: `0001.html.gz` -> `0001`, `000_6aad.txt` ->
    `000_6aad`, and dots inside the name stay (`bbc.co.uk-story.html` -> `bbc.co.uk-story`)
    so such names do not collide."""
    from . import formats  # noqa: F401  (the registry knows the extensions)
    name = Path(path).name
    low = name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if low.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    stem = name[:-3] if low.endswith(".gz") and len(name) > 3 else name
    head, dot, _ = stem.rpartition(".")
    return head if dot and head else stem


def reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return READERS[suffix]
    return None


SUPPORTED = (".txt, .html, .htm, .html.gz, .jsonl, .jsonl.gz, .rss, .atom, .xml, "
             ".warc, .warc.gz")


def note(doc: RawDoc, message: str) -> None:
    """Attach a note for the article (`RawDoc.notes`, carried to `Article.notes`)."""
    notes = getattr(doc, "notes", None)
    if notes is None:
        notes = []
        try:
            doc.notes = notes  # type: ignore[attr-defined]
        except AttributeError:
            return
    notes.append(message)


def discover(paths: Iterable[str | os.PathLike],
             on_error: Callable[[str, str], None] | None = None) -> Iterator[Path]:
    """Files named, and the readable files under directories named (recursed, sorted,
    hidden skipped). Inside a directory, files of other types (a README, a gold.json) are
    passed over silently; a directory with no readable file at all is an error. A file
    reached twice (named, and inside a named directory) is read once."""
    from . import formats  # noqa: F401  (registers the readers)
    seen: set[str] = set()

    def first_time(path: Path) -> bool:
        key = os.path.realpath(path)
        if key in seen:
            return False
        seen.add(key)
        return True

    for p in paths:
        p = Path(p)
        if not p.is_dir():
            if first_time(p):
                yield p
            continue
        found = 0
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in sorted(files):
                path = Path(root) / f
                if not f.startswith(".") and reader_for(path) is not None:
                    found += 1
                    if first_time(path):
                        yield path
        if not found and on_error:
            on_error(str(p), f"no readable files in this directory (expected {SUPPORTED})")


def read_all(paths: Iterable[str | os.PathLike], on_error: Callable[[str, str], None],
             max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDoc]:
    """Every RawDoc from every input; each failure goes to `on_error(where, reason)` once.
    A reader may yield ReadErrors (one bad line or record) and go on, or raise one (the
    whole file is bad)."""
    for path in discover(paths, on_error):
        if not path.exists():
            on_error(str(path), "no such file or directory")
            continue
        fn = reader_for(path)
        if fn is None:
            on_error(str(path), f"unsupported file type (expected {SUPPORTED})")
            continue
        try:
            for item in fn(path, max_bytes):
                if isinstance(item, ReadError):
                    on_error(item.where or str(path), item.reason)
                else:
                    yield item
        except ReadError as exc:
            on_error(exc.where or str(path), exc.reason)
        except RecursionError:
            on_error(str(path), "could not be read: structure nested too deeply")
        except MemoryError:
            on_error(str(path), "could not be read: out of memory (lower --max-mb)")
        except Exception as exc:  # a reader bug must not lose the other files
            on_error(str(path), f"could not be read: {type(exc).__name__}: {exc}")
