"""An offline map as inline SVG: country outlines we ship (Natural Earth 1:110m, built by
`scripts/build_world.py`), zoomed to the events, points sized by casualties and labelled.
No tiles, no CDN, no request of any kind."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from pathlib import Path

WORLD = Path(__file__).resolve().parent.parent / "data" / "world_110m.json"


@dataclass
class MapPoint:
    lat: float
    lon: float
    label: str
    weight: int = 0          # dead + injured, sizes the dot
    title: str = ""          # hover text
    ref: str | None = None   # anchor id to link to


@lru_cache(maxsize=1)
def _countries() -> list[dict]:
    try:
        return json.loads(WORLD.read_text("utf-8"))["countries"]
    except (OSError, ValueError, KeyError):
        return []


def _bbox(points: list[MapPoint]) -> tuple[float, float, float, float]:
    """lon/lat box around the points with a margin, never smaller than ~6 degrees."""
    lons, lats = [p.lon for p in points], [p.lat for p in points]
    w, e, s, n = min(lons), max(lons), min(lats), max(lats)
    span = max(e - w, n - s, 6.0)
    cx, cy = (w + e) / 2, (s + n) / 2
    half = span * 0.65
    return (max(cx - half * 1.4, -180), min(cx + half * 1.4, 180),
            max(cy - half, -85), min(cy + half, 85))


def render_svg(points: list[MapPoint], width: int = 760, height: int = 420,
               countries_hint: set[str] | None = None) -> str:
    """The SVG element. Empty points give a short note instead of a map."""
    pts = [p for p in points if p.lat is not None and p.lon is not None
           and -90 <= p.lat <= 90 and -180 <= p.lon <= 180]
    if not pts:
        return '<p class="missing">No event has a known place, so there is no map.</p>'
    w, e, s, n = _bbox(pts)
    kx = width / (e - w)
    ky = height / (n - s)
    k = min(kx, ky)
    ox = (width - (e - w) * k) / 2
    oy = (height - (n - s) * k) / 2

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return ox + (lon - w) * k, oy + (n - lat) * k

    paths = []
    for c in _countries():
        d_parts = []
        for ring in c["rings"]:
            xs = [x for x, _ in ring]
            ys = [y for _, y in ring]
            if max(xs) < w - 5 or min(xs) > e + 5 or max(ys) < s - 5 or min(ys) > n + 5:
                continue
            coords = [xy(x, y) for x, y in ring]
            d_parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in coords) + "Z")
        if d_parts:
            hl = " hl" if countries_hint and c.get("iso2") in countries_hint else ""
            paths.append(f'<path class="land{hl}" d="{"".join(d_parts)}">'
                         f'<title>{escape(c.get("name") or "")}</title></path>')
    dots = []
    placed: list[tuple[float, float]] = []
    for p in sorted(pts, key=lambda p: -p.weight):
        x, y = xy(p.lon, p.lat)
        r = 4 + 2.2 * math.sqrt(max(p.weight, 0))
        r = min(r, 28)
        label_y = y - r - 3
        while any(abs(label_y - py) < 12 and abs(x - px) < 90 for px, py in placed):
            label_y -= 12
        placed.append((x, label_y))
        circle = (f'<circle class="ev" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}">'
                  f'<title>{escape(p.title or p.label)}</title></circle>')
        text = f'<text x="{x:.1f}" y="{label_y:.1f}" text-anchor="middle">{escape(p.label)}</text>'
        if p.ref:
            dots.append(f'<a href="#{escape(p.ref)}">{circle}{text}</a>')
        else:
            dots.append(circle + text)
    return (f'<svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" aria-label="Map of events">'
            f'<rect class="sea" width="{width}" height="{height}"/>'
            + "".join(paths) + "".join(dots) + "</svg>")
