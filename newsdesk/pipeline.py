"""Pipeline steps, their registry, and the executor that runs them.

Two kinds of step (DESIGN.md): per-article steps are pure `Article -> Article` functions
that know nothing about who runs them; cross-article steps take the list of articles and
fill the picture. Each step counts what it kept, dropped and failed, and a failure in one
article is reported on one line and never stops the others.
"""
from __future__ import annotations

import os
import sys
import traceback
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .model import Article, Picture
from .read import article_id as _article_id

ArticleStep = Callable[[Article], "Article | None"]
CorpusStep = Callable[[list[Article], Picture], None]

ARTICLE_STEPS: dict[str, ArticleStep] = {}
# A step may also have a list form that does the same to many articles at once (the plain
# text cleaner runs its model once per batch: a fixed per-call cost shared by ~60 pages).
ARTICLE_BATCH_STEPS: dict[str, Callable[[list[Article]], list[Article]]] = {}
CORPUS_STEPS: dict[str, CorpusStep] = {}

# The default order; a step missing from the registry is skipped (not every layer is built
# for every command, e.g. `clean` stops after cleaning).
ANALYZE_ARTICLE_STEPS = ("clean", "nlp", "events", "quotes")
ANALYZE_CORPUS_STEPS = ("duplicates", "stories", "story_dates", "merge_events", "disputes")


def article_step(name: str):
    """Register a per-article step under `name` (a registry, not an if-chain)."""
    def deco(fn: ArticleStep) -> ArticleStep:
        ARTICLE_STEPS[name] = fn
        return fn
    return deco


def article_batch_step(name: str):
    """Register the list form of the per-article step `name`; it must give each article
    exactly what the single form gives (tests compare them)."""
    def deco(fn):
        ARTICLE_BATCH_STEPS[name] = fn
        return fn
    return deco


def corpus_step(name: str):
    def deco(fn: CorpusStep) -> CorpusStep:
        CORPUS_STEPS[name] = fn
        return fn
    return deco


@dataclass
class Stats:
    """kept / dropped / failed per step, plus the one-line messages of failures."""
    counts: dict[str, Counter] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, step: str, what: str, n: int = 1) -> None:
        self.counts.setdefault(step, Counter())[what] += n

    def fail(self, where: str, reason: str, step: str = "read") -> None:
        self.add(step, "failed")
        msg = f"newsdesk: {where}: {reason}"
        self.errors.append(msg)
        print(msg, file=sys.stderr)

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    def as_dict(self) -> dict[str, dict[str, int]]:
        return {k: dict(v) for k, v in self.counts.items()}


def load_steps() -> None:
    """Import the modules that register steps (kept lazy so `--help` stays fast)."""
    from . import clean  # noqa: F401
    for mod in ("nlp", "extract", "across"):
        try:
            __import__(f"{__package__}.{mod}")
        except ImportError as exc:  # an optional layer not installed: say how to get it
            print(f"newsdesk: layer {mod!r} unavailable ({exc}); "
                  f"install it with: pip install 'newsdesk[all]'", file=sys.stderr)


class LocalExecutor:
    """Runs per-article steps in this process over chunks of `batch` articles (a generator,
    so a corpus never has to fit in memory twice). The first step runs in its list form when
    it has one; if that fails, the chunk falls back to one article at a time so the failure
    names its article. Another executor (multiprocessing, Ray map_batches) only needs the
    same `map` signature."""

    def __init__(self, batch: int = 64, batch_chars: int = 4_000_000):
        self.batch, self.batch_chars = batch, batch_chars

    def _chunks(self, articles: Iterable[Article]) -> Iterator[list[Article]]:
        """Up to `batch` articles and about `batch_chars` of raw text: memory stays bounded
        whatever the size of the inputs."""
        chunk: list[Article] = []
        size = 0
        for art in articles:
            chunk.append(art)
            size += len(art.raw or "")
            if len(chunk) >= self.batch or size >= self.batch_chars:
                yield chunk
                chunk, size = [], 0
        if chunk:
            yield chunk

    def map(self, steps: list[tuple[str, ArticleStep]], articles: Iterable[Article],
            stats: Stats) -> Iterator[Article]:
        for chunk in self._chunks(articles):
            pre = self._batch_first(steps, chunk)
            for k, art in enumerate(chunk):
                out = self._run_one(steps, art, stats, pre[k] if pre is not None else None)
                if out is not None:
                    yield out

    @staticmethod
    def _batch_first(steps, chunk: list[Article]) -> list[Article] | None:
        if not steps or len(chunk) < 2 or steps[0][0] not in ARTICLE_BATCH_STEPS:
            return None
        try:
            out = ARTICLE_BATCH_STEPS[steps[0][0]](chunk)
        except Exception:       # one at a time instead, so the failure names its article
            if "NEWSDESK_DEBUG" in os.environ:
                traceback.print_exc()
            return None
        return out if len(out) == len(chunk) else None

    @staticmethod
    def _run_one(steps, art: Article, stats: Stats, first: Article | None) -> Article | None:
        out: Article | None = art
        for j, (name, fn) in enumerate(steps):
            try:
                out = first if (j == 0 and first is not None) else fn(out)
            except Exception as exc:  # one bad article never stops the run
                where = art.path or art.id
                if art.path and art.id != _article_id(art.path):  # one of many in a file
                    where = f"{art.path} [{art.id}]"
                stats.fail(where, f"{name} failed: {type(exc).__name__}: {exc}", step=name)
                if "NEWSDESK_DEBUG" in os.environ:
                    traceback.print_exc()
                out = None
            if out is None:
                stats.add(name, "dropped")
                return None
            stats.add(name, "kept")
        return out


def run_article_steps(articles: Iterable[Article], names: Iterable[str], stats: Stats,
                      executor: LocalExecutor | None = None) -> Iterator[Article]:
    steps = [(n, ARTICLE_STEPS[n]) for n in names if n in ARTICLE_STEPS]
    return (executor or LocalExecutor()).map(steps, articles, stats)


def run_corpus_steps(picture: Picture, names: Iterable[str], stats: Stats) -> None:
    for name in names:
        fn = CORPUS_STEPS.get(name)
        if fn is None:
            continue
        try:
            fn(picture.articles, picture)
            stats.add(name, "kept")
        except Exception as exc:
            stats.fail("corpus", f"{name} failed: {type(exc).__name__}: {exc}", step=name)
            if "NEWSDESK_DEBUG" in os.environ:
                traceback.print_exc()
