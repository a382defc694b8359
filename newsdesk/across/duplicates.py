"""Near-duplicates: one wire story republished by several outlets.

MinHash-LSH over word 5-gram shingles of the clean body finds candidate copies in near
constant time per article; each candidate is then checked exactly (shingle containment,
so a copy cut short or topped with a local intro still counts). A copy points at the
earliest copy (`art.duplicate_of`); its outlet stays a source, and later steps follow the
original (stories) or attach its mentions to the original's events (merge).
"""
from __future__ import annotations

import copy
import hashlib
import re
import zlib

import numpy as np

from datasketch import MinHash, MinHashLSH

from ..model import Article, Picture
from ..pipeline import corpus_step

SHINGLE = 5
MIN_WORDS = 50          # shorter bodies (briefs, page notices) are too generic to call copies
LSH_THRESHOLD = 0.5     # Jaccard estimate to become a candidate
CONTAINMENT = 0.8       # share of the shorter body's shingles found in the other
NUM_PERM = 64

_TOKEN = re.compile(r"\w+")
# Reported news says who said it. Page notices (sign-in walls, archive banners) that many
# pages share verbatim do not, and must not pass for one wire story republished.
_REPORTING = re.compile(r"\b(?:said|says|told|according to|announced|reported|stated|"
                        r"confirmed|claimed|added)\b", re.I)


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """Word k-grams as stable 32-bit hashes: each word hashed once (crc32, the same in every
    process, so a stored signature stays comparable), k-grams combined arithmetically."""
    toks = _TOKEN.findall((text or "").lower())
    if len(toks) < k:
        return set()
    h = np.fromiter((zlib.crc32(t.encode()) for t in toks), dtype=np.uint64, count=len(toks))
    n = len(toks) - k + 1
    acc = np.zeros(n, dtype=np.uint64)
    for j in range(k):
        acc = (acc * np.uint64(1000003) + h[j:j + n]) & np.uint64(0xFFFFFFFF)
    return set(acc.tolist())


_PRIME = (1 << 61) - 1
_rng = np.random.RandomState(7)
_A = _rng.randint(1, _PRIME, size=NUM_PERM, dtype=np.uint64)
_B = _rng.randint(0, _PRIME, size=NUM_PERM, dtype=np.uint64)
_BASE = MinHash(num_perm=NUM_PERM, seed=7)


def _minhash(sh: set[int]) -> MinHash:
    """The signature in one vectorised step (datasketch's per-item update is the slow part);
    the LSH reads only `hashvalues`."""
    hv = np.fromiter(sh, dtype=np.uint64, count=len(sh))
    with np.errstate(over="ignore"):
        phv = ((hv[:, None] * _A + _B) % _PRIME) & np.uint64(0xFFFFFFFF)
    m = copy.copy(_BASE)
    m.hashvalues = phv.min(axis=0)
    return m


def find_duplicates(articles: list[Article]) -> dict[str, str]:
    """{copy id: original id} for the articles in arrival order (first seen = original)."""
    from .stories import arrival_order
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    kept: dict[str, set[bytes]] = {}
    exact: dict[bytes, str] = {}
    out: dict[str, str] = {}
    for art in arrival_order(articles):
        if len((art.text or "").split()) < MIN_WORDS or not _REPORTING.search(art.text):
            continue
        sh = shingles(art.text)
        if not sh:
            continue
        key = hashlib.blake2b(np.sort(np.fromiter(sh, dtype=np.uint64)).tobytes(),
                              digest_size=16).digest()
        if key in exact:                 # the same body again: no need to consult the LSH
            out[art.id] = exact[key]
            continue
        mh = _minhash(sh)
        best, best_c = None, CONTAINMENT
        for cand in lsh.query(mh):
            other = kept[cand]
            c = len(sh & other) / min(len(sh), len(other))
            if c >= best_c:
                best, best_c = cand, c
        if best is not None:
            out[art.id] = best
            exact[key] = best
            continue
        kept[art.id] = sh
        exact[key] = art.id
        lsh.insert(art.id, mh)
    return out


@corpus_step("duplicates")
def duplicates_step(articles: list[Article], picture: Picture) -> None:
    found = find_duplicates(articles)
    for art in articles:
        art.duplicate_of = found.get(art.id, art.duplicate_of)
