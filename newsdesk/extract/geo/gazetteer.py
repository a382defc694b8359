"""The shipped gazetteer (GeoNames cities500 + countries + admin1/admin2 + our table), loaded
once per process on first use. Built by scripts/build_gazetteer.py.

Lookup returns candidate ids; scoring lives in resolve.py. The transliteration-skeleton
index is a second file loaded only when an exact lookup misses, so the common path stays
under a second to load.
"""
from __future__ import annotations

import gc
import gzip
import math
import pickle
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from newsdesk.model import Location

from .normalize import key, skeleton

DATA = Path(__file__).resolve().parents[2] / "data"
MAIN, SKEL = DATA / "gazetteer.pkl.gz", DATA / "gazetteer_skel.pkl.gz"

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


@dataclass(frozen=True)
class Hit:
    """A candidate with how it matched: 'exact', 'head' (generic word stripped), 'skeleton',
    'direction' ("Northern Iraq" -> Iraq as a region)."""
    id: int
    how: str


class Gazetteer:
    def __init__(self, data: dict):
        self.kinds = data["kinds"]
        self.gid, self.name, self.lat, self.lon = data["gid"], data["name"], data["lat"], data["lon"]
        self.cc, self.a1, self.pop, self.kind_ix = data["cc"], data["a1"], data["pop"], data["kind"]
        self.a1names: dict = data["a1names"]
        self.country_idx: dict = data["country_idx"]
        self.demonyms: dict = data["demonyms"]
        self.index: dict = data["index"]
        self._skel: dict | None = None
        self._lock = threading.Lock()

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
        if k in ("region", "feature"):
            return 9.0
        return p

    def _ids(self, table: dict, k: str) -> tuple[int, ...]:
        v = table.get(k)
        if v is None:
            return ()
        return (v,) if isinstance(v, int) else v

    def skel_index(self) -> dict:
        if self._skel is None:
            with self._lock:
                if self._skel is None:
                    gc.disable()
                    try:
                        with gzip.open(SKEL, "rb") as fh:
                            self._skel = pickle.load(fh)
                    finally:
                        gc.enable()
        return self._skel

    # -- lookup -----------------------------------------------------------------------
    def lookup(self, name: str, fuzzy: bool = True) -> list[Hit]:
        """Candidates for a surface name, most literal match first; [] when unknown."""
        k = key(name)
        if k.endswith(" s") and k[:-2]:                     # possessive "Iraq's"
            k = k[:-2]
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
        if fuzzy:
            s = skeleton(m.group(1) if (m := _HEAD_RE.match(k)) else k)
            if len(s) >= 4:
                return [Hit(i, "skeleton") for i in self._ids(self.skel_index(), s)]
        return []

    def demonym(self, word: str) -> str | None:
        """ISO country of a demonym ("Iraqi" -> IQ); callers decide whether that is a place."""
        k = key(word)
        cc = self.demonyms.get(k) or self.demonyms.get(k.rstrip("s"))
        return cc

    def location(self, i: int, how: str = "exact") -> Location:
        kind = self.kind(i)
        cc = self.cc[i] or None
        a1 = self.a1names.get((self.cc[i], self.a1[i])) if kind in ("city", "admin2", "feature") else None
        if kind == "admin1":
            a1 = self.name[i]
        precision = "region" if how == "direction" and kind in ("country", "admin1") else PRECISION[kind]
        gid = self.gid[i]
        return Location(name=self.name[i], country=cc, admin1=a1,
                        lat=round(float(self.lat[i]), 5), lon=round(float(self.lon[i]), 5),
                        precision=precision, geonameid=gid if gid > 0 else None)


_GAZ: Gazetteer | None = None
_LOAD = threading.Lock()


def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first call."""
    global _GAZ
    if _GAZ is None:
        with _LOAD:
            if _GAZ is None:
                gc.disable()                  # millions of small objects: skip GC passes while loading
                try:
                    with gzip.open(MAIN, "rb") as fh:
                        _GAZ = Gazetteer(pickle.load(fh))
                finally:
                    gc.enable()
    return _GAZ
