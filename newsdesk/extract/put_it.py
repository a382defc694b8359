"""'…“a wall of fire”, as one neighbour put it': the aside after a quote that names who used
the words. No speech verb appears ('put it' is no verb of saying on its own), so the
general right-hand attribution misses it and the quote would be left without a speaker or
given the previous one."""
from __future__ import annotations

import re

_AS_PUT = re.compile(r"[\s,;:—–-]*as\s+((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s+(?:put|puts|described|describes)\s+it\b")


def as_put_it(right: str) -> tuple[str, int] | None:
    """(speaker phrase, offset in `right`) of an 'as X put it' aside opening `right`."""
    m = _AS_PUT.match(right)
    return (m.group(1), m.start(1)) if m else None
