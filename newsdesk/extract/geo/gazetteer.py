"""The shipped gazetteer (GeoNames cities500 + countries + admin1/admin2 + our table), loaded
once per process on first use. Built by scripts/build_gazetteer.py.

Lookup returns candidate ids; scoring lives in resolve.py. The transliteration-skeleton
index is a second file loaded only when an exact lookup misses, so the common path stays
under a second to load.
"""
from __future__ import annotations

import hashlib
import math
import pickle
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsdesk.model import Location

from .normalize import fold, key, skeleton

DATA = Path(__file__).resolve().parents[2] / "data"
MAIN, SKEL = DATA / "gazetteer.npz", DATA / "gazetteer_skel.npz"

PRECISION = {"city": "city", "admin1": "admin1", "admin2": "admin1", "country": "country",
             "region": "region", "feature": "point"}
# generic heads: "Anbar province" -> "Anbar" (restricted to admin kinds), "Mosul city" -> city
_HEADS = {
    "province": ("admin1", "admin2"), "governorate": ("admin1",), "state": ("admin1",),
    "region": ("admin1", "admin2", "region"), "oblast": ("admin1",), "prefecture": ("admin1", "admin2"),
    "county": ("admin2",), "district": ("admin2", "admin1"), "parish": ("admin2",),
    "municipality": ("admin2", "city"), "city": ("city",), "town": ("city",), "village": ("city",),
    "department": ("admin1", "admin2"), "territory": ("admin1",), "emirate": ("admin1", "country"),
}
_HEAD_RE = re.compile(r"^(?:(?:the )?(?:city|town|village|province|governorate|state|region|district) of )?"
                      r"(.+?)(?: (" + "|".join(_HEADS) + r"))?$")
_DIRS = ("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
         "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
         "southeastern", "southwestern", "north east", "north west", "south east", "south west",
         "upper", "lower", "greater", "mid", "middle")
_DIR_RE = re.compile(r"^(?:the )?(" + "|".join(sorted(_DIRS, key=len, reverse=True)) + r")\s+(.+)$")


_DEMONYM_SUFFIXES = (("ian", ("ia", "y", "")), ("an", ("a", "")), ("ese", ("a", "")),
                     ("ean", ("ea", "a")), ("ish", ("", "land")), ("i", ("", "a")))
_AREA_KINDS = ("country", "admin1", "region", "feature")
_INITIAL_SKIP = frozenset("and of the da de del la le y et".split())
_INITIALISM = re.compile(r"^(?:[A-Z][.&]?\s?){2,5}$")
CAPITAL_BONUS = 1.0
FUZZY_CUTOFF = 88.0      # rapidfuzz ratio (0-100) for the last-resort spelling match
FUZZY_MIN_LEN = 5        # shorter names match too many things at one edit
FUZZY_MIN_POP = 1000     # villages below this are not fuzzy targets
LOOKUP_MEMO = 50_000     # memoised lookups kept (a few MB), then the memo starts over


@dataclass(frozen=True)
class Hit:
    """A candidate with how it matched: 'exact', 'head' (generic word stripped), 'skeleton',
    'direction' ("Northern Iraq" -> Iraq as a region), 'fuzzy' (rapidfuzz last resort)."""
    id: int
    how: str


class HashIndex:
    """name key -> place ids over numpy arrays (sorted 64-bit key hashes + offsets): no
    per-key Python objects, so loading takes milliseconds."""

    def __init__(self, npz, prefix: str = "index_"):
        delta = npz[prefix + "hdelta"]
        self.dtype = delta.dtype.type
        self.nbytes = delta.dtype.itemsize
        self.hashes = np.cumsum(delta, dtype=delta.dtype)
        self.offsets = np.zeros(len(delta) + 1, dtype=np.int64)
        np.cumsum(npz[prefix + "counts"], out=self.offsets[1:])
        self.ids = npz[prefix + "ids"]

    def hash(self, k: str):
        digest = hashlib.blake2b(k.encode("utf-8"), digest_size=8).digest()[:self.nbytes]
        return self.dtype(int.from_bytes(digest, "little"))

    def get(self, k: str) -> tuple[int, ...]:
        h = self.hash(k)
        j = int(np.searchsorted(self.hashes, h))
        if j >= len(self.hashes) or self.hashes[j] != h:
            return ()
        return tuple(int(i) for i in self.ids[self.offsets[j]:self.offsets[j + 1]])


class _Coded:
    """Read-only sequence view: codes array -> strings."""

    def __init__(self, codes, values: list[str]):
        self.codes, self.values = codes, values

    def __getitem__(self, i: int) -> str:
        return self.values[self.codes[i]]

    def __len__(self) -> int:
        return len(self.codes)


class _Strings:
    def __init__(self, blob, lengths):
        self.blob = blob.tobytes()
        self.offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
        np.cumsum(lengths, out=self.offsets[1:])

    def __getitem__(self, i: int) -> str:
        return self.blob[self.offsets[i]:self.offsets[i + 1]].decode("utf-8")

    def __len__(self) -> int:
        return len(self.offsets) - 1


class Gazetteer:
    REGION_PRIOR = 11.0
    def __init__(self, npz):
        meta = pickle.loads(npz["meta"].tobytes())     # our own file, built by our script
        self.kinds = meta["kinds"]
        self.gid, self.pop, self.kind_ix = npz["gid"].tolist(), npz["pop"], npz["kind"]
        self.lat, self.lon = npz["lat"], npz["lon"]
        self.name = _Strings(npz["name_blob"], npz["name_lengths"])
        self.cc = _Coded(npz["cc"], meta["cc_list"])
        self.a1 = _Coded(npz["a1"], meta["a1_list"])
        self.a1names: dict = meta["a1names"]
        self.country_idx: dict = meta["country_idx"]
        self.demonyms: dict = meta["demonyms"]          # key -> place id (country or region)
        self.capitals: set = set(meta["capitals"])
        self.index = HashIndex(npz)
        self._skel: HashIndex | None = None
        self._fz: dict | None = None
        self._parts: dict | None = None
        self._initials: dict | None = None
        self._city_ix = self.kinds.index("city")
        self._lock = threading.Lock()
        self._memo: dict[tuple, tuple[Hit, ...]] = {}       # lookup() and fuzzy() results

    # -- raw access -------------------------------------------------------------------
    def kind(self, i: int) -> str:
        return self.kinds[self.kind_ix[i]]

    def prior(self, i: int) -> float:
        """log10 population, with floors for kinds that carry no population."""
        k = self.kind(i)
        p = math.log10(self.pop[i] + 1)
        if k == "country":
            return max(p, 6.0) + 4.0
        if k == "admin1":
            return p - 1.0            # a same-named city (Kirkuk, Baghdad) wins
        if k == "admin2":
            return 4.5
        if k in ("region", "feature"):        # our curated table: a name there is meant
            return self.REGION_PRIOR
        return p + (CAPITAL_BONUS if i in self.capitals else 0.0)

    def _ids(self, table: HashIndex, k: str) -> tuple[int, ...]:
        return table.get(k)

    def skel_index(self) -> HashIndex:
        if self._skel is None:
            with self._lock:
                if self._skel is None:
                    with np.load(SKEL) as npz:
                        self._skel = HashIndex({k: npz[k] for k in npz.files})
        return self._skel

    # -- lookup -----------------------------------------------------------------------
    def lookup(self, name: str, fuzzy: bool = True) -> list[Hit]:
        """Candidates for a surface name, most literal match first; [] when unknown.
        Memoised per process (names recur within and across articles, and each lookup
        hashes, folds and may scan the spelling index); a fresh list every call."""
        return self._memoised((name, fuzzy), lambda: self._lookup(name, fuzzy))

    def _memoised(self, ck: tuple, compute) -> list[Hit]:
        """A fresh list of the memoised hits for `ck`, computed once (the memo is bounded)."""
        hits = self._memo.get(ck)
        if hits is None:
            if len(self._memo) >= LOOKUP_MEMO:
                self._memo.clear()
            hits = self._memo[ck] = tuple(compute())
        return list(hits)

    def _lookup(self, name: str, fuzzy: bool) -> list[Hit]:
        name = re.sub(r"['’]s$", "", name.strip())          # possessive "Iraq's"
        k = key(name)
        if not k:
            return []
        ids = self._ids(self.index, k)
        if ids:
            return [Hit(i, "exact") for i in ids]
        if k.startswith("the "):
            ids = self._ids(self.index, k[4:])
            if ids:
                return [Hit(i, "exact") for i in ids]
        m = _HEAD_RE.match(k)
        if m and m.group(1) != k:
            base, head = m.group(1), m.group(2)
            allowed = _HEADS.get(head) if head else None
            ids = [i for i in self._ids(self.index, base)
                   if allowed is None or self.kind(i) in allowed]
            if ids:
                return [Hit(i, "head") for i in ids]
        m = _DIR_RE.match(k)
        if m:
            hits = [Hit(h.id, "direction") for h in self.lookup(m.group(2), fuzzy=False)]
            if hits:
                return hits
        part = self._country_parts().get(k)
        if part is not None:                          # "Bosnia": Bosnia and Herzegovina
            return [Hit(part, "head")]
        if fuzzy and self.demonym_place(name) is None:       # "Russian" is not "Rosian"
            s = skeleton(m.group(1) if (m := _HEAD_RE.match(k)) else k)
            if len(s) >= 4:
                return [Hit(i, "skeleton") for i in self._ids(self.skel_index(), s)]
        return []

    def _country_parts(self) -> dict[str, int]:
        """First part of a two-part country name ("Bosnia", "Sao Tome", "Saint Kitts"),
        which news uses for the whole country; consulted only after every exact key missed."""
        if self._parts is None:
            parts = {}
            for i in self.country_idx.values():
                k = key(self.name[i])
                if " and " in k:
                    parts[k.split(" and ")[0]] = int(i)
            self._parts = parts
        return self._parts

    def initialism(self, name: str) -> list[int]:
        """Multi-word countries and admin1s whose initials spell `name` ("T&T" -> Trinidad
        and Tobago, "B.H." -> Bosnia and Herzegovina); [] unless `name` is 2-5 capitals
        with optional '.', '&' or spaces. The caller decides which one the text backs."""
        if not _INITIALISM.match(name.strip()):
            return []
        if self._initials is None:
            out: dict[str, list[int]] = {}
            a1 = self.kinds.index("admin1")
            ids = list(self.country_idx.values()) + np.flatnonzero(np.asarray(self.kind_ix) == a1).tolist()
            for i in ids:
                words = [w for w in key(self.name[i]).split() if w not in _INITIAL_SKIP]
                if len(words) >= 2:
                    out.setdefault("".join(w[0] for w in words), []).append(int(i))
            self._initials = out
        return self._initials.get("".join(c for c in name if c.isalpha()).lower(), [])

    def derived_demonym(self, name: str, min_pop: int) -> int | None:
        """A demonym our table lacks, read off its place by English suffix rules
        ("Bosnian" -> Bosnia, "Siberian" -> Siberia, "Sicilian" -> Sicily, "Havanese" ->
        Havana, "Serb" -> Serbia): only for one-word names no entry holds, and only to an
        area or a city of `min_pop`, so a surname is not made a village."""
        if " " in name or not name[:1].isupper() or self.lookup(name, fuzzy=False):
            return None
        low = name.lower()
        stems = [name + "ia"]
        for suf, reps in _DEMONYM_SUFFIXES:
            if low.endswith(suf) and len(low) > len(suf) + 2:
                stems += [name[: len(name) - len(suf)] + r for r in reps]
        for stem in stems:
            hits = [h.id for h in self.lookup(stem, fuzzy=False) if h.how in ("exact", "head") and (
                self.kind(h.id) in _AREA_KINDS or self.pop[h.id] >= min_pop)]
            if hits:
                return max(hits, key=self.prior)
        return None

    def fuzzy(self, name: str, cutoff: float = FUZZY_CUTOFF) -> list[Hit]:
        """Last-resort spelling match ("Sloviansk" vs "Slovyansk" is the skeleton's job; this
        catches typos and odd romanisations): primary names only, same first letter, length
        within 2, rapidfuzz ratio >= cutoff, names of >= FUZZY_MIN_LEN letters. The caller
        still checks that the article backs the candidate's country. Memoised with lookup()."""
        return self._memoised(("~fuzzy", name, cutoff), lambda: self._fuzzy(name, cutoff))

    def _fuzzy(self, name: str, cutoff: float) -> list[Hit]:
        k = key(name)
        if len(k) < FUZZY_MIN_LEN or self.demonym_place(name) is not None:
            return []
        from rapidfuzz import fuzz, process
        keys, ids = self._fuzzy_bucket(k[0])
        out = []
        for _, score, j in process.extract(k, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=10):
            if abs(len(keys[j]) - len(k)) <= 2:
                out.append((score, ids[j]))
        out.sort(key=lambda t: -t[0])
        return [Hit(i, "fuzzy") for _, i in out]

    def _fuzzy_bucket(self, first: str) -> tuple[list[str], list[int]]:
        if self._fz is None:
            with self._lock:
                if self._fz is None:
                    blob, off = self.name.blob, self.name.offsets
                    fz: dict[str, tuple[list, list]] = {}
                    for i in range(len(off) - 1):
                        if self.kind_ix[i] == self._city_ix and self.pop[i] < FUZZY_MIN_POP:
                            continue
                        raw = blob[off[i]:off[i + 1]]
                        k = raw.decode().lower() if raw.isascii() else key(raw.decode())
                        if k:
                            b = fz.setdefault(k[0], ([], []))
                            b[0].append(k)
                            b[1].append(i)
                    self._fz = fz
        return self._fz.get(first, ([], []))

    def demonym_place(self, word: str) -> int | None:
        """The country/region a demonym names ("Iraqi" -> Iraq, "European" -> Europe)."""
        return self.demonyms.get(key(word))

    def demonym(self, word: str) -> str | None:
        """ISO country of a demonym; callers decide whether that is a place."""
        i = self.demonym_place(word)
        return self.cc[i] or None if i is not None else None

    def location(self, i: int, how: str = "exact") -> Location:
        kind = self.kind(i)
        cc = self.cc[i] or None
        a1 = self.a1names.get((self.cc[i], self.a1[i])) if kind in ("city", "admin2", "feature") else None
        if kind == "admin1":
            a1 = self.name[i]
        gid = self.gid[i]
        precision = "region" if how == "direction" and kind in ("country", "admin1") else PRECISION[kind]
        return Location(name=display(self.name[i]), country=cc, admin1=display(a1) if a1 else None,
                        lat=round(float(self.lat[i]), 5), lon=round(float(self.lon[i]), 5),
                        precision=precision, geonameid=gid if gid > 0 else None)


def display(name: str) -> str:
    """GeoNames' scholarly romanisations ("Kirkūk", "Şalāḩ ad Dīn") read as news spells
    them once folded; names that only use Latin-1 accents ("Québec") are kept."""
    if all(ord(c) < 256 for c in name):
        return name
    return fold(name).replace("‘", "'").replace("’", "'")


_GAZ: Gazetteer | None = None
_LOAD = threading.Lock()


def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first call."""
    global _GAZ
    if _GAZ is None:
        with _LOAD:
            if _GAZ is None:
                with np.load(MAIN) as npz:
                    _GAZ = Gazetteer({k: npz[k] for k in npz.files})
    return _GAZ
