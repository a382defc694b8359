"""Event exports for the tools analysts already use: an ACLED-style CSV (spreadsheets,
pandas, R) and GeoJSON points (QGIS, kepler.gl, Leaflet).

A registry by format (`@exporter("csv")`) so a new format is one function; `write()` is
what the CLI calls. `rows()` is the flat table both formats share, one row per event.
CSV: UTF-8 without BOM (a BOM ends up in pandas' first column name), every field quoted
when needed by the csv module, newlines inside quotes folded to spaces so line-oriented
tools (QGIS' delimited-text reader, grep) see one record per line. Open-ended counts
("more than 40") leave `*_high` empty; a missing count leaves both columns empty.
GeoJSON (RFC 7946): coordinates are [longitude, latitude]; events without coordinates are
left out and counted in the collection's `omitted_without_coordinates`.
"""
from __future__ import annotations

import csv
import io
import json
import math
import sys
from pathlib import Path
from typing import Callable, TextIO

from ..model import Event, Picture

COLUMNS = ("event_id", "event_date", "event_type", "mode", "actor1", "actor2", "location",
           "admin1", "country", "latitude", "longitude", "geo_precision", "dead_low",
           "dead_high", "injured_low", "injured_high", "sources", "quote")

Exporter = Callable[[Picture, TextIO], None]
EXPORTERS: dict[str, Exporter] = {}


def exporter(fmt: str) -> Callable[[Exporter], Exporter]:
    """Register `fn(picture, stream)` as the writer for `fmt`."""
    def deco(fn: Exporter) -> Exporter:
        EXPORTERS[fmt] = fn
        return fn
    return deco


def _one_line(s: str | None) -> str:
    return " ".join(s.split()) if s else ""


def _coord(v: float | None, limit: float) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) and -limit <= f <= limit else None


def _outlets(ev: Event, arts: dict) -> list[str]:
    """Distinct outlets in mention order; the article id stands in for an unknown outlet."""
    seen: list[str] = []
    for m in ev.mentions:
        a = arts.get(m.article)
        name = (a.outlet if a is not None and a.outlet else None) or m.article
        if name not in seen:
            seen.append(name)
    return seen


def _row(ev: Event, arts: dict) -> dict:
    loc = ev.location
    lat = _coord(loc.lat, 90) if loc else None
    lon = _coord(loc.lon, 180) if loc else None
    first = ev.mentions[0].span.text if ev.mentions else ""
    return {
        "event_id": ev.id, "event_date": ev.date or "", "event_type": ev.type,
        "mode": ev.mode or "", "actor1": ev.actor or "", "actor2": ev.recipient or "",
        "location": loc.name if loc else "", "admin1": (loc.admin1 or "") if loc else "",
        "country": (loc.country or "") if loc else "",
        "latitude": "" if lat is None or lon is None else lat,
        "longitude": "" if lat is None or lon is None else lon,
        "geo_precision": (loc.precision or "") if loc else "",
        "dead_low": ev.dead.low if ev.dead else "",
        "dead_high": ev.dead.high if ev.dead and ev.dead.high is not None else "",
        "injured_low": ev.injured.low if ev.injured else "",
        "injured_high": ev.injured.high if ev.injured and ev.injured.high is not None else "",
        "sources": "; ".join(_outlets(ev, arts)),
        "quote": _one_line(first),
    }


def rows(picture: Picture) -> list[dict]:
    """One flat dict per event, keys exactly `COLUMNS` (empty string = unknown)."""
    arts = {a.id: a for a in picture.articles}
    return [_row(ev, arts) for ev in picture.events]


@exporter("csv")
def to_csv(picture: Picture, out: TextIO) -> None:
    w = csv.DictWriter(out, fieldnames=COLUMNS, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writeheader()
    w.writerows(rows(picture))


def _sources(ev: Event, arts: dict) -> list[dict]:
    out = []
    for m in ev.mentions:
        a = arts.get(m.article)
        for sp in [m.span, *m.extra_spans]:
            out.append({"article": m.article, "outlet": a.outlet if a else None,
                        "url": a.url if a else None, "published": a.published if a else None,
                        "quote": _one_line(sp.text),
                        "dead": m.dead.to_json() if m.dead else None,
                        "injured": m.injured.to_json() if m.injured else None})
    return out


def features(picture: Picture) -> tuple[list[dict], int]:
    """GeoJSON Point features for events with coordinates, and how many had none."""
    arts = {a.id: a for a in picture.articles}
    feats, missing = [], 0
    for ev in picture.events:
        row = _row(ev, arts)
        if row["latitude"] == "":
            missing += 1
            continue
        props = {k: (None if row[k] == "" else row[k]) for k in COLUMNS}
        props["articles"] = list(dict.fromkeys(m.article for m in ev.mentions))
        props["source_quotes"] = _sources(ev, arts)
        feats.append({"type": "Feature", "id": ev.id,
                      "geometry": {"type": "Point",
                                   "coordinates": [row["longitude"], row["latitude"]]},
                      "properties": props})
    return feats, missing


@exporter("geojson")
def to_geojson(picture: Picture, out: TextIO) -> None:
    feats, missing = features(picture)
    json.dump({"type": "FeatureCollection", "name": "newsdesk events",
               "omitted_without_coordinates": missing, "features": feats},
              out, ensure_ascii=False, indent=1)
    out.write("\n")


def render(picture: Picture, fmt: str) -> str:
    """The export as a string (for the API, tests and previews)."""
    buf = io.StringIO()
    _get(fmt)(picture, buf)
    return buf.getvalue()


def _get(fmt: str) -> Exporter:
    try:
        return EXPORTERS[fmt.lower().lstrip(".")]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(sorted(EXPORTERS))}") from None


def write(picture: Picture, path: str | Path, fmt: str) -> None:
    """Write the export to `path` ('-' = stdout), creating parent directories."""
    fn = _get(fmt)
    if str(path) == "-":
        fn(picture, sys.stdout)
        return
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as fh:
        fn(picture, fh)
