"""The Python API: `analyze(paths) -> Picture`, `clean_paths(paths) -> Picture`."""
from __future__ import annotations

import os
from typing import Iterable

from .clean import article_from_raw
from .clean.outlets import mark_recurring_lines
from .model import Article, Picture
from .pipeline import (ANALYZE_ARTICLE_STEPS, ANALYZE_CORPUS_STEPS, Stats, load_steps,
                       run_article_steps, run_corpus_steps)
from .read import DEFAULT_MAX_BYTES, read_all


def _raw_articles(paths: Iterable[str | os.PathLike], stats: Stats, max_bytes: int):
    """Read every input, then learn each outlet's recurring lines across them (furniture a
    site repeats on every page) before cleaning."""
    arts = []
    for doc in read_all(paths, lambda where, why: stats.fail(where, why), max_bytes):
        stats.add("read", "kept")
        arts.append(article_from_raw(doc))
    mark_recurring_lines(arts)
    return arts


def process(articles: Iterable[Article], stats: Stats, article_steps=ANALYZE_ARTICLE_STEPS,
            corpus_steps=ANALYZE_CORPUS_STEPS, progress=None) -> Picture:
    """Run the per-article steps over `articles`, then the cross-article ones."""
    load_steps()
    picture = Picture(stats={})
    for art in run_article_steps(articles, article_steps, stats):
        picture.articles.append(art)
        picture.quotes.extend(art.quotes)
        if progress:
            progress(art)
    run_corpus_steps(picture, corpus_steps, stats)
    if not picture.stories:  # until a story step runs, each article is its own story
        from .model import Story
        for i, art in enumerate(picture.articles, 1):
            art.story = art.story or f"s{i}"
            picture.stories.append(Story(art.story, art.title, [art.id]))
    picture.stats = stats.as_dict()
    return picture


def analyze(paths: Iterable[str | os.PathLike], stats: Stats | None = None,
            max_bytes: int = DEFAULT_MAX_BYTES, progress=None) -> Picture:
    """The whole picture for the files (or directories) in `paths`."""
    stats = stats or Stats()
    return process(_raw_articles(paths, stats, max_bytes), stats, progress=progress)


def clean_paths(paths: Iterable[str | os.PathLike], stats: Stats | None = None,
          max_bytes: int = DEFAULT_MAX_BYTES, progress=None) -> Picture:
    """Clean articles only (no events, quotes or stories)."""
    stats = stats or Stats()
    return process(_raw_articles(paths, stats, max_bytes), stats, article_steps=("clean",),
                   corpus_steps=(), progress=progress)
