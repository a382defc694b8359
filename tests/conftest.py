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
