"""Page furniture: what unrelated pages share and a story must not be built on.

Why its own piece: sign-in walls, archive crawl banners, 'video unavailable' and titles
such as 'Tweet with a location' recur across outlets that tell different stories. Left in,
they tie those pages into one story; the cleaner cannot see them (it reads one page at a
time), so `stories.py` finds them across the batch and scores what is left. The store
counts the same sentences as articles arrive (store/state.py).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Article
from . import embed

if TYPE_CHECKING:
    from .stories import Params

_SENT = re.compile(r"[^.!?\n]+[.!?]*")


def sentences(text: str) -> list[str]:
    return [s for s in (" ".join(m.group(0).split()).lower() for m in _SENT.finditer(text or ""))
            if len(s.split()) >= 4]


def boilerplate(articles: list[Article], bodies: dict[str, str] | None = None,
                min_df: int = 3) -> set[str]:
    """Sentences found in `min_df` or more distinct articles (copies of one wire story
    count once): page furniture the cleaner let through (sign-in notices, archive crawl
    banners, 'video unavailable'). They must not tie unrelated articles into one story."""
    df: dict[str, int] = {}
    for art in articles:
        if art.duplicate_of:
            continue
        for s in set(sentences(bodies[art.id] if bodies else art.text)):
            df[s] = df.get(s, 0) + 1
    return {s for s, c in df.items() if c >= min_df}


def shared_titles(articles: list[Article], min_df: int = 3) -> set[str]:
    """Titles carried by `min_df`+ unrelated pages ('Tweet with a location', 'JavaScript is
    disabled'): a site's furniture, not the story's name."""
    df: dict[str, int] = {}
    for art in articles:
        t = (art.title or "").strip().lower()
        if t and not art.duplicate_of:
            df[t] = df.get(t, 0) + 1
    return {t for t, c in df.items() if c >= min_df}


def content(text: str, boiler: set[str]) -> str:
    if not boiler:
        return text
    return " ".join(s for s in (" ".join(m.group(0).split()) for m in _SENT.finditer(text or ""))
                    if s.lower() not in boiler)


def body(art: Article, min_words: int) -> str:
    """The cleaned text; when the cleaner kept almost nothing of a plain-text page, the raw
    text instead (its shared junk sentences are dropped later like everyone's): a few
    content lines the cleaner judged too short still place the article. The raw text is
    read without its site notices (`plain_notices`: sign-in walls, crawl descriptions),
    which would tie unrelated pages together."""
    text = art.text or ""
    if art.kind == "text" and len(text.split()) < min_words and art.raw \
            and len(art.raw.split()) > len(text.split()):
        from ..clean.plain_notices import without_notices
        raw = without_notices(art.raw)
        return raw if len(raw.split()) > len(text.split()) else text
    return text


def junk(before: str, after: str, p: Params) -> bool:
    """A page that was mostly furniture: dropping the sentences and titles shared across
    unrelated pages left a scrap ('Learn more') of a longer text. Such a scrap would tie
    every sign-in wall into one story, so it is scored as empty."""
    left, total = len(embed.words(after)), len(embed.words(before))
    return left < p.junk_words and left < p.junk_share * total
