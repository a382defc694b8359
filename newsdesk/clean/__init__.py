"""Cleaning: raw page (HTML or scraped text with page junk) -> article body + metadata.

`clean_article` is the registered pipeline step; it dispatches on the document kind through
a registry (`CLEANERS`), so a new kind of input is a new cleaner module.
"""
from __future__ import annotations

from typing import Callable

from ..model import Article, RawDoc
from ..pipeline import article_step

Cleaner = Callable[[Article], Article]
CLEANERS: dict[str, Cleaner] = {}


def cleaner(kind: str):
    def deco(fn: Cleaner) -> Cleaner:
        CLEANERS[kind] = fn
        return fn
    return deco


def article_from_raw(doc: RawDoc) -> Article:
    """The article before cleaning: container metadata kept as hints for the cleaner."""
    return Article(id=doc.id, raw=doc.content, kind=doc.kind, path=doc.path, url=doc.url,
                   title=doc.title, outlet=doc.outlet, published=doc.published, author=doc.author,
                   notes=list(doc.notes))


@article_step("clean")
def clean_article(art: Article) -> Article:
    from . import html, plain  # noqa: F401  (register the cleaners)
    fn = CLEANERS.get(art.kind)
    if fn is None:
        raise ValueError(f"no cleaner for documents of kind {art.kind!r}")
    art = fn(art)
    if art.outlet is None and art.kind == "text" and art.raw:
        from .outlet_text import outlet_from_text   # the masthead / furniture names it
        art.outlet = outlet_from_text(art.raw)
    return art
