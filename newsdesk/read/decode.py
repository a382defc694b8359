"""Bytes to text: size cap, gzip, binary sniffing and encoding detection (never assumed)."""
from __future__ import annotations

import gzip
import re
from pathlib import Path

from . import ReadError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)


def read_capped(path: Path, max_bytes: int) -> bytes:
    """The file's bytes (gunzipped when gzip), refusing more than `max_bytes` without ever
    holding more than that in memory."""
    size = path.stat().st_size
    if size == 0:
        raise ReadError("empty file")
    if size > max_bytes:
        raise ReadError(f"file is {size / 1e6:.1f} MB, over the size cap of "
                        f"{max_bytes / 1e6:.1f} MB (raise it with --max-mb)")
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if data[:2] == b"\x1f\x8b":
        try:
            with gzip.open(path, "rb") as gz:
                data = gz.read(max_bytes + 1)
        except (OSError, EOFError) as exc:
            raise ReadError(f"broken gzip: {exc}") from None
        if len(data) > max_bytes:
            raise ReadError(f"gunzipped content is over the size cap of {max_bytes / 1e6:.1f} MB "
                            "(raise it with --max-mb)")
    elif path.name.lower().endswith(".gz"):
        raise ReadError("named .gz but is not gzip data")
    if not data.strip():
        raise ReadError("empty file (only whitespace)")
    return data


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head and not (head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff")):
        return True
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32)
    return ctrl > len(head) * 0.1


def decode_bytes(data: bytes, where: str, html: bool = False) -> tuple[str, str]:
    """Decode with, in order: a BOM, a declared HTML charset, strict UTF-8, then
    charset-normalizer's detection. Returns (text, encoding name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace"), "utf-16"
    if looks_binary(data):
        raise ReadError("binary file, not text or HTML")
    if html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            enc = m.group(1).decode("ascii", "ignore").lower()
            try:
                text = data.decode(enc)
                return text, enc
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong or unknown declaration: detect instead
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise ReadError("undecodable text (no encoding fits)")
    enc = best.encoding
    return data.decode(enc, "replace"), enc
