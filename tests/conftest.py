"""Shared fixtures. Tests that need ../shared (benchmarks, gold) skip with a clear reason
on a bare clone, and run in CI where ../shared is present."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip when that material is absent (bare clone)."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)} (absent on a bare clone; present in CI)")
    return p


@pytest.fixture
def seeds_dir() -> Path:
    return shared_path("seeds")


@pytest.fixture
def seeds_gold() -> Path:
    return shared_path("eval", "seeds.gold.json")


def direct_quotes(text: str) -> list:
    """The direct quotations found in one article made of `text`."""
    from newsdesk.extract.quotes import extract_quotes
    from newsdesk.model import Article
    art = Article(id="t", raw=text, text=text)
    return [q for q in extract_quotes(art) if q.kind == "direct"]


def story_disputes(*texts: str, story: str = "s") -> list:
    """The disputes found in one story whose articles are `texts`."""
    from newsdesk.across.disputes import find_disputes
    from newsdesk.model import Article, Picture
    arts = [Article(id=f"a{i}", raw=t, text=t, story=story) for i, t in enumerate(texts)]
    pic = Picture(articles=arts)
    find_disputes(arts, pic)
    return pic.disputes
