"""Pair features of the event linker, as matrices over one type's mentions: wording
(hashed term vectors, cached by content), actors and recipients (shared words), places,
figures and kinds of act.

Why matrices: a live store refreshes a whole story per new article, so every pair of a
large story is scored in a few array products instead of pair by pair (`merge.py` adds
the weights and vetoes).
"""
from __future__ import annotations

import re

import numpy as np
from scipy import sparse

from ..model import EventMention, Location
from . import embed
from .places import names_place as _names_place

PRECISION_RANK = {"point": 5, "city": 4, "admin1": 3, "country": 2, "region": 1, None: 0}


def _norm(name: str | None) -> str:
    return " ".join(embed.words(name or ""))


def place_relation(a: Location | None, b: Location | None, max_km: float) -> float:
    """1 same place, 0.5 one contains the other (a city and its country), 0 unknown or
    only countries that differ (extracted country-level places are often just a party's
    home), -1 contradictory (two distinct specific places)."""
    if a is None or b is None:
        return 0.0
    ra, rb = PRECISION_RANK.get(a.precision, 0), PRECISION_RANK.get(b.precision, 0)
    if a.country and b.country and a.country != b.country:
        return 0.0 if max(ra, rb) in (1, 2) and min(ra, rb) in (1, 2) else -1.0
    if a.geonameid and a.geonameid == b.geonameid:
        return 1.0
    na, nb = _norm(a.name), _norm(b.name)
    if na and na == nb:
        return 1.0
    d = a.km_to(b)
    if d is not None and d <= max_km:
        return 1.0 if d <= 10 else 0.7
    if na and nb and (set(na.split()) <= set(nb.split()) or set(nb.split()) <= set(na.split())):
        return 0.7
    if min(ra, rb) in (1, 2, 3) and ra != rb:     # a region / country / province vs a place in it
        return 0.5
    if d is not None and d > max_km and min(ra, rb) >= 4:
        return -1.0
    return 0.0


_POSSESSIVE = re.compile(r"['\u2019]s\b")


# one institution or rank told in other words by other outlets: "senior army chiefs" /
# "the leaders of the armed forces" / "the heads of the military" (word stems)
_SAME_WORD = {"army": "military", "chief": "head", "leader": "head"}


def party(name: str | None) -> frozenset[str]:
    """An actor's words ("Qatar's foreign ministry" -> qatar, foreign, ministry), with one
    word for an institution or rank that outlets name differently."""
    ws = embed.words(_POSSESSIVE.sub("", name or ""))
    if "arm" in ws and "force" in ws:
        ws = [w for w in ws if w not in ("arm", "force")] + ["military"]
    return frozenset(_SAME_WORD.get(w, w) for w in ws)


# content key -> (term vector, actor words, recipient words) as sparse rows over 64-bit
# term hashes (no vocabulary to keep, collisions negligible). Mentions are rebuilt from
# stored layers on every story refresh, so the cache is keyed by what they say.
_FEATURES: dict[tuple, tuple] = {}
_FEATURES_MAX = 100_000


def _row(weights: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
    cols = np.fromiter((hash(t) for t in weights), dtype=np.int64, count=len(weights))
    vals = np.fromiter(weights.values(), dtype=np.float64, count=len(weights))
    return cols, vals


def features(m: EventMention) -> tuple:
    """(term vector, actor words, recipient words) of a mention, cached by what it says."""
    text = " ".join(sp.text for sp in [m.span, *m.extra_spans])
    key = (m.actor, m.recipient, text)        # a wire copy's mention reuses the original's
    hit = _FEATURES.get(key)
    if hit is None:
        if len(_FEATURES) >= _FEATURES_MAX:
            _FEATURES.clear()
        hit = _FEATURES[key] = tuple(
            _row(w) for w in (embed.term_weights("", text), dict.fromkeys(party(m.actor), 1.0),
                              dict.fromkeys(party(m.recipient), 1.0)))
    return hit


def _gram(rows: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """Dot products of every pair of hashed sparse rows: dense when small (most stories),
    one sparse product when large."""
    lens = [len(c) for c, _ in rows]
    cols = np.concatenate([c for c, _ in rows]) if rows else np.zeros(0, dtype=np.int64)
    vals = np.concatenate([v for _, v in rows]) if rows else np.zeros(0)
    used, cols = np.unique(cols, return_inverse=True)       # compact the hashed columns
    cols = cols.ravel()
    r = np.repeat(np.arange(len(rows)), lens)
    if len(rows) * len(used) <= 4_000_000:
        x = np.zeros((len(rows), max(1, len(used))))
        x[r, cols] = vals
        return x @ x.T
    m = sparse.csr_matrix((vals, (r, cols)), shape=(len(rows), len(used)))
    return (m @ m.T).toarray()


def text_sims(ms: list) -> np.ndarray:
    """Cosines of the mentions' unit term vectors."""
    return _gram([x.vec for x in ms])


def overlaps(rows: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """Shared words over the smaller side's words, for every pair (0 when either is empty)."""
    inter = _gram(rows)
    size = np.array([len(c) for c, _ in rows], dtype=float)
    small = np.minimum.outer(size, size)
    return np.divide(inter, small, out=np.zeros_like(inter), where=small > 0)


def codes(values: list) -> np.ndarray:
    """Integer codes of values, -1 for None."""
    seen: dict = {}
    return np.array([-1 if v is None else seen.setdefault(v, len(seen)) for v in values])


def same_code(c: np.ndarray) -> np.ndarray:
    return (c[:, None] == c[None, :]) & (c[:, None] >= 0)


# a large toll a few percent off another ("295" early, "298" when the list was complete) is
# one count revised, nearly as sure a sign of one event as the same figure
NEAR_SHARE, NEAR_MIN = 0.05, 20


def count_match(ms: list, field: str) -> np.ndarray:
    """1 for the same figure, 0.9 for a large one revised by a few percent, 0.5 for one
    within half, else 0."""
    low = np.array([np.nan if getattr(x.m, field) is None else getattr(x.m, field).low
                    for x in ms], dtype=float)
    a, b = low[:, None], low[None, :]
    with np.errstate(invalid="ignore", divide="ignore"):
        top = np.maximum(a, b)
        close = np.abs(a - b) <= 0.5 * top
        near = (np.abs(a - b) <= NEAR_SHARE * top) & (np.minimum(a, b) >= NEAR_MIN)
    return np.where(a == b, 1.0, np.where(near, 0.9, np.where(close & (top > 0), 0.5, 0.0)))


def place_matrix(ms: list, max_km: float) -> np.ndarray:
    """place_relation for every pair, computed once per pair of distinct places."""
    keys: dict = {}
    locs: list[Location] = []
    idx = []
    for x in ms:
        loc = x.m.location
        if loc is None:
            idx.append(-1)
            continue
        k = (loc.name, loc.country, loc.precision, loc.geonameid, loc.lat, loc.lon)
        if k not in keys:
            keys[k] = len(locs)
            locs.append(loc)
        idx.append(keys[k])
    rel = np.zeros((len(locs) + 1, len(locs) + 1))   # the last row/column: no place
    for i, a in enumerate(locs):
        for j in range(i, len(locs)):
            rel[i, j] = rel[j, i] = place_relation(a, locs[j], max_km)
    ix = np.array(idx)
    out = rel[ix][:, ix]
    # a fallback place (the dateline of a report filed from the capital) may back another
    # report's place but never contradicts it
    told = np.array([x.m.location is not None and _names_place(x.m, x.m.location) for x in ms])
    out[(out < 0) & ~(told[:, None] & told[None, :])] = 0.0
    return out
