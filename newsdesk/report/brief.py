"""The brief: a cited situation report per story, as Markdown or one self-contained HTML page.

Every summary sentence, figure, quote and claim links to the exact source sentence, which is
listed verbatim in the story's sources section. The page makes no external request."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from ..model import Article, Dispute, Event, Picture, Quote, Span, Story
from .summary import SummarySentence, summarize
from .summary_quotes import whole_quotes
from .svgmap import MapPoint, TimelineRow, render_svg, render_timeline


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
    """(date, is_estimated): a day only inferred from the story's other articles, and an
    undated event placed at its first article's (stated or estimated) date, are marked."""
    if ev.date:
        return ev.date, ev.date_estimated
    for m in ev.mentions:
        a = arts.get(m.article)
        day = a and (a.published or a.layers.get("date_estimate"))
        if day:
            return day, True
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
        summary = whole_quotes(summarize(s_arts), s_arts)
        briefs.append(StoryBrief(story, s_arts, s_events, s_quotes, s_disputes, summary))
    # stories with the most sources first: that is where the situation is
    briefs.sort(key=lambda b: (-len(b.articles), -len(b.events), b.story.id))
    return briefs


_COUNTED = re.compile(
    r"^(?:(?:at least|more than|as many as|up to|about|around|some|nearly|almost|over|between)\s+)?"
    r"(?:\d[\d,]*(?:\s+(?:and|to)\s+\d[\d,]*)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|a dozen|dozens|hundreds|thousands|scores|tens)\b\s*(?:of\s+(?:the\s+)?)?(?:other\s+|more\s+)?",
    re.I)


def party(name: str | None) -> str | None:
    """A party as the brief shows it: the count goes to the figures ("35 villagers" ->
    "villagers", "Twelve others" / "Dozens" -> "people"), the name stays."""
    if not name:
        return name
    rest = _COUNTED.sub("", name).strip()
    if rest == name.strip():
        return name
    return rest if rest and rest.lower() not in ("others", "other", "more", "people") else "people"


def _event_line(ev: Event) -> str:
    who = party(ev.actor) or "unknown actor"
    whom = f" → {party(ev.recipient)}" if ev.recipient else ""
    mode = f" ({ev.mode})" if ev.mode else ""
    return f"{ev.type.title()}{mode}: {who}{whom}"


def _place(ev: Event) -> str:
    if not ev.location:
        return ""
    loc = ev.location
    return loc.name + (f", {loc.country}" if loc.country and loc.country not in loc.name else "")


MAX_ROWS = 40          # events listed per story (busiest first); the JSON export has all
MAX_PER_EVENT = 8      # per-outlet figures shown per event


def _n(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


def _counts_line(picture: Picture, briefs: list) -> str:
    outlets = len({a.outlet or a.id for a in picture.articles})
    return (f"{_n(len(picture.articles), 'article')} from {_n(outlets, 'outlet')}, "
            f"{_n(len(briefs), 'story', 'stories')}, {_n(len(picture.events), 'event')}.")


def _q(text: str) -> str:
    """Text in curly quotes, unless it already opens with a quotation mark."""
    t = text.strip()
    return t if t[:1] in "\"“‘'" else f"“{t}”"


def _top_events(b: "StoryBrief") -> list[Event]:
    """The events to list: all of them, or the MAX_ROWS with most sources."""
    if len(b.events) <= MAX_ROWS:
        return b.events
    keep = sorted(b.events, key=lambda e: (-len({m.article for m in e.mentions}), e.id))[:MAX_ROWS]
    ids = {e.id for e in keep}
    return [e for e in b.events if e.id in ids]


def _quote_groups(b: "StoryBrief") -> list[tuple[str, list[tuple[str, list[Quote]]]]]:
    """Quotes by speaker (most quoted first), the same words from several outlets merged."""
    by: dict[str, dict[str, list[Quote]]] = defaultdict(dict)
    for q in b.quotes:
        key = " ".join(q.text.lower().split()).strip(" ,.")
        by[q.speaker or "unattributed"].setdefault(key, []).append(q)
    return sorted(((sp, [(qs[0].text.strip().rstrip(","), qs) for qs in d.values()])
                   for sp, d in by.items()), key=lambda kv: (kv[0] == "unattributed", -len(kv[1])))


def _outlets(b: "StoryBrief", top: int = 12) -> str:
    """The story's outlets, most articles first; past `top`, a count of the rest."""
    counts: dict[str, int] = defaultdict(int)
    for a in b.articles:
        counts[b.outlet(a.id)] += 1
    names = sorted(counts, key=lambda o: (-counts[o], o))
    shown = ", ".join(f"{o} ({counts[o]})" if counts[o] > 1 else o for o in names[:top])
    return shown + (f" and {_n(len(names) - top, 'more outlet')}" if len(names) > top else "")


def _holder(b: "StoryBrief", c) -> str:
    outlet = b.outlet(c.article)
    return f"{c.holder} ({outlet})" if c.holder and c.holder != outlet and c.holder != c.article else outlet


# ---------------------------------------------------------------- Markdown

def render_markdown(picture: Picture, briefs: list[StoryBrief] | None = None) -> str:
    """The brief as Markdown (`briefs` may be passed to inspect what was cited)."""
    arts = {a.id: a for a in picture.articles}
    out = ["# Situation brief", ""]
    briefs = build(picture) if briefs is None else briefs
    out.append(_counts_line(picture, briefs))
    out.append("")
    for b in briefs:
        out += [f"## {b.story.title or b.story.id}", ""]
        out.append(f"*{_n(len(b.articles), 'article')}: {_outlets(b)}*")
        out.append("")
        out += ["### Summary", ""]
        if b.summary:
            for s in b.summary:
                out.append(f"{s.text} ({_md_cites(b, s.spans)})")
            out.append("")
        else:
            out += ["_No article text to summarise._", ""]
        out += _md_figures(b) + _md_timeline(b, arts) + _md_events(b) + _md_quotes(b)
        out += _md_disputes(b) + _md_sources(b, arts)
    return "\n".join(out).rstrip() + "\n"


def _md_cites(b: StoryBrief, spans: list[Span]) -> str:
    """"The Lima Ledger [1]; The Andes Courier [4]": outlet names with source numbers."""
    return "; ".join(f"{b.outlet(sp.article)} [{b.cite(sp)}]" for sp in spans)


def _md_figures(b: StoryBrief) -> list[str]:
    rows = [e for e in _top_events(b) if e.dead or e.injured]
    out = ["### Key figures", ""]
    if not rows:
        return out + ["_No casualty figures reported._", ""]
    for e in rows:
        out.append(f"- **{_event_line(e)}** {_place(e)}: dead {_fmt_count(e.dead) or '–'}, "
                   f"injured {_fmt_count(e.injured) or '–'}")
        ms = [m for m in e.mentions if m.dead or m.injured]
        for m in ms[:MAX_PER_EVENT]:
            out.append(f"  - {b.outlet(m.article)}: dead {_fmt_count(m.dead) or '–'}, "
                       f"injured {_fmt_count(m.injured) or '–'} [{b.cite(m.span)}]")
        if len(ms) > MAX_PER_EVENT:
            out.append(f"  - and {_n(len(ms) - MAX_PER_EVENT, 'more report')}")
    return out + [""]


def _md_timeline(b: StoryBrief, arts) -> list[str]:
    out = ["### Timeline", ""]
    if not b.events:
        return out + ["_No events were found in this story._", ""]
    rows = [(*_event_date(e, arts), e) for e in _top_events(b)]
    dated = sorted((r for r in rows if r[0]), key=lambda t: (t[0], t[2].id))
    if not dated:
        return out + [f"_No dated events: {_n(len(rows), 'event')} without a date (see the events table)._", ""]
    for d, est, e in dated:
        out.append(f"- **{d}**{' (estimated)' if est else ''} — {_event_line(e)}"
                   + (f", {_place(e)}" if e.location else "") + f" [{b.cite(e.mentions[0].span)}]")
    if len(rows) > len(dated):
        out += ["", f"_{_n(len(rows) - len(dated), 'more event')} without a date (see the events table)._"]
    return out + [""]


def _md_events(b: StoryBrief) -> list[str]:
    if not b.events:
        return []
    out = ["### Events", "", "| type | mode | who | whom | where | when | dead | injured | sources |",
           "|---|---|---|---|---|---|---|---|---|"]
    for e in _top_events(b):
        cell = lambda s: (s or "").replace("|", "/")  # noqa: E731
        out.append(f"| {e.type} | {cell(e.mode)} | {cell(party(e.actor))} | {cell(party(e.recipient))} | "
                   f"{cell(_place(e))} | {e.date or ''} | {_fmt_count(e.dead)} | "
                   f"{_fmt_count(e.injured)} | {len({m.article for m in e.mentions})} |")
    if len(b.events) > MAX_ROWS:
        out += ["", f"_{MAX_ROWS} of {len(b.events)} events shown (most sources first); "
                "the JSON export lists all._"]
    return out + [""]


def _md_quotes(b: StoryBrief) -> list[str]:
    if not b.quotes:
        return []
    out = ["### Quotes", ""]
    for speaker, quotes in _quote_groups(b):
        out.append(f"- **{speaker}**")
        for text, qs in quotes:
            out.append(f"  - {_q(text)} ({_md_cites(b, [q.span for q in qs])})")
    return out + [""]


def _md_disputes(b: StoryBrief) -> list[str]:
    if not b.disputes:
        return []
    out = ["### Disputes", ""]
    for d in b.disputes:
        out.append(f"- **{d.topic}**")
        for c in d.claims:
            out.append(f"  - {_holder(b, c)}: {_q(c.span.text)} [{b.cite(c.span)}]")
    return out + [""]


def _md_sources(b: StoryBrief, arts) -> list[str]:
    out = ["### Sources", ""]
    for n, sp in enumerate(b.cited, 1):
        out.append(f"{n}. {b.outlet(sp.article)}: {_q(sp.text)}")
    out += ["", "Articles:", ""]
    for a in b.articles[:MAX_ROWS * 5]:
        out.append(f"- {_article_meta(a)}")
    if len(b.articles) > MAX_ROWS * 5:
        out.append(f"- and {_n(len(b.articles) - MAX_ROWS * 5, 'more article')}")
    return out + [""]


def _article_meta(a: Article) -> str:
    """Outlet, title, date, link: how an analyst finds the article again."""
    bits = [a.outlet or a.id]
    if a.title:
        bits.append(_q(a.title))
    if a.published:
        bits.append(a.published)
    if a.url:
        bits.append(f"<{a.url}>")
    return ", ".join(bits)


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
.lbl{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
svg text.cty{fill:#9a8d6a;font-size:12px;letter-spacing:2px}
.timeline{max-width:100%;height:auto} .tl-axis{stroke:#555} .tl-dot{fill:#1f5f99}
.est{fill:#fff;stroke:#1f5f99;stroke-width:2} ol.sources li:target{background:#fff3b0}
blockquote{margin:.3em 0 .3em 1em;color:#333} .holder{font-weight:bold;margin-bottom:0}
.meta{font-style:italic;color:#555} .cite{font:12px Helvetica,Arial,sans-serif;color:#555}
.cite a{color:#1f5f99;text-decoration:none} .summary{font-size:16px} .tl-date{font-weight:bold}
ol.sources li{margin-bottom:.3em} details{margin:.5em 0 2em;color:#555}
"""


def render_html(picture: Picture, briefs: list[StoryBrief] | None = None) -> str:
    arts = {a.id: a for a in picture.articles}
    briefs = build(picture) if briefs is None else briefs
    parts = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
             "<meta name='viewport' content='width=device-width,initial-scale=1'>",
             "<title>Situation brief</title><style>", CSS, "</style></head><body>",
             "<h1>Situation brief</h1>", f"<p>{escape(_counts_line(picture, briefs))}</p>"]
    if len(briefs) > 1:
        parts.append("<nav><ol>" + "".join(
            f"<li><a href='#{escape(b.story.id)}'>{escape(b.story.title or b.story.id)}</a> "
            f"({_n(len(b.articles), 'article')})</li>" for b in briefs) + "</ol></nav>")
    for b in briefs:
        parts.append(_html_story(b, arts))
    parts.append("</body></html>")
    return "".join(parts)


def _ref(b: StoryBrief, sp: Span, label: str | None = None) -> str:
    n = b.cite(sp)
    return (f"<sup><a href='#{b.anchor(n)}' title='{escape(b.outlet(sp.article))}, source {n}'>"
            f"{escape(label or b.outlet(sp.article))}</a></sup>")


def _cites(b: StoryBrief, spans: list[Span]) -> str:
    """" [Outlet A, Outlet B]": the outlets stating a sentence, each linking to its source."""
    links = ", ".join(f"<a href='#{b.anchor(b.cite(sp))}' title='source {b.cite(sp)}'>"
                      f"{escape(b.outlet(sp.article))}</a>" for sp in spans)
    return f" <span class='cite'>[{links}]</span>"


def _html_story(b: StoryBrief, arts) -> str:
    h = [f"<section id='{escape(b.story.id)}'><h2>{escape(b.story.title or b.story.id)}</h2>",
         f"<p class='meta'>{_n(len(b.articles), 'article')}: {escape(_outlets(b))}</p>",
         "<h3>Summary</h3>"]
    if b.summary:
        h.append("<p class='summary'>" + " ".join(
            escape(s.text) + _cites(b, s.spans) for s in b.summary) + "</p>")
    else:
        h.append("<p class='missing'>No article text to summarise.</p>")
    h += _html_figures(b)
    h.append("<h3>Timeline</h3>" + _html_timeline(b, arts))
    h += _html_map(b) + _html_events(b) + _html_quotes(b) + _html_disputes(b) + _html_sources(b)
    h.append("</section>")
    return "".join(h)


def _html_figures(b: StoryBrief) -> list[str]:
    h = ["<h3>Key figures</h3>"]
    figs = [e for e in _top_events(b) if e.dead or e.injured]
    if not figs:
        return h + ["<p class='missing'>No casualty figures reported.</p>"]
    h.append("<table><tr><th>event</th><th>where</th><th>dead</th><th>injured</th><th>as reported</th></tr>")
    for e in figs:
        ms = [m for m in e.mentions if m.dead or m.injured]
        per = "<br>".join(f"{escape(b.outlet(m.article))}: dead {_fmt_count(m.dead) or '–'}, "
                          f"injured {_fmt_count(m.injured) or '–'}{_ref(b, m.span, '¶')}"
                          for m in ms[:MAX_PER_EVENT])
        if len(ms) > MAX_PER_EVENT:
            per += f"<br>and {_n(len(ms) - MAX_PER_EVENT, 'more report')}"
        h.append(f"<tr><td>{escape(_event_line(e))}</td><td>{escape(_place(e))}</td>"
                 f"<td>{_fmt_count(e.dead) or '–'}</td><td>{_fmt_count(e.injured) or '–'}</td><td>{per}</td></tr>")
    return h + ["</table>"]


def _html_map(b: StoryBrief) -> list[str]:
    """Dots for events placed at a town or finer; events known only to a country or region
    are named under the map (a dot at a country's centre would claim a place we don't know)."""
    pts, coarse = [], defaultdict(int)
    for e in b.events:
        loc = e.location
        if not (loc and loc.lat is not None and loc.lon is not None):
            continue
        if (loc.precision or "") in ("country", "region"):
            coarse[loc.name] += 1
            continue
        n = b.cite(e.mentions[0].span)
        weight = (e.dead.low if e.dead else 0) + (e.injured.low if e.injured else 0)
        pts.append(MapPoint(loc.lat, loc.lon, loc.name, min(weight, 10000),
                            f"{_event_line(e)} ({loc.name})", b.anchor(n)))
    h = ["<h3>Map</h3>", render_svg(pts, countries_hint={e.location.country for e in b.events if e.location})
         if pts or not coarse else "<p class='missing'>No event is placed more precisely than a "
         "country or region, so there is no map.</p>"]
    if pts:
        h.append("<p class='missing'>Dot size: dead and injured reported; "
                 "a dot with a count stands for several events at one place.</p>")
    if coarse:
        h.append("<p class='missing'>Located only to a country or region (shaded, no dot): " + escape(
            ", ".join(f"{name} ({_n(k, 'event')})" for name, k in sorted(coarse.items()))) + ".</p>")
    missing = sum(1 for e in b.events if not (e.location and e.location.lat is not None))
    if missing and (pts or coarse):
        h.append(f"<p class='missing'>{_n(missing, 'event')} without a known place.</p>")
    return h


def _html_events(b: StoryBrief) -> list[str]:
    if not b.events:
        return []
    h = ["<h3>Events</h3><table><tr><th>type</th><th>mode</th><th>who</th><th>whom</th>"
         "<th>where</th><th>when</th><th>dead</th><th>injured</th><th>sources</th></tr>"]
    for e in _top_events(b):
        h.append("<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in (
            e.type, e.mode or "", party(e.actor) or "", party(e.recipient) or "", _place(e), e.date or "",
            _fmt_count(e.dead), _fmt_count(e.injured))) +
            f"<td>{len({m.article for m in e.mentions})} {_ref(b, e.mentions[0].span, '¶')}</td></tr>")
    h.append("</table>")
    if len(b.events) > MAX_ROWS:
        h.append(f"<p class='missing'>{MAX_ROWS} of {len(b.events)} events shown (most sources "
                 "first); the JSON export lists all.</p>")
    return h


def _html_quotes(b: StoryBrief) -> list[str]:
    if not b.quotes:
        return []
    h = ["<h3>Quotes</h3>"]
    for speaker, quotes in _quote_groups(b):
        h.append(f"<p class='holder'>{escape(speaker)}</p>")
        h += [f"<blockquote>{escape(_q(text))}{_cites(b, [q.span for q in qs])}</blockquote>"
              for text, qs in quotes]
    return h


def _html_disputes(b: StoryBrief) -> list[str]:
    if not b.disputes:
        return []
    h = ["<h3>Disputes</h3>"]
    for d in b.disputes:
        h.append(f"<p><strong>{escape(d.topic)}</strong></p><ul>")
        h += [f"<li><span class='holder'>{escape(_holder(b, c))}</span>: "
              f"{escape(_q(c.span.text))}{_ref(b, c.span, '¶')}</li>" for c in d.claims]
        h.append("</ul>")
    return h


def _html_sources(b: StoryBrief) -> list[str]:
    h = ["<h3>Sources</h3><ol class='sources'>"]
    titles = {a.id: a.title for a in b.articles}
    for n, sp in enumerate(b.cited, 1):
        h.append(f"<li id='{b.anchor(n)}' title='{escape(titles.get(sp.article) or '')}'>"
                 f"<strong>{escape(b.outlet(sp.article))}</strong>: {escape(_q(sp.text))}</li>")
    h.append("</ol><details><summary>" + _n(len(b.articles), "article") + " in this story</summary><ul>")
    h += [f"<li>{escape(_article_meta(a))}</li>" for a in b.articles]
    return h + ["</ul></details>"]


def _html_timeline(b: StoryBrief, arts) -> str:
    rows = [(*_event_date(e, arts), e) for e in _top_events(b)]
    dated = [r for r in rows if r[0]]
    if not dated:
        return (f"<p class='missing'>No dated events in this story ({_n(len(rows), 'event')} "
                "without a date; see the events table).</p>") if rows else \
            "<p class='missing'>No dated events in this story.</p>"
    svg = render_timeline([TimelineRow(d, _event_line(e) + (f", {_place(e)}" if e.location else ""),
                                       est, b.anchor(b.cite(e.mentions[0].span))) for d, est, e in dated])
    note = "<p class='missing'>Hollow dots: estimated days (undated events placed at their article's date, or a day inferred from the story's dated articles).</p>" \
        if any(r[1] for r in dated) else ""
    if len(rows) > len(dated):
        note += f"<p class='missing'>{_n(len(rows) - len(dated), 'event')} with no date at all.</p>"
    return svg + note


RENDERERS = {".md": render_markdown, ".markdown": render_markdown, ".html": render_html,
             ".htm": render_html}


def write(picture: Picture, path: str) -> None:
    suffix = Path(path).suffix.lower()
    fn = RENDERERS.get(suffix)
    if fn is None:
        raise SystemExit(f"newsdesk: brief {path}: use a .md or .html file name")
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(fn(picture), encoding="utf-8")
