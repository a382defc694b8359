"""HTML page -> body and metadata, built on trafilatura."""
from __future__ import annotations

from ..model import Article
from . import cleaner


@cleaner("html")
def clean_html(art: Article) -> Article:
    import trafilatura
    doc = trafilatura.bare_extraction(art.raw, url=art.url, favor_precision=True,
                                      with_metadata=True, include_comments=False)
    if doc is None:
        art.text = ""
        return art
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    art.text = d.get("text") or ""
    art.title = art.title or d.get("title")
    art.outlet = art.outlet or d.get("sitename")
    art.published = art.published or d.get("date")
    art.author = art.author or d.get("author")
    return art
