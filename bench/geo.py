"""Toponym resolution on ../shared/bench/geoparsing (gold toponyms in, coordinates out).

accuracy = share of gold toponyms resolved within 161 km of the gold point; country = share
whose predicted country equals the gold one (gold country from LGL/TR-News' own gaztag, else
the country of the annotator's GeoNames id when GWN gives one we hold, else the nearest
GeoNames city to the gold point). A toponym whose gold has no country is left out of
the country share (n_cc counts the judged ones): LGL/TR-News continents, oceans and seas
(fcode CONT/OCN/SEA without a gaztag country), and in GeoWebNews/GeoVirus, which give only a
point, names that read without context as a continent, ocean or supranational region
("Africa", "Middle East", "Pacific", "European") -- reverse-geocoding their point would invent
a country (Africa's centre point geocodes to the Central African Republic). GeoVirus is the
tuning set; LGL, GeoWebNews and TR-News are reported only. Every gold toponym with coordinates counts (demonyms included:
the bench resolves them to their country, as the corpora's annotators did).

  .venv/bin/python bench/geo.py [--corpus lgl,gwn,trnews,geovirus] [--limit N] [--misses 15]
      [--country-misses N]    (also list the N commonest wrong-country toponyms)
  .venv/bin/python bench/geo.py --picture out.json --gold G1.json G2.json ...   (event places)

--picture pairs predicted and gold event units as ../shared/eval/score.py does (same article,
same type, quote overlap >= 0.5) and lists the matched units whose location the scorer
rejects (same normalised name or alt_name, or within 25 km), with the gold sentence.
"""
from __future__ import annotations

import argparse
import math
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "bench" / "geoparsing" / "data"

ANCHOR = {"lgl": (82.7, 97.9), "gwn": (94.1, 97.4), "trnews": (87.3, 97.8), "geovirus": (None, None)}
TARGET = {"lgl": 83, "gwn": 85, "trnews": 88, "geovirus": None}


def _t(el, tag):
    e = el.find(tag)
    return e.text.strip() if e is not None and e.text else None


def load_lgl_like(path: Path) -> list[dict]:
    """LGL and TR-News: <article><text/><toponyms><toponym><phrase/><gaztag>lat/lon/country."""
    out = []
    for art in ET.parse(path).getroot().iter("article"):
        tops = []
        for t in art.iter("toponym"):
            g = t.find("gaztag")
            if g is None or _t(g, "lat") is None:
                continue
            tops.append({"name": _t(t, "phrase"), "lat": float(_t(g, "lat")), "lon": float(_t(g, "lon")),
                         "country_name": _t(g, "country"), "fcode": _t(g, "fcode") or "?"})
        out.append({"text": _t(art, "text") or "", "toponyms": tops})
    return out


def load_geovirus(path: Path) -> list[dict]:
    out = []
    for art in ET.parse(path).getroot().iter("article"):
        tops = [{"name": _t(l, "name"), "lat": float(_t(l, "lat")), "lon": float(_t(l, "lon")),
                 "country_name": None, "fcode": "?"} for l in art.iter("location")]
        out.append({"text": _t(art, "text") or "", "toponyms": tops})
    return out


def load_gwn(path: Path) -> list[dict]:
    out = []
    for art in ET.parse(path).getroot().iter("article"):
        text = _t(art, "text") or ""
        tops = []
        for t in art.iter("toponym"):
            if _t(t, "latitude") is None:
                continue
            s, e = int(_t(t, "start")), int(_t(t, "end"))
            gid = _t(t, "geonamesID")
            tops.append({"name": text[s:e] or _t(t, "extractedName"), "lat": float(_t(t, "latitude")),
                         "lon": float(_t(t, "longitude")), "country_name": None, "fcode": _t(t, "type"),
                         "gid": int(gid) if gid and gid.isdigit() else None})
        out.append({"text": text, "toponyms": tops})
    return out


CORPORA = {
    "geovirus": lambda: load_geovirus(DATA / "Corpora" / "GeoVirus.xml"),
    "lgl": lambda: load_lgl_like(DATA / "Corpora" / "lgl.xml"),
    "gwn": lambda: load_gwn(DATA / "GWN.xml"),
    "trnews": lambda: load_lgl_like(DATA / "Corpora" / "TR-News.xml"),
}


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


NO_COUNTRY_FCODES = {"CONT", "OCN", "SEA", "GULF", "BAY"}


def _supranational(gz, name: str) -> bool:
    """The name, read without context, names a continent, ocean or supranational region
    ("Africa" beats Africa, Mexico; "European" names Europe): a property of the name, the
    same for every system scored."""
    from newsdesk.extract.geo import candidates
    i = gz.demonym_place(name)
    if i is None:
        c = candidates(name, gz)
        i = c[0][0].id if c else None
    return i is not None and gz.kind(i) in ("region", "feature") and not gz.cc[i]


def gold_countries(arts: list[dict]) -> None:
    """Fill `cc` on gold toponyms: the corpus' country name when given, None when the gold
    names no country (see module doc), else reverse geocode the gold point."""
    import reverse_geocoder as rg
    from newsdesk.extract.geo import gazetteer
    gz = gazetteer()
    by_gid = {g: i for i, g in enumerate(gz.gid) if g > 0}
    need = []
    for a in arts:
        for t in a["toponyms"]:
            cc = None
            t["cc"] = None
            geonames_fcode = t["fcode"].isupper()          # LGL/TR-News gaztag
            if not t["country_name"] and t["name"] and (
                    t["fcode"] in NO_COUNTRY_FCODES if geonames_fcode else _supranational(gz, t["name"])):
                continue
            if t["country_name"]:
                ids = [h.id for h in gz.lookup(t["country_name"], fuzzy=False) if gz.kind(h.id) == "country"]
                cc = gz.cc[ids[0]] if ids else None
            elif t.get("gid") in by_gid:              # GWN: the annotator's GeoNames entry
                cc = gz.cc[by_gid[t["gid"]]] or None
            t["cc"] = cc
            if cc is None:
                need.append(t)
    if need:
        res = rg.search([(t["lat"], t["lon"]) for t in need], mode=1, verbose=False)
        for t, r in zip(need, res):
            t["cc"] = r["cc"]


def run(name: str, arts: list[dict], n_misses: int, n_cc_misses: int = 0) -> dict:
    from newsdesk.extract.geo import ArticleGeo
    n = hit = cc_ok = n_cc = 0
    why = Counter()
    missed = Counter()
    cc_missed = Counter()           # judged toponyms whose predicted country is wrong
    t0 = time.time()
    for a in arts:
        names = [t["name"] for t in a["toponyms"] if t["name"]]
        if not names:
            continue
        geo = ArticleGeo(names=names, text=a["text"], demonyms=True, found=False)
        for t in a["toponyms"]:
            n += 1
            loc = geo.resolve(t["name"]) if t["name"] else None
            n_cc += t["cc"] is not None
            if t["cc"] is not None and (loc is None or loc.country != t["cc"]):
                got = f"{loc.name}/{loc.country}/{loc.precision}{' near' if loc.near else ''}" if loc else "none"
                cc_missed[(t["name"], t["cc"], got)] += 1
            if loc is None:
                why["no candidate"] += 1
                missed[(t["name"], "none")] += 1
                continue
            ok = km(loc.lat, loc.lon, t["lat"], t["lon"]) <= 161
            hit += ok
            cc_ok += t["cc"] is not None and loc.country == t["cc"]
            if not ok:
                kind = "wrong country" if loc.country != t["cc"] else "right country, far"
                why[f"{kind} [{loc.precision}]"] += 1
                missed[(t["name"], f"{loc.name}/{loc.country}/{loc.precision}")] += 1
    dt = time.time() - t0
    acc, ccs = 100 * hit / max(n, 1), 100 * cc_ok / max(n_cc, 1)
    print(f"\n== {name}: {n} toponyms in {len(arts)} articles, {len(arts) / dt:.0f} articles/s")
    print("   misses: " + ", ".join(f"{k} {v}" for k, v in why.most_common()))
    for (nm, got), c in missed.most_common(n_misses):
        print(f"     {c:3d}  {nm!r:32} -> {got}")
    if n_cc_misses:
        print("   wrong country (gold country -> predicted):")
        for (nm, cc, got), c in cc_missed.most_common(n_cc_misses):
            print(f"     {c:3d}  {nm!r:32} {cc} -> {got}")
    return {"acc": acc, "country": ccs, "n": n, "n_cc": n_cc}


def event_places(picture: str, golds: list[str], show: int) -> None:
    import importlib.util
    spec = importlib.util.spec_from_file_location("score", ROOT.parent / "shared" / "eval" / "score.py")
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    pred, gold = sc.load([picture]), sc.load(golds)
    ids = {a["id"] for a in gold["articles"]}
    gm = [m for m in sc.mentions(gold) if m["article"] in ids]
    pm = [m for m in sc.mentions(pred) if m["article"] in ids]
    pairs = sc.match(pm, gm, lambda p, g: p["article"] == g["article"] and p["type"] == g["type"], 0.5)
    judged = [(p, g) for p, g in pairs if g["ev"].get("location")]
    bad = [(p, g) for p, g in judged if not sc.same_place(p["ev"].get("location"), g["ev"]["location"])]

    def fmt(loc):
        return "-" if not loc else (f"{loc.get('name')} [{loc.get('country')}] {loc.get('lat')},{loc.get('lon')}"
                                    + (" near" if loc.get("near") else ""))
    for p, g in bad[:show]:
        print(f"{g['article']} {g['type']}: pred {fmt(p['ev'].get('location'))} | gold "
              f"{fmt(g['ev']['location'])} {g['ev']['location'].get('alt_names', '')}\n    {g['quotes'][0][:160]}")
    print(f"event location accuracy {len(judged) - len(bad)}/{len(judged)} = "
          f"{(len(judged) - len(bad)) / max(len(judged), 1):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="geovirus,lgl,gwn,trnews")
    ap.add_argument("--limit", type=int, default=0, help="first N articles per corpus")
    ap.add_argument("--misses", type=int, default=15)
    ap.add_argument("--country-misses", type=int, default=0, help="list N wrong-country toponyms")
    ap.add_argument("--picture", help="a picture JSON: list event-place misses against --gold")
    ap.add_argument("--gold", nargs="+", default=[])
    args = ap.parse_args()
    if args.picture:
        return event_places(args.picture, args.gold, args.misses)
    if not DATA.exists():
        sys.exit(f"needs {DATA}")
    rows = {}
    for name in args.corpus.split(","):
        arts = CORPORA[name]()
        if args.limit:
            arts = arts[: args.limit]
        gold_countries(arts)
        rows[name] = run(name, arts, args.misses, args.country_misses)
    print(f"\n{'corpus':10} {'n':>6} {'acc@161':>8} {'n_cc':>6} {'country':>8} | {'Mordecai3':>9} {'country':>8} | target")
    for name, r in rows.items():
        a, c = ANCHOR[name]
        tgt = TARGET[name]
        print(f"{name:10} {r['n']:6d} {r['acc']:8.1f} {r['n_cc']:6d} {r['country']:8.1f} | "
              f"{a if a is not None else '-':>9} {c if c is not None else '-':>8} | "
              f"{'>= %d' % tgt if tgt else 'tune set'}, country >= 95")


if __name__ == "__main__":
    main()
