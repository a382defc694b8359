"""WARC web archives (`.warc`, `.warc.gz`): every successful HTML response (or resource)
record is an article, its id made from the target URI and its url set.

Streamed with warcio record by record, each payload capped, so an archive never sits in
memory. A truncated or corrupt archive keeps the articles read before the damage and adds
one error line saying where it stopped.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

from ..model import RawDoc
from . import ReadError, article_id, reader
from .decode import check_size, decode_bytes, mb
from .formats import encoding_notes, html_doc, looks_html

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def uri_id(uri: str, max_len: int = 96) -> str:
    """A readable, file-name-safe id from a URL: host and path, punctuation to dashes."""
    parts = urlsplit(uri)
    slug = re.sub(r"[^A-Za-z0-9]+", "-", f"{parts.netloc}{parts.path}"
                  + (f"-{parts.query}" if parts.query else "")).strip("-").lower()
    if len(slug) > max_len:
        slug = slug[:max_len - 9].rstrip("-") + "-" + hashlib.sha1(uri.encode()).hexdigest()[:8]
    return slug


def _content_type(record) -> str:
    if record.rec_type == "response" and record.http_headers is not None:
        return record.http_headers.get_header("Content-Type") or ""
    return record.rec_headers.get_header("Content-Type") or ""


def _wanted(record) -> bool:
    if record.rec_type not in ("response", "resource"):
        return False
    if record.rec_type == "response":
        if record.http_headers is None:
            return False
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return False
    ctype = _content_type(record).lower()
    return not ctype or any(t in ctype for t in HTML_TYPES)


class _Truncated(Exception):
    pass


WARC_TYPES = frozenset("warcinfo response resource request metadata revisit conversion "
                       "continuation".split())


def _check_header(record, number: int) -> None:
    """A file cut inside a record header comes back as a record with a garbled type."""
    if record.rec_type not in WARC_TYPES or not record.rec_headers.get_header("WARC-Record-ID"):
        raise _Truncated(number)


def _check_complete(record, number: int) -> None:
    """warcio hands back a short payload when the file ends mid-record; its length reader
    then still expects bytes, which is how we notice a truncated download."""
    if record is not None and getattr(record.raw_stream, "limit", 0) > 0:
        raise _Truncated(number)


def _check_tail(path: Path, offset: int, number: int) -> None:
    """A file cut inside a record header ends the iteration silently: bytes are left over
    past the last whole record."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        if fh.read(4096).strip():
            raise _Truncated(number + 1)


@reader(".warc", ".warc.gz")
def read_warc(path: Path, max_bytes: int) -> Iterator[RawDoc | ReadError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    check_size(path, max_bytes)
    fid, n, seen, used = article_id(path), 0, 0, set()
    prev = None
    with open(path, "rb") as fh:
        try:
            records = ArchiveIterator(fh)
            for record in records:
                _check_complete(prev, seen)
                prev = record
                seen += 1
                _check_header(record, seen)
                if not _wanted(record):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                where = f"{path}: record {seen}" + (f" ({uri})" if uri else "")
                payload = record.content_stream().read(max_bytes + 1)
                if len(payload) > max_bytes:
                    yield ReadError(f"payload over the size cap of {mb(max_bytes)}", where=where)
                    continue
                if not payload.strip():
                    continue
                m = _CHARSET.search(_content_type(record))
                try:
                    text, enc = decode_bytes(payload, where, html=True,
                                             declared=m.group(1) if m else None)
                except ReadError as exc:
                    yield ReadError(exc.reason, where=where)
                    continue
                if not looks_html(text):
                    continue
                doc_id = uri_id(uri) if uri else f"{fid}-{seen}"
                if not doc_id or doc_id in used:
                    doc_id = f"{doc_id or fid}-{seen}"
                used.add(doc_id)
                doc = html_doc(doc_id, str(path), text, url=uri or None, encoding=enc)
                encoding_notes(doc)
                n += 1
                yield doc
            _check_complete(prev, seen)
            _check_tail(path, records.offset, seen)
        except _Truncated as exc:
            raise ReadError(f"truncated WARC (cut off in record {exc}); kept the {n} "
                            f"page(s) before it") from None
        except ArchiveLoadFailed as exc:
            msg = str(exc).splitlines()[0][:160]
            if not seen:
                raise ReadError(f"not a WARC file ({msg})") from None
            raise ReadError(f"truncated or corrupt WARC after record {seen} ({msg}); "
                            f"kept the {n} page(s) before it") from None
        except (EOFError, OSError, ValueError) as exc:
            raise ReadError(f"truncated or corrupt WARC after record {seen} "
                            f"({type(exc).__name__}: {exc}); kept the {n} page(s) before it"
                            ) from None
    if not n:
        raise ReadError(f"no HTML pages in this WARC ({seen} records)" if seen
                        else "not a WARC file (no records)")
