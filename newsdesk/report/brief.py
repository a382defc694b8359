"""The brief: a cited situation report per story, as Markdown or one self-contained HTML page.

Every summary sentence, figure, quote and claim links to the exact source sentence, which is
listed verbatim in the story's sources section. The page makes no external request."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from ..model import Article, Dispute, Event, Picture, Quote, Span, Story
from .summary import SummarySentence, summarize
from .svgmap import MapPoint, render_svg


@dataclass
class StoryBrief:
    story: Story
    articles: list[Article]
    events: list[Event]
    quotes: list[Quote]
    disputes: list[Dispute]
    summary: list[SummarySentence]
    cites: dict[tuple[str, int], int] = field(default_factory=dict)   # (article, start) -> n
    cited: list[Span] = field(default_factory=list)

    def cite(self, span: Span) -> int:
        """The citation number of a source sentence (numbered in order of first use)."""
        key = (span.article, span.start)
        if key not in self.cites:
            self.cited.append(span)
            self.cites[key] = len(self.cited)
        return self.cites[key]

    def outlet(self, article_id: str) -> str:
        art = next((a for a in self.articles if a.id == article_id), None)
        return (art.outlet or art.id) if art else article_id

    def anchor(self, n: int) -> str:
        return f"{self.story.id}-c{n}"


def _fmt_count(c) -> str:
    if c is None:
        return ""
    if c.high is None:
        return f"{c.low}+"
    return str(c.low) if c.high == c.low else f"{c.low}–{c.high}"


def _event_date(ev: Event, arts: dict[str, Article]) -> tuple[str | None, bool]:
    """(date, is_estimated): undated events take their first article's date, marked."""
    if ev.date:
        return ev.date, False
    for m in ev.mentions:
        a = arts.get(m.article)
        if a and a.published:
            return a.published, True
    return None, True


def build(picture: Picture) -> list[StoryBrief]:
    arts = {a.id: a for a in picture.articles}
    briefs = []
    for story in picture.stories:
        ids = set(story.articles)
        s_arts = [arts[i] for i in story.articles if i in arts]
        s_events = [e for e in picture.events if any(m.article in ids for m in e.mentions)]
        s_quotes = [q for q in picture.quotes if q.article in ids and q.kind == "direct"]
        s_disputes = [d for d in picture.disputes if any(c.article in ids for c in d.claims)]
        briefs.append(StoryBrief(story, s_arts, s_events, s_quotes, s_disputes, summarize(s_arts)))
    # stories with the most sources first: that is where the situation is
    briefs.sort(key=lambda b: (-len(b.articles), -len(b.events), b.story.id))
    return briefs


def _event_line(ev: Event) -> str:
    who = ev.actor or "unknown actor"
    whom = f" → {ev.recipient}" if ev.recipient else ""
    mode = f" ({ev.mode})" if ev.mode else ""
    return f"{ev.type.title()}{mode}: {who}{whom}"


def _place(ev: Event) -> str:
    if not ev.location:
        return ""
    loc = ev.location
    return loc.name + (f", {loc.country}" if loc.country and loc.country not in loc.name else "")


# ---------------------------------------------------------------- Markdown

def render_markdown(picture: Picture, briefs: list[StoryBrief] | None = None) -> str:
    """The brief as Markdown (`briefs` may be passed to inspect what was cited)."""
    arts = {a.id: a for a in picture.articles}
    out = ["# Situation brief", ""]
    briefs = build(picture) if briefs is None else briefs
    out.append(f"{len(picture.articles)} articles from "
               f"{len({a.outlet or a.id for a in picture.articles})} outlets, "
               f"{len(briefs)} stories, {len(picture.events)} events.")
    out.append("")
    for b in briefs:
        out += [f"## {b.story.title or b.story.id}", ""]
        out.append(f"*{len(b.articles)} articles: "
                   + ", ".join(sorted({b.outlet(a.id) for a in b.articles})) + "*")
        out.append("")
        out += ["### Summary", ""]
        if b.summary:
            for s in b.summary:
                refs = "".join(f"[{b.cite(sp)}]" for sp in s.spans)
                out.append(f"{s.text} {refs}")
            out.append("")
        else:
            out += ["_No article text to summarise._", ""]
        out += _md_figures(b) + _md_timeline(b, arts) + _md_events(b) + _md_quotes(b)
        out += _md_disputes(b) + _md_sources(b, arts)
    return "\n".join(out).rstrip() + "\n"


def _md_figures(b: StoryBrief) -> list[str]:
    rows = [e for e in b.events if e.dead or e.injured]
    out = ["### Key figures", ""]
    if not rows:
        return out + ["_No casualty figures reported._", ""]
    for e in rows:
        out.append(f"- **{_event_line(e)}** {_place(e)}: dead {_fmt_count(e.dead) or '–'}, "
                   f"injured {_fmt_count(e.injured) or '–'}")
        for m in e.mentions:
            if m.dead or m.injured:
                out.append(f"  - {b.outlet(m.article)}: dead {_fmt_count(m.dead) or '–'}, "
                           f"injured {_fmt_count(m.injured) or '–'} [{b.cite(m.span)}]")
    return out + [""]


def _md_timeline(b: StoryBrief, arts) -> list[str]:
    out = ["### Timeline", ""]
    if not b.events:
        return out + ["_No events were found in this story._", ""]
    dated = sorted(((*_event_date(e, arts), e) for e in b.events), key=lambda t: (t[0] or "9999", t[2].id))
    for d, est, e in dated:
        when = (d or "date unknown") + (" (article date)" if est and d else "")
        out.append(f"- **{when}** — {_event_line(e)}"
                   + (f", {_place(e)}" if e.location else "") + f" [{b.cite(e.mentions[0].span)}]")
    return out + [""]


def _md_events(b: StoryBrief) -> list[str]:
    if not b.events:
        return []
    out = ["### Events", "", "| type | mode | who | whom | where | when | dead | injured | sources |",
           "|---|---|---|---|---|---|---|---|---|"]
    for e in b.events:
        cell = lambda s: (s or "").replace("|", "/")  # noqa: E731
        out.append(f"| {e.type} | {cell(e.mode)} | {cell(e.actor)} | {cell(e.recipient)} | "
                   f"{cell(_place(e))} | {e.date or ''} | {_fmt_count(e.dead)} | "
                   f"{_fmt_count(e.injured)} | {len({m.article for m in e.mentions})} |")
    return out + [""]


def _md_quotes(b: StoryBrief) -> list[str]:
    if not b.quotes:
        return []
    out = ["### Quotes", ""]
    by = defaultdict(list)
    for q in b.quotes:
        by[q.speaker or "unattributed"].append(q)
    for speaker, qs in sorted(by.items(), key=lambda kv: -len(kv[1])):
        out.append(f"- **{speaker}**")
        for q in qs:
            out.append(f"  - “{q.text}” — {b.outlet(q.article)} [{b.cite(q.span)}]")
    return out + [""]


def _md_disputes(b: StoryBrief) -> list[str]:
    if not b.disputes:
        return []
    out = ["### Disputes", ""]
    for d in b.disputes:
        out.append(f"- **{d.topic}**")
        for c in d.claims:
            out.append(f"  - {c.holder or 'unnamed source'} ({b.outlet(c.article)}): "
                       f"“{c.span.text}” [{b.cite(c.span)}]")
    return out + [""]


def _md_sources(b: StoryBrief, arts) -> list[str]:
    out = ["### Sources", ""]
    for n, sp in enumerate(b.cited, 1):
        a = arts.get(sp.article)
        meta = f"{b.outlet(sp.article)}, “{(a.title if a else None) or sp.article}”" + (
            f", {a.published}" if a and a.published else "")
        out.append(f"{n}. {meta}: “{sp.text}”")
    listed = {sp.article for sp in b.cited}
    for a in b.articles:
        if a.id not in listed:
            out.append(f"- {a.outlet or a.id}, “{a.title or a.id}”" + (f", {a.published}" if a.published else ""))
    return out + [""]


# ---------------------------------------------------------------- HTML

CSS = """
body{font:15px/1.5 Georgia,serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif} h2{border-top:3px solid #333;padding-top:.5em}
sup a{text-decoration:none;font-size:.75em} .missing{color:#777;font-style:italic}
table{border-collapse:collapse;width:100%;font:13px Helvetica,Arial,sans-serif}
td,th{border-bottom:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
.map{max-width:100%;height:auto;border:1px solid #ccc} .sea{fill:#eaf2f8}
.land{fill:#f4f1e8;stroke:#aaa;stroke-width:.6} .land.hl{fill:#e8e0c8}
.ev{fill:rgba(200,40,40,.55);stroke:#900} svg text{font:11px Helvetica,Arial,sans-serif;fill:#222}
.timeline{max-width:100%;height:auto} .tl-axis{stroke:#555} .tl-dot{fill:#1f5f99}
.est{fill:#fff;stroke:#1f5f99;stroke-width:2} ol.sources li:target{background:#fff3b0}
blockquote{margin:.3em 0 .3em 1em;color:#333} .holder{font-weight:bold}
"""


def render_html(picture: Picture, briefs: list[StoryBrief] | None = None) -> str:
    arts = {a.id: a for a in picture.articles}
    briefs = build(picture) if briefs is None else briefs
    parts = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
             "<meta name='viewport' content='width=device-width,initial-scale=1'>",
             "<title>Situation brief</title><style>", CSS, "</style></head><body>",
             "<h1>Situation brief</h1>",
             f"<p>{len(picture.articles)} articles from "
             f"{len({a.outlet or a.id for a in picture.articles})} outlets, {len(briefs)} stories, "
             f"{len(picture.events)} events.</p>"]
    for b in briefs:
        parts.append(_html_story(b, arts))
    parts.append("</body></html>")
    return "".join(parts)


def _ref(b: StoryBrief, sp: Span, label: str | None = None) -> str:
    n = b.cite(sp)
    return f"<sup><a href='#{b.anchor(n)}' title='{escape(b.outlet(sp.article))}'>{escape(label or b.outlet(sp.article))}</a></sup>"


def _html_story(b: StoryBrief, arts) -> str:
    h = [f"<section id='{escape(b.story.id)}'><h2>{escape(b.story.title or b.story.id)}</h2>",
         f"<p><em>{len(b.articles)} articles: "
         + escape(", ".join(sorted({b.outlet(a.id) for a in b.articles}))) + "</em></p>",
         "<h3>Summary</h3>"]
    if b.summary:
        h.append("<p>" + " ".join(escape(s.text) + "".join(_ref(b, sp) for sp in s.spans)
                                  for s in b.summary) + "</p>")
    else:
        h.append("<p class='missing'>No article text to summarise.</p>")
    h.append("<h3>Key figures</h3>")
    figs = [e for e in b.events if e.dead or e.injured]
    if figs:
        h.append("<table><tr><th>event</th><th>where</th><th>dead</th><th>injured</th><th>as reported</th></tr>")
        for e in figs:
            per = "<br>".join(f"{escape(b.outlet(m.article))}: dead {_fmt_count(m.dead) or '–'}, "
                              f"injured {_fmt_count(m.injured) or '–'}{_ref(b, m.span, '¶')}"
                              for m in e.mentions if m.dead or m.injured)
            h.append(f"<tr><td>{escape(_event_line(e))}</td><td>{escape(_place(e))}</td>"
                     f"<td>{_fmt_count(e.dead) or '–'}</td><td>{_fmt_count(e.injured) or '–'}</td><td>{per}</td></tr>")
        h.append("</table>")
    else:
        h.append("<p class='missing'>No casualty figures reported.</p>")
    h.append("<h3>Timeline</h3>" + _html_timeline(b, arts))
    h.append("<h3>Map</h3>")
    pts = []
    for e in b.events:
        loc = e.location
        if loc and loc.lat is not None and loc.lon is not None:
            n = b.cite(e.mentions[0].span)
            weight = (e.dead.low if e.dead else 0) + (e.injured.low if e.injured else 0)
            pts.append(MapPoint(loc.lat, loc.lon, loc.name, min(weight, 10000),
                                f"{_event_line(e)} ({loc.name})", b.anchor(n)))
    missing = sum(1 for e in b.events if not (e.location and e.location.lat is not None))
    h.append(render_svg(pts, countries_hint={e.location.country for e in b.events if e.location}))
    if missing and pts:
        h.append(f"<p class='missing'>{missing} events have no known coordinates and are not on the map.</p>")
    if b.events:
        h.append("<h3>Events</h3><table><tr><th>type</th><th>mode</th><th>who</th><th>whom</th>"
                 "<th>where</th><th>when</th><th>dead</th><th>injured</th><th>sources</th></tr>")
        for e in b.events:
            h.append("<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in (
                e.type, e.mode or "", e.actor or "", e.recipient or "", _place(e), e.date or "",
                _fmt_count(e.dead), _fmt_count(e.injured))) +
                f"<td>{len({m.article for m in e.mentions})} {_ref(b, e.mentions[0].span, '¶')}</td></tr>")
        h.append("</table>")
    if b.quotes:
        h.append("<h3>Quotes</h3>")
        by = defaultdict(list)
        for q in b.quotes:
            by[q.speaker or "unattributed"].append(q)
        for speaker, qs in sorted(by.items(), key=lambda kv: -len(kv[1])):
            h.append(f"<p class='holder'>{escape(speaker)}</p>")
            h += [f"<blockquote>“{escape(q.text)}”{_ref(b, q.span)}</blockquote>" for q in qs]
    if b.disputes:
        h.append("<h3>Disputes</h3>")
        for d in b.disputes:
            h.append(f"<p><strong>{escape(d.topic)}</strong></p><ul>")
            h += [f"<li><span class='holder'>{escape(c.holder or 'unnamed source')}</span> "
                  f"({escape(b.outlet(c.article))}): “{escape(c.span.text)}”{_ref(b, c.span, '¶')}</li>"
                  for c in d.claims]
            h.append("</ul>")
    h.append("<h3>Sources</h3><ol class='sources'>")
    for n, sp in enumerate(b.cited, 1):
        a = arts.get(sp.article)
        meta = f"{b.outlet(sp.article)}, “{(a.title if a else None) or sp.article}”" + (
            f", {a.published}" if a and a.published else "")
        h.append(f"<li id='{b.anchor(n)}'><strong>{escape(meta)}</strong>: “{escape(sp.text)}”</li>")
    h.append("</ol>")
    listed = {sp.article for sp in b.cited}
    rest = [a for a in b.articles if a.id not in listed]
    if rest:
        h.append("<p>Also in this story: " + escape("; ".join(
            f"{a.outlet or a.id}, “{a.title or a.id}”" + (f", {a.published}" if a.published else "")
            for a in rest)) + "</p>")
    h.append("</section>")
    return "".join(h)


def _html_timeline(b: StoryBrief, arts) -> str:
    rows = [(*_event_date(e, arts), e) for e in b.events]
    dated = sorted([r for r in rows if r[0]], key=lambda r: (r[0], r[2].id))
    if not dated:
        return "<p class='missing'>No dated events in this story.</p>"
    days = sorted({r[0] for r in dated})
    width, row_h = 760, 18
    height = 40 + row_h * len(dated)
    x_of = {d: 60 + (i * (width - 120) / max(len(days) - 1, 1)) for i, d in enumerate(days)}
    svg = [f"<svg class='timeline' xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' "
           f"width='{width}' height='{height}' role='img' aria-label='Timeline of events'>",
           f"<line class='tl-axis' x1='40' y1='24' x2='{width - 40}' y2='24'/>"]
    for d in days:
        svg.append(f"<text x='{x_of[d]:.0f}' y='14' text-anchor='middle'>{d}</text>")
    for i, (d, est, e) in enumerate(dated):
        y = 40 + i * row_h
        x = x_of[d]
        n = b.cite(e.mentions[0].span)
        cls = "tl-dot est" if est else "tl-dot"
        label = escape(_event_line(e) + (f", {e.location.name}" if e.location else ""))
        anchor = "end" if x > width * 0.6 else "start"
        tx = x - 10 if anchor == "end" else x + 10
        svg.append(f"<a href='#{b.anchor(n)}'><circle class='{cls}' cx='{x:.0f}' cy='{y - 4}' r='5'>"
                   f"<title>{label}</title></circle><text x='{tx:.0f}' y='{y}' text-anchor='{anchor}'>"
                   f"{label}</text></a>")
    svg.append("</svg>")
    undated = len(rows) - len(dated)
    note = "<p class='missing'>Hollow dots: undated events placed at their article's date.</p>" \
        if any(r[1] for r in dated) else ""
    if undated:
        note += f"<p class='missing'>{undated} events have no date at all.</p>"
    return "".join(svg) + note


RENDERERS = {".md": render_markdown, ".markdown": render_markdown, ".html": render_html,
             ".htm": render_html}


def write(picture: Picture, path: str) -> None:
    suffix = Path(path).suffix.lower()
    fn = RENDERERS.get(suffix)
    if fn is None:
        raise SystemExit(f"newsdesk: brief {path}: use a .md or .html file name")
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(fn(picture), encoding="utf-8")
