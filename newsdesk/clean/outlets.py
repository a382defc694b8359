"""Which outlet a raw page comes from, before cleaning: the key under which recurring lines
(an outlet's own furniture) are learned. Container metadata wins (outlet, URL host); a
scraped text file without any falls back to its first non-empty line, which for a site's
pages is its masthead or menu bar."""
from __future__ import annotations

import re
from typing import Iterable
from urllib.parse import urlsplit

from ..model import Article


def outlet_key(art: Article) -> str:
    if art.outlet:
        return "outlet:" + art.outlet.strip().lower()
    if art.url:
        host = urlsplit(art.url).hostname or ""
        if host:
            return "host:" + re.sub(r"^(www\d?|m|amp)\.", "", host.lower())
    for line in art.raw.splitlines():
        line = line.strip()
        if line:
            return "head:" + re.sub(r"\W+", " ", line.lower())[:60].strip()
    return "unknown"


def mark_recurring_lines(articles: Iterable[Article], known: dict | None = None):
    """Learn each outlet's recurring lines over these text articles (plus what a store
    already knew, `known` = RecurringLines.to_dict()) and hand each article its outlet's set
    on `layers["boilerplate_lines"]`. Returns the updated learner (to persist)."""
    from .recurring import RecurringLines
    arts = [a for a in articles if a.kind == "text"]
    rec = RecurringLines.from_dict(known) if known else RecurringLines()
    rec.learn((outlet_key(a), a.raw) for a in arts)
    for a in arts:
        lines = rec.boilerplate(outlet_key(a))
        if lines:
            a.layers["boilerplate_lines"] = lines
    return rec


def _page_hashes(raw: str) -> set[str]:
    from .lines import split_blocks
    from .recurring import MIN_CHARS, line_hash
    return {str(line_hash(b.text)) for b in split_blocks(raw) if len(b.text) >= MIN_CHARS}


def count_pages(store, articles: Iterable[Article]) -> None:
    """Add these new text pages' lines to the store's per-outlet counts (call once per page)."""
    for a in articles:
        if a.kind == "text":
            store.add_lines(outlet_key(a), _page_hashes(a.raw))


def mark_from_store(store, art: Article) -> None:
    """Hand `art` its outlet's recurring lines as learned so far in the store."""
    from .recurring import RecurringLines
    if art.kind != "text":
        return
    key = outlet_key(art)
    pages = store.outlet_docs(key)
    if not pages:
        return
    rec = RecurringLines.from_dict({"pages": {key: pages}, "counts": {key: store.line_counts(key)}})
    lines = rec.boilerplate(key)
    if lines:
        art.layers["boilerplate_lines"] = lines
