"""The command line on the bundled example: every command runs and writes what it says."""
from __future__ import annotations

import json

from conftest import EXAMPLES
from newsdesk.cli import main

COVERAGE = str(EXAMPLES / "coverage")


def test_brief_command_writes_markdown_and_html(tmp_path, capsys):
    for name in ("brief.md", "brief.html"):
        out = tmp_path / name
        assert main(["brief", COVERAGE, "--out", str(out), "--no-progress"]) == 0
        text = out.read_text("utf-8")
        assert "Arequipa" in text and ("## " in text or "<h2" in text)


def test_analyze_writes_every_export(tmp_path):
    files = {k: tmp_path / f"out.{k}" for k in ("json", "csv", "geojson", "html")}
    rc = main(["analyze", COVERAGE, "--json", str(files["json"]), "--csv", str(files["csv"]),
               "--geojson", str(files["geojson"]), "--brief", str(files["html"]), "--no-progress"])
    assert rc == 0
    pic = json.loads(files["json"].read_text("utf-8"))
    assert set(pic) >= {"articles", "events", "quotes", "disputes", "stories"}
    assert len(pic["articles"]) == 5 and pic["events"]
    assert files["csv"].read_text("utf-8").startswith("event_id,event_date,event_type")
    assert json.loads(files["geojson"].read_text("utf-8"))["type"] == "FeatureCollection"


def test_usage_errors_exit_2(capsys):
    assert main([]) == 2
    try:
        main(["analyze"])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("analyze without inputs must be a usage error")
