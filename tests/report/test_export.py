"""CSV and GeoJSON exports round-trip through the standard csv and json readers."""
from __future__ import annotations

import csv
import io
import json

import pytest

from newsdesk.model import Article, Count, Event, EventMention, Location, Picture
from newsdesk.report import export

BODY_A = ("Today, evidence emerged that Shiite gunmen had slaughtered more than 40 Sunnis "
          "being held in a jail in Baqouba, \"on the road\" to Baghdad.\nTwelve others died.")
BODY_B = "Gunmen killed 40 prisoners in Baquba; the army said 12, not 40, died."


def picture() -> Picture:
    a = Article(id="a1", raw=BODY_A, text=BODY_A, outlet="VICE News", published="2014-06-17",
                url="https://example.org/a1")
    b = Article(id="b2", raw=BODY_B, text=BODY_B, outlet=None, published=None)
    m1 = EventMention("a1", "ASSAULT", a.span(0, BODY_A.index("\n")), dead=Count(40, None))
    m1.extra_spans.append(a.span(BODY_A.index("\n") + 1, len(BODY_A)))
    m2 = EventMention("b2", "ASSAULT", b.span(0, len(BODY_B)), dead=Count(40, 40))
    e1 = Event.from_mention("e1", m1)
    e1.mentions.append(m2)
    e1.actor, e1.recipient, e1.mode = "Shiite gunmen", "Sunni prisoners", "firearms"
    e1.location = Location("Baqubah", "IQ", "Diyala", 33.75, 44.64, "city")
    e1.date = "2014-06-17"
    m3 = EventMention("a1", "CONSULT", a.span(0, 20))
    e2 = Event.from_mention("e2", m3)
    e2.location = Location("Iraq", "IQ", precision="country")
    e2.injured = Count(3, 5)
    e3 = Event.from_mention("e3", EventMention("b2", "COERCE", b.span(0, 6)))
    e3.location = Location("Nowhere", lat=float("nan"), lon=200.0)
    return Picture(articles=[a, b], events=[e1, e2, e3])


def test_csv_round_trip(tmp_path):
    path = tmp_path / "out" / "events.csv"
    export.write(picture(), path, "csv")
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")          # no BOM in pandas' first column
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames) == export.COLUMNS
        got = list(reader)
    assert len(got) == 3
    r = got[0]
    assert r["event_id"] == "e1" and r["event_type"] == "ASSAULT"
    assert (r["actor1"], r["actor2"], r["mode"]) == ("Shiite gunmen", "Sunni prisoners", "firearms")
    assert (r["location"], r["admin1"], r["country"]) == ("Baqubah", "Diyala", "IQ")
    assert (float(r["latitude"]), float(r["longitude"])) == (33.75, 44.64)
    assert (r["dead_low"], r["dead_high"]) == ("40", "")   # open-ended: high empty
    assert r["sources"] == "VICE News; b2"                 # outlet, else the article id
    assert r["quote"].startswith("Today, evidence emerged") and '"on the road"' in r["quote"]
    assert "\n" not in r["quote"]
    assert (got[1]["injured_low"], got[1]["injured_high"]) == ("3", "5")
    assert got[1]["latitude"] == "" and got[1]["geo_precision"] == "country"
    assert got[2]["latitude"] == got[2]["longitude"] == ""  # NaN / out of range dropped
    # one physical line per record: line-oriented tools see 4 lines
    assert raw.decode("utf-8").count("\n") == 4


def test_rows_match_columns():
    for row in export.rows(picture()):
        assert tuple(row) == export.COLUMNS


def test_geojson_round_trip(tmp_path):
    path = tmp_path / "events.geojson"
    export.write(picture(), str(path), "geojson")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection"
    assert doc["omitted_without_coordinates"] == 2
    (f,) = doc["features"]
    assert f["geometry"] == {"type": "Point", "coordinates": [44.64, 33.75]}   # lon, lat
    p = f["properties"]
    assert set(export.COLUMNS) <= set(p)
    assert p["dead_low"] == 40 and p["dead_high"] is None
    assert p["articles"] == ["a1", "b2"]
    assert [s["article"] for s in p["source_quotes"]] == ["a1", "a1", "b2"]
    assert p["source_quotes"][1]["quote"] == "Twelve others died."
    assert p["source_quotes"][0]["url"] == "https://example.org/a1"


def test_unicode_and_registry():
    pic = picture()
    pic.events[0].actor = "Ḥashd al-Shaʿbī — «PMU»"
    text = export.render(pic, "csv")
    assert next(csv.DictReader(io.StringIO(text)))["actor1"] == "Ḥashd al-Shaʿbī — «PMU»"
    assert {"csv", "geojson"} <= set(export.EXPORTERS)
    with pytest.raises(ValueError):
        export.render(pic, "xlsx")


def test_empty_picture():
    assert export.render(Picture(), "csv").strip() == ",".join(export.COLUMNS)
    doc = json.loads(export.render(Picture(), "geojson"))
    assert doc["features"] == [] and doc["omitted_without_coordinates"] == 0
