"""Per-article layers (sentences, event mentions, quotes) in a lossless internal JSON form,
so the store computes them once per article and `analyze --db` / incremental updates
restore them instead of re-running spaCy and the extractors.

Why generic: the converters walk the dataclass fields of `model.py` (types read from its
annotations), so a field added there is stored without touching this module; values equal
to the field default are left out to keep rows small. This is not the FORMAT.md output
(that one drops raw offsets, classes and extra spans); it rebuilds equal objects.

Why a layer version: a stored layer is only as good as the extractor that made it.
`layer_version()` fingerprints the per-article code and data (nlp/, extract/, the
shipped tables they read), so a newer extractor invalidates old rows; set
`NEWSDESK_LAYER_VERSION` to pin a version by hand (e.g. on a deployment that should not
recompute after a cosmetic edit).
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import types
import typing
import zlib
from pathlib import Path

from .. import model
from ..model import Article, EventMention, Quote, Sentence

LAYER_FORMAT = 2                       # bump when this module's encoding changes
LAYER_FIELDS = ("sentences", "mentions", "quotes")
# plain-JSON scratch layers (`Article.layers[...]`) that cross-article steps read later:
# the casualty statements with their flags (across/figures.py picks event tolls from them) and
# the sentences that only point at an attack (across/merge_refs.py takes them off its tellings)
KEPT_SCRATCH = ("figures", "references")
_ITEM_TYPE = {"sentences": Sentence, "mentions": EventMention, "quotes": Quote}
_PKG = Path(__file__).resolve().parent.parent


@functools.lru_cache(maxsize=None)
def _hints(cls) -> dict[str, typing.Any]:
    return typing.get_type_hints(cls, vars(model))


@functools.lru_cache(maxsize=None)
def _defaults(cls) -> dict[str, typing.Any]:
    out = {}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            out[f.name] = f.default
        elif f.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
            out[f.name] = f.default_factory()               # type: ignore[misc]
    return out


def encode(obj):
    """A model dataclass (or list of them) -> plain JSON values, defaults omitted."""
    if isinstance(obj, list):
        return [encode(x) for x in obj]
    if dataclasses.is_dataclass(obj):
        d = _defaults(type(obj))
        out = {}
        for f in dataclasses.fields(obj):
            v = getattr(obj, f.name)
            if f.name in d and v == d[f.name] and type(v) is type(d[f.name]):
                continue
            out[f.name] = encode(v)
        return out
    return obj


def _ident(v):
    return v


def _converter(tp) -> typing.Callable:
    """A function turning a JSON value into type `tp` (built once per field type)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = _converter(args[0]) if len(args) == 1 else _ident
        return _ident if inner is _ident else (lambda v: None if v is None else inner(v))
    if origin is list:
        (item,) = typing.get_args(tp) or (typing.Any,)
        conv = _converter(item)
        return _ident if conv is _ident else (lambda v: [conv(x) for x in v])
    if dataclasses.is_dataclass(tp):
        return lambda v: decode(tp, v) if isinstance(v, dict) else v
    if tp is float:
        return lambda v: float(v) if isinstance(v, int) and not isinstance(v, bool) else v
    return _ident


@functools.lru_cache(maxsize=None)
def _plan(cls) -> dict[str, typing.Callable]:
    return {k: _converter(tp) for k, tp in _hints(cls).items()}


@functools.lru_cache(maxsize=None)
def _converting(cls) -> tuple[frozenset, tuple]:
    """The field names of `cls`, and (name, converter) of the fields whose JSON value is not
    already the value (most are: decoding a large story builds thousands of records)."""
    plan = _plan(cls)
    return frozenset(plan), tuple((k, f) for k, f in plan.items() if f is not _ident)


def decode(cls, data: dict):
    """Inverse of `encode` for one dataclass `cls`."""
    known, convert = _converting(cls)
    kw = dict(data) if known.issuperset(data) else {k: v for k, v in data.items() if k in known}
    for k, f in convert:
        if k in kw:
            kw[k] = f(kw[k])
    return cls(**kw)


def article_layers(art: Article) -> dict:
    out = {name: encode(getattr(art, name)) for name in LAYER_FIELDS}
    scratch = {k: art.layers[k] for k in KEPT_SCRATCH if k in art.layers}
    if scratch:
        out["scratch"] = scratch
    return out


def apply_layers(art: Article, data: dict) -> Article:
    """Put stored layers back on a (cleaned) article."""
    for name in LAYER_FIELDS:
        setattr(art, name, [decode(_ITEM_TYPE[name], x) for x in data.get(name, [])])
    art.layers.update(data.get("scratch") or {})
    return art


def pack(art: Article) -> bytes:
    raw = json.dumps(article_layers(art), ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(raw.encode("utf-8", "surrogatepass"), 6)


def unpack(blob: bytes) -> dict:
    return json.loads(zlib.decompress(blob).decode("utf-8", "surrogatepass"))


@functools.lru_cache(maxsize=1)
def layer_version() -> str:
    """A short key naming the extractor that made a layer (see module docstring)."""
    pinned = os.environ.get("NEWSDESK_LAYER_VERSION")
    if pinned:
        return pinned
    h = hashlib.sha1(f"format{LAYER_FORMAT}".encode())
    files = []
    for sub in ("nlp", "extract"):
        files += sorted((_PKG / sub).rglob("*.py"))
    for p in files:
        h.update(str(p.relative_to(_PKG)).encode())
        h.update(p.read_bytes())
    data = _PKG / "data"
    if data.is_dir():                       # shipped tables: name and size (cheap, no read)
        for p in sorted(data.iterdir()):
            if p.is_file():
                h.update(f"{p.name}:{p.stat().st_size}".encode())
    return f"L{LAYER_FORMAT}-{h.hexdigest()[:12]}"
