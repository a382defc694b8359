"""Bytes to text: size cap, gzip, binary sniffing and encoding detection (never assumed).

Order of trust when decoding, and why:
1. a byte-order mark (unambiguous);
2. strict UTF-8: valid UTF-8 with non-ASCII bytes is almost never an accident, so it beats
   a `<meta charset>` or HTTP header, which scrapers and CMSs often get wrong;
3. a declared charset (HTTP header, `<meta>`, XML declaration) that decodes strictly, with
   the WHATWG reading of latin-1/ascii labels as windows-1252;
4. "mostly UTF-8" (a few broken sequences in UTF-8 text): UTF-8 with replacement, because
   re-reading the whole text as a single-byte code page would garble every other character;
5. windows-1252 when it gives plausible Western text (charset-normalizer tends to pick
   cp1250 for short English text with curly quotes, turning "naive" with a diaeresis into
   "nadve" with a caron);
6. charset-normalizer's detection; nothing plausible -> a ReadError.
"""
from __future__ import annotations

import codecs
import gzip
import re
import zlib
from pathlib import Path

from . import ReadError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)

# WHATWG Encoding Standard: these labels mean windows-1252 on the web.
_AS_CP1252 = {"iso8859-1", "latin-1", "ascii", "iso8859-15"}

# Leading bytes of common non-text files, so the error names what the file is.
MAGIC: dict[bytes, str] = {
    b"%PDF": "PDF", b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image", b"PK\x03\x04": "ZIP archive (or docx/xlsx)", b"\x7fELF": "executable",
    b"SQLite format 3\x00": "SQLite database", b"\xd0\xcf\x11\xe0": "MS Office document",
    b"\xfd7zXZ": "xz archive", b"7z\xbc\xaf": "7z archive",
}

_CONTROL = bytes([*range(0, 9), *range(14, 32), 127])
_WESTERN = re.compile("[\u00a0-\u017f\u2010-\u2027\u2030-\u203a\u20ac\u2122\u0192\u02c6\u02dc]")


def mb(n: int) -> str:
    """A size for messages: "20.0 MB", "51 KB"."""
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n / 2**10:.0f} KB"


def check_size(path: Path, max_bytes: int) -> int:
    """Refuse empty and over-cap files by their size alone, before reading a byte."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    if size == 0:
        raise ReadError("empty file")
    if size > max_bytes:
        raise ReadError(f"file is {mb(size)}, over the size cap of {mb(max_bytes)} "
                        "(raise it with --max-mb)")
    return size


def read_capped(path: Path, max_bytes: int) -> bytes:
    """The file's bytes (gunzipped when gzip), refusing more than `max_bytes` without ever
    holding more than that in memory (a gzip bomb stops at the cap)."""
    check_size(path, max_bytes)
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    if data[:2] == b"\x1f\x8b":
        try:
            with gzip.open(path, "rb") as gz:
                data = gz.read(max_bytes + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise ReadError(f"broken gzip data ({exc})") from None
        if len(data) > max_bytes:
            raise ReadError(f"gunzipped content is over the size cap of {mb(max_bytes)} "
                            "(raise it with --max-mb)")
        if not data.strip():
            raise ReadError("gzip holds an empty file")
    elif path.name.lower().endswith(".gz"):
        what = sniff_binary(data)
        raise ReadError("named .gz but is not gzip data" + (f" ({what})" if what else ""))
    if not data.strip():
        raise ReadError("empty file (only whitespace)")
    return data


def sniff_binary(data: bytes) -> str | None:
    """What kind of binary `data` is ("PDF", "binary data", ...), or None for text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return None
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            return what
    head = data[:8192]
    if b"\x00" in head:
        return "binary data"
    ctrl = len(head) - len(head.translate(None, _CONTROL))
    return "binary data" if ctrl > len(head) * 0.05 else None


def looks_binary(data: bytes) -> bool:
    return sniff_binary(data) is not None


def declared_charset(data: bytes, html: bool) -> str | None:
    """The charset an HTML/XML document declares in its first 4 KB."""
    head = data[:4096]
    m = _XML_ENCODING.search(head) or (_META_CHARSET.search(head) if html else None)
    return m.group(1).decode("ascii", "ignore") if m else None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'").lower()).name
    except LookupError:
        return None
    return "cp1252" if name in _AS_CP1252 else name


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 text with a few broken sequences (a truncated or badly spliced file)."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return good >= 3 and bad <= max(2, good // 10)


def _western_cp1252(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [ch for ch in text if ord(ch) > 127]
    ok = sum(1 for ch in high if _WESTERN.match(ch))
    return text if high and ok >= 0.97 * len(high) else None


def _cp1252_char(b: int) -> str:
    return bytes([b]).decode("cp1252", "ignore") or chr(b)


_CONT = "[%s\u0080-\u009f]" % re.escape("".join(_cp1252_char(b) for b in range(0x80, 0xC0)))
# UTF-8 read as cp1252 starts with one of these: Â Ã (Latin-1 range), Ä Å (Latin
# Extended-A), Î Ï (Greek), Ð Ñ (Cyrillic), â (punctuation: â€™ â€œ â€”). Other lead bytes
# are left alone: as text they are ordinary letters (ß, É, é) and fixes there misfire.
_MOJIBAKE = re.compile(f"(?:[\u00c2-\u00c5]{_CONT}|\u00e2{_CONT}{{2}})+"
                       f"|(?:[\u00ce\u00cf\u00d0\u00d1]{_CONT}){{2,}}")
# The same lead characters as UTF-8 bytes: scanning bytes for a fixed first byte is fast,
# so clean texts (nearly all) skip the character-level scan.
_GATE = re.compile(rb"\xc3[\x82-\x85\x8e-\x91]|\xc3\xa2(?:\xc2|\xc5|\xc6|\xcb|\xe2)")
# latin-1 readings (C1 controls) too: some pipelines double-encode through latin-1
_TO_BYTE = {**{chr(b): b for b in range(0x80, 0xA0)},
            **{_cp1252_char(b): b for b in range(0x80, 0x100)}}


def repair_mojibake(text: str, data: bytes | None = None) -> str:
    """Undo UTF-8 that was read as windows-1252 somewhere upstream ("cafÃ©", "Iâ€™d"): a
    run of such pairs is turned back into bytes and kept only when those are valid UTF-8,
    so ordinary accented text ("São", "ESPAÑA", "à €") is never touched. `data`, the UTF-8
    bytes of `text`, lets clean texts skip the scan."""
    if not _GATE.search(data if data is not None else text.encode("utf-8", "replace")):
        return text

    def fix(m: re.Match) -> str:
        s = m.group(0)
        try:
            return bytes(_TO_BYTE[ch] for ch in s).decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            return s
    for _ in range(3):                  # text encoded twice or three times over
        fixed = _MOJIBAKE.sub(fix, text)
        if fixed == text:
            break
        text = fixed
    return text


def decode_bytes(data: bytes, where: str = "", html: bool = False,
                 declared: str | None = None) -> tuple[str, str]:
    """Decode text whose encoding is not known; returns (text, encoding name). `declared`
    is an outside hint (an HTTP Content-Type charset); `html` also reads `<meta charset>`.
    Mojibake already in the bytes (double-encoded UTF-8) is repaired."""
    text, enc = _decode(data, html, declared)
    if enc != "utf-8":                  # only UTF-8 input can hold double-encoded UTF-8
        return text, enc
    fixed = repair_mojibake(text, data)
    return (fixed, enc + " (mojibake repaired)") if fixed != text else (text, enc)


def _decode(data: bytes, html: bool, declared: str | None) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace"), "utf-16"
    what = sniff_binary(data)
    if what:
        raise ReadError(f"binary file ({what}), not text or HTML")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for label in (declared, declared_charset(data, html)):
        enc = _codec(label)
        if enc and not enc.startswith(("utf-8", "utf-16", "utf-32")):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                pass  # the declaration lies: detect instead
    if _mostly_utf8(data):
        return data.decode("utf-8", "replace"), "utf-8 (broken bytes replaced)"
    text = _western_cp1252(data)
    if text is not None:
        return text, "cp1252"
    from charset_normalizer import from_bytes
    best = from_bytes(data[:200_000]).best()
    if best is None or best.chaos > 0.25:
        raise ReadError("undecodable text: not valid UTF-8 and no encoding fits")
    return data.decode(best.encoding, "replace"), best.encoding
