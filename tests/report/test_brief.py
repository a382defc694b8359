"""The brief: citations verbatim, readable with missing parts, self-contained HTML that renders
in a real browser (headless Chromium) without a single outgoing request."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import newsdesk
from newsdesk.model import Article, Picture, Story
from newsdesk.report import brief

from conftest import EXAMPLES


@pytest.fixture(scope="module")
def example_picture() -> Picture:
    return newsdesk.analyze([EXAMPLES / "coverage"])


def _check_citations(picture: Picture) -> int:
    arts = {a.id: a for a in picture.articles}
    n = 0
    for render in (brief.render_markdown, brief.render_html):
        briefs = brief.build(picture)
        render(picture, briefs)
        for sp in (sp for b in briefs for sp in b.cited):
            art = arts[sp.article]
            assert art.text[sp.start:sp.end] == sp.text
            if art.kind == "text":   # plain-text input: the sentence is in the raw page too
                assert art.raw[sp.raw_start:sp.raw_end] == sp.text
            n += 1
    return n


def test_every_citation_is_verbatim_in_the_example(example_picture):
    assert _check_citations(example_picture) > 5
    for b in brief.build(example_picture):
        assert b.summary, "every example story has a summary"
        for s in b.summary:
            assert s.spans and all(sp.text.strip() for sp in s.spans)


def test_every_citation_is_verbatim_in_the_seeds(seeds_dir):
    pic = newsdesk.analyze([seeds_dir])
    assert _check_citations(pic) > 3


def test_markdown_says_what_is_missing():
    art = Article(id="a1", raw="x", text="Nothing happened here today, officials said on Monday.",
                  title="Quiet day")
    pic = Picture(articles=[art], stories=[Story("s1", "Quiet day", ["a1"])])
    md = brief.render_markdown(pic)
    assert "No events were found" in md and "No casualty figures" in md
    html = brief.render_html(pic)
    assert "known place" in html and "No dated events" in html


def test_three_hundred_sources_stay_readable():
    arts = [Article(id=f"a{i}", raw="", text=f"Report number {i} says the bridge at Yura was reopened "
                    f"to traffic on Friday after repairs.", outlet=f"Outlet {i}") for i in range(300)]
    pic = Picture(articles=arts, stories=[Story("s1", "Bridge", [a.id for a in arts])])
    md = brief.render_markdown(pic)
    summary = md.split("### Summary")[1].split("###")[0]
    assert len(summary.split()) < 400          # redundant sentences merged, not repeated


def test_html_is_self_contained(example_picture):
    html = brief.render_html(example_picture)
    assert not re.search(r"""(src|href)\s*=\s*['"]?(https?:)?//""", html)
    assert "@import" not in html and "url(" not in html and "<link" not in html
    assert "<svg class=\"map\"" in html and "class='timeline'" in html


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(not CHROMIUM, reason="needs Debian's chromium (.ci/run installs it)")
def test_brief_renders_in_headless_chromium(example_picture, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (test extra)")
    page_path = tmp_path / "brief.html"
    brief.write(example_picture, str(page_path))
    requests = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1000, "height": 1400})
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_path.as_uri())
        page.wait_for_load_state("load")
        map_box = page.locator("svg.map").first.bounding_box()
        tl_box = page.locator("svg.timeline").first.bounding_box()
        dots = page.locator("svg.map circle.ev").count()
        out = Path(__file__).resolve().parents[2] / "out"
        out.mkdir(exist_ok=True)
        page.screenshot(path=str(out / "brief-example.png"), full_page=True)
        browser.close()
    outgoing = [u for u in requests if not u.startswith("file://")]
    assert outgoing == []
    assert map_box and map_box["width"] > 300 and map_box["height"] > 150
    assert tl_box and tl_box["height"] > 30
    assert dots >= 1


def _event(eid, arts, **kw):
    from newsdesk.model import Event, EventMention
    ms = []
    for a in arts:
        pos = a.text.index("clash")
        ms.append(EventMention(article=a.id, type="ASSAULT", span=a.span(0, a.text.index(".", pos) + 1),
                               dead=kw.get("dead")))
    ev = Event.from_mention(eid, ms[0])
    ev.mentions = ms
    for k, v in kw.items():
        setattr(ev, k, v)
    return ev


def _clash_articles(n):
    return [Article(id=f"a{i}", raw="", outlet=f"Outlet {i}", published="2026-02-0%d" % (1 + i % 9),
                    text=f"Police and miners clash near the Vira pass, report {i} says. "
                         f"The road to Vira stayed closed on Tuesday, officials said.") for i in range(n)]


def test_one_source_story_reads_and_cites():
    arts = _clash_articles(1)
    pic = Picture(articles=arts, events=[_event("e1", arts)], stories=[Story("s1", "Clash", ["a1", "a0"])])
    md = brief.render_markdown(pic)
    assert "1 article from 1 outlet, 1 story, 1 event." in md
    assert "Outlet 0 [1]" in md and "No casualty figures" in md
    html = brief.render_html(pic)
    assert "No dated events" not in html      # article date stands in, marked as estimated
    assert "Hollow dots" in html and "known place" in html


def test_events_without_dates_or_places_say_so():
    from newsdesk.model import Count
    arts = [Article(id="u1", raw="", text="Gunmen clash with guards at a depot. Nobody claimed it.")]
    pic = Picture(articles=arts, events=[_event("e1", arts, dead=Count(3, 3)), _event("e2", arts)],
                  stories=[Story("s1", None, ["u1"])])
    md = brief.render_markdown(pic)
    assert "No dated events: 2 events without a date" in md and "dead 3" in md
    html = brief.render_html(pic)
    assert "No dated events" in html and "no map" in html and "<h2>s1</h2>" in html


def test_three_hundred_sources_with_events_stay_bounded():
    from newsdesk.model import Count, Location
    arts = _clash_articles(300)
    loc = Location("Vira", "PE", lat=-15.8, lon=-70.0)
    events = [_event(f"e{k}", arts[k * 5:(k + 1) * 5] if k else arts, location=loc, dead=Count(2, None))
              for k in range(60)]
    pic = Picture(articles=arts, events=events, stories=[Story("s1", "Vira", [a.id for a in arts])])
    md = brief.render_markdown(pic)
    assert "40 of 60 events shown" in md and "and 292 more reports" in md
    assert "and 288 more outlets" in md
    html = brief.render_html(pic)
    assert html.count("<circle class=\"ev\"") == 1 and "Vira (60 events)" in html
    assert len(html) < 400_000


def test_overlapping_map_labels_are_moved_apart():
    from newsdesk.report.svgmap import MapPoint, render_svg
    pts = [MapPoint(33.3 + i * 0.2, 44.4 + i * 0.2, f"Place {i}") for i in range(6)]
    svg = render_svg(pts)
    boxes = []
    for x, y, anchor, label in re.findall(
            r'class="lbl" x="([\d.]+)" y="([\d.]+)" text-anchor="(\w+)">([^<]*)<', svg):
        w = len(label) * 6.2 + 4
        left = float(x) - {"start": 0, "end": w, "middle": w / 2}[anchor]
        boxes.append((left + 1, float(y) - 9, left + w - 1, float(y) + 1))
    assert len(boxes) == 6
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)


def test_parties_show_names_not_counts():
    from newsdesk.report.brief import party
    assert party("35 villagers") == "villagers"
    assert party("more than 40 Sunnis") == "Sunnis"
    assert party("thousands of Shia Turkomans") == "Shia Turkomans"
    assert party("Twelve others") == "people" and party("Dozens") == "people"
    assert party("Shiite gunmen") == "Shiite gunmen" and party("US") == "US"
