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


def _merge(points: list[MapPoint]) -> list[MapPoint]:
    """One dot per place: events at the same spot (0.05 degrees) become one labelled dot,
    "Lima (9 events)", instead of nine stacked labels."""
    groups: dict[tuple[int, int], list[MapPoint]] = {}
    for p in points:
        groups.setdefault((round(p.lat * 20), round(p.lon * 20)), []).append(p)
    out = []
    for g in groups.values():
        if len(g) == 1:
            out.append(g[0])
            continue
        names = sorted({p.label for p in g}, key=lambda n: -sum(q.label == n for q in g))
        label = f"{names[0]} ({len(g)} events)"
        title = "\n".join(p.title or p.label for p in g[:12]) + ("\n..." if len(g) > 12 else "")
        out.append(MapPoint(g[0].lat, g[0].lon, label, sum(p.weight for p in g), title, g[0].ref))
    return out


def _radius(p: MapPoint) -> float:
    return min(4 + 2.2 * math.sqrt(max(p.weight, 0)), 28)


def _label_spot(x: float, y: float, r: float, w: float, width: int, height: int,
                placed: list) -> tuple[float, float, str]:
    """A label position beside the dot (right, left, above, below, then further out) whose
    box overlaps no label already drawn and stays inside the map."""
    h = 12.0
    tries = [(x + r + 3, y + 4, "start"), (x - r - 3, y + 4, "end"),
             (x, y - r - 4, "middle"), (x, y + r + 12, "middle")]
    tries += [(x + r + 3, y + 4 + dy, "start") for dy in (-14, 14, -28, 28, -42, 42)]
    for tx, ty, anchor in tries:
        left = tx if anchor == "start" else tx - w if anchor == "end" else tx - w / 2
        box = (left, ty - h + 2, left + w, ty + 2)
        if box[0] < 2 or box[2] > width - 2 or box[1] < 2 or box[3] > height - 2:
            continue
        if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
            placed.append(box)
            return tx, ty, anchor
    tx, ty, anchor = tries[0]
    placed.append((tx, ty - h + 2, tx + w, ty + 2))
    return tx, ty, anchor


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

    paths, names = [], []
    for c in _countries():
        d_parts, biggest = [], (0, None)
        for ring in c["rings"]:
            xs = [x for x, _ in ring]
            ys = [y for _, y in ring]
            if max(xs) < w - 5 or min(xs) > e + 5 or max(ys) < s - 5 or min(ys) > n + 5:
                continue
            coords = [xy(x, y) for x, y in ring]
            d_parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in coords) + "Z")
            if len(coords) > biggest[0]:
                biggest = (len(coords), coords)
        if d_parts:
            hl = " hl" if countries_hint and c.get("iso2") in countries_hint else ""
            paths.append(f'<path class="land{hl}" d="{"".join(d_parts)}">'
                         f'<title>{escape(c.get("name") or "")}</title></path>')
            if hl and biggest[1]:
                names.append((c.get("name") or "", biggest[1]))
    dots = []
    placed: list[tuple[float, float, float, float]] = []     # label boxes already drawn
    merged = _merge(pts)
    spots = [(*xy(p.lon, p.lat), _radius(p)) for p in merged]
    for name, coords in names:            # the shaded countries, named near their middle, off the dots
        mx = sum(x for x, _ in coords) / len(coords)
        my = sum(y for _, y in coords) / len(coords)
        wd = len(name) * 7.5
        for cx, cy in ((mx, my + dy) for dy in (0, 40, -40, 80, -80, 120, -120)):
            inside = 0 < cx - wd / 2 and cx + wd / 2 < width and 14 < cy < height - 4
            clear = not any(abs(px - cx) < wd / 2 + r + 6 and abs(py - cy + 5) < r + 14
                            for px, py, r in spots)
            if inside and clear:
                placed.append((cx - wd / 2, cy - 12, cx + wd / 2, cy + 2))
                dots.append(f'<text class="cty" x="{cx:.1f}" y="{cy:.1f}" text-anchor="middle">'
                            f'{escape(name.upper())}</text>')
                break
    for p in sorted(merged, key=lambda p: -p.weight):
        x, y = xy(p.lon, p.lat)
        r = _radius(p)
        tx, ty, anchor = _label_spot(x, y, r, len(p.label) * 6.2 + 4, width, height, placed)
        circle = (f'<circle class="ev" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}">'
                  f'<title>{escape(p.title or p.label)}</title></circle>')
        text = (f'<text class="lbl" x="{tx:.1f}" y="{ty:.1f}" text-anchor="{anchor}">'
                f'{escape(p.label)}</text>')
        if p.ref:
            dots.append(f'<a href="#{escape(p.ref)}">{circle}{text}</a>')
        else:
            dots.append(circle + text)
    return (f'<svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" aria-label="Map of events">'
            f'<rect class="sea" width="{width}" height="{height}"/>'
            + "".join(paths) + "".join(dots) + "</svg>")


@dataclass
class TimelineRow:
    date: str
    label: str
    estimated: bool = False  # undated event placed at its article's date (hollow dot)
    ref: str | None = None


def render_timeline(rows: list[TimelineRow], width: int = 760) -> str:
    """A vertical timeline: one line per event, the date written once per day on the left,
    a gap between days. Reads top to bottom like a log, however many events share a day
    (a horizontal axis stacks same-day labels on top of each other)."""
    rows = sorted(rows, key=lambda r: r.date)
    if not rows:
        return ""
    row_h, gap, top = 18, 10, 8
    days = len({r.date for r in rows})
    height = top * 2 + row_h * len(rows) + gap * (days - 1)
    x_line, max_chars = 112, int((width - 140) / 6.1)
    out = [f"<svg class='timeline' xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' "
           f"width='{width}' height='{height}' role='img' aria-label='Timeline of events'>",
           f"<line class='tl-axis' x1='{x_line}' y1='{top}' x2='{x_line}' y2='{height - top}'/>"]
    y, last = top + 12, None
    for r in rows:
        if last is not None and r.date != last:
            y += gap
        if r.date != last:
            out.append(f"<text class='tl-date' x='{x_line - 12}' y='{y + 4}' text-anchor='end'>"
                       f"{escape(r.date)}</text>")
        label = r.label if len(r.label) <= max_chars else r.label[:max_chars - 1] + "\u2026"
        dot = (f"<circle class='tl-dot{' est' if r.estimated else ''}' cx='{x_line}' cy='{y}' r='5'>"
               f"<title>{escape(r.label)}</title></circle>"
               f"<text x='{x_line + 12}' y='{y + 4}'>{escape(label)}</text>")
        out.append(f"<a href='#{escape(r.ref)}'>{dot}</a>" if r.ref else dot)
        last = r.date
        y += row_h
    out.append("</svg>")
    return "".join(out)
