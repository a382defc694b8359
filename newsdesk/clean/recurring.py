"""Outlet-recurring lines: furniture that one outlet repeats on every page.

A line seen on several pages of the same outlet (a newsletter pitch, a footer, a section
menu) is boilerplate for that outlet even when it reads like prose. `RecurringLines` counts,
per outlet key, on how many pages each normalised line occurs; lines reaching `min_pages`
are flagged. It serialises to plain dicts so the store can persist it between runs.
"""
from __future__ import annotations

import zlib
from collections import defaultdict
from typing import Iterable

from .lines import norm_line, split_blocks

MIN_CHARS = 12          # shorter lines ("Home", "Share") are left to the classifier


def line_hash(text: str) -> int:
    """A stable hash of the normalised line (crc32: same value in every process)."""
    return zlib.crc32(norm_line(text).encode("utf8"))


class RecurringLines:
    """Per-outlet counts of pages that contain each line hash."""

    def __init__(self, min_pages: int = 3, min_share: float = 0.3):
        self.min_pages = min_pages
        self.min_share = min_share
        self.pages: dict[str, int] = defaultdict(int)
        self.counts: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))

    def add(self, outlet: str, raw: str) -> None:
        """Count one page of `outlet` (each distinct line once per page)."""
        self.pages[outlet] += 1
        seen = {line_hash(b.text) for b in split_blocks(raw) if len(b.text) >= MIN_CHARS}
        c = self.counts[outlet]
        for h in seen:
            c[h] += 1

    def learn(self, docs: Iterable[tuple[str, str]]) -> "RecurringLines":
        for outlet, raw in docs:
            self.add(outlet, raw)
        return self

    def boilerplate(self, outlet: str) -> set[int]:
        """Hashes of lines recurring on enough of this outlet's pages; empty when the outlet
        has too few pages to tell."""
        n = self.pages.get(outlet, 0)
        if n < self.min_pages:
            return set()
        need = max(self.min_pages, self.min_share * n)
        return {h for h, k in self.counts.get(outlet, {}).items() if k >= need}

    def is_boilerplate(self, outlet: str, text: str) -> bool:
        return line_hash(text) in self.boilerplate(outlet)

    def to_dict(self) -> dict:
        return {"min_pages": self.min_pages, "min_share": self.min_share,
                "pages": dict(self.pages),
                "counts": {o: {str(h): k for h, k in c.items()} for o, c in self.counts.items()}}

    @classmethod
    def from_dict(cls, d: dict) -> "RecurringLines":
        r = cls(d.get("min_pages", 3), d.get("min_share", 0.3))
        r.pages.update(d.get("pages", {}))
        for o, c in d.get("counts", {}).items():
            r.counts[o].update({int(h): k for h, k in c.items()})
        return r
