"""Cleaning: raw page (HTML or scraped text with page junk) -> article body + metadata.

`clean_article` is the registered pipeline step; it dispatches on the document kind through
a registry (`CLEANERS`), so a new kind of input is a new cleaner module.
"""
from __future__ import annotations

from typing import Callable

from ..model import Article, RawDoc
from ..pipeline import article_batch_step, article_step

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


NOTICE_PAGE = "plain: no article, the page is a site notice"


def _note_notice(art: Article) -> None:
    """Say so when scraped text came out empty because the page was a site notice (a sign-in
    wall, a missing page: `plain_notices`): callers that fall back to the raw text of an
    emptied page (the summary bench, story terms) must not bring the notice back."""
    from .plain_notices import notice_page
    if not (art.text or "").strip() and NOTICE_PAGE not in art.notes and notice_page(art.raw):
        art.notes.append(NOTICE_PAGE)


@article_step("clean")
def clean_article(art: Article) -> Article:
    from . import html, plain  # noqa: F401  (register the cleaners)
    fn = CLEANERS.get(art.kind)
    if fn is None:
        raise ValueError(f"no cleaner for documents of kind {art.kind!r}")
    art = fn(art)
    if art.kind == "text":
        _note_notice(art)
    if art.outlet is None and art.kind == "text" and art.raw:
        from .outlet_text import outlet_from_text   # the masthead / furniture names it
        art.outlet = outlet_from_text(art.raw)
    return art


@article_batch_step("clean")
def clean_articles(arts: list[Article]) -> list[Article]:
    """`clean_article` of many articles at once: scraped text goes through the plain cleaner's
    batch path (`plain.clean_texts`, its model runs once per batch of pages); other kinds one
    by one. Each article comes out exactly as `clean_article` makes it."""
    from . import html, plain  # noqa: F401  (register the cleaners)
    from .outlet_text import outlet_from_text
    texts = [a for a in arts if a.kind == "text" and CLEANERS.get("text") is plain.clean_plain]
    if texts:
        plain.clean_texts(texts)
    for a in texts:
        _note_notice(a)
    done = {id(a) for a in texts}
    out = []
    for a in arts:
        if id(a) not in done:
            a = clean_article(a)
        elif a.outlet is None and a.raw:
            a.outlet = outlet_from_text(a.raw)
        out.append(a)
    return out
