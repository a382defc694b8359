"""The data model: one module, one central document object (`Article`), and the records
derived from it. Every derived fact carries a `Span` into its article, so provenance is a
type, not a convention. `to_json()` gives the FORMAT.md shape (plus extra keys the scorer
ignores: offsets, classes, per-source figures).
"""
from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field
from typing import Any

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass
class RawDoc:
    """What a reader hands to cleaning: decoded content plus whatever metadata the
    container already knew (a jsonl line, a feed entry, a WARC header)."""
    id: str
    path: str
    kind: str                      # "text" or "html"
    content: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)   # reader remarks: repaired encoding, flattened HTML


@dataclass
class Segment:
    """A run of the clean body copied from the raw text: text[clean:clean+length] ==
    raw[raw:raw+length]. Lets any span of the body be mapped back to the raw input."""
    clean: int
    raw: int
    length: int


@dataclass
class Span:
    """A stretch of an article's clean body, `article.text[start:end]`, with the same stretch
    in the raw input (`raw_start`/`raw_end`) when the body is a copy of it (text input). Make
    spans with `Article.span()` so both are filled."""
    article: str
    start: int
    end: int
    text: str
    raw_start: int | None = None
    raw_end: int | None = None

    def to_json(self) -> dict:
        """`start`/`end` index the raw input where the body maps onto it (plain text), else
        the clean body (HTML); `text_start`/`text_end` always index the clean body."""
        raw = self.raw_start is not None
        return {"article": self.article, "quote": self.text,
                "start": self.raw_start if raw else self.start,
                "end": self.raw_end if raw else self.end,
                "offsets": "raw" if raw else "text",
                "text_start": self.start, "text_end": self.end}


@dataclass
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class Count:
    """A casualty figure as stated: low, and high (None = open-ended)."""
    low: int
    high: int | None

    def to_json(self) -> dict:
        return {"low": self.low, "high": self.high}


@dataclass
class Location:
    name: str
    country: str | None = None     # ISO 3166-1 alpha-2
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None   # "point", "city", "admin1", "country", "region"
    geonameid: int | None = None
    near: bool = False             # the event is near this place, not in it ("south of Kirkuk")
    relation: str | None = None    # the relative phrase, e.g. "50 miles north of"

    def km_to(self, other: "Location") -> float | None:
        """Great-circle distance in km, None when either side has no point."""
        if None in (self.lat, self.lon, other.lat, other.lon):
            return None
        p1, p2 = math.radians(self.lat), math.radians(other.lat)
        dp, dl = p2 - p1, math.radians(other.lon - self.lon)
        h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        return 6371 * 2 * math.asin(min(1.0, math.sqrt(h)))

    def to_json(self) -> dict:
        out = {"name": self.name, "country": self.country, "admin1": self.admin1,
               "lat": self.lat, "lon": self.lon, "precision": self.precision}
        if self.near:
            out["near"] = True
            out["relation"] = self.relation
        return out


@dataclass
class EventMention:
    """One article's statement of an event, before cross-article merging."""
    article: str
    type: str
    span: Span
    mode: str | None = None
    actor: str | None = None
    actor_class: str | None = None
    recipient: str | None = None
    recipient_class: str | None = None
    location: Location | None = None
    date: str | None = None
    date_explicit: bool = False     # the sentence states the day (not the article's default)
    date_estimated: bool = False    # resolved against a date inferred from the story, not stated
    dead: Count | None = None
    injured: Count | None = None
    extra_spans: list[Span] = field(default_factory=list)   # further sentences of the same event
    confidence: float = 1.0

    def sources_json(self) -> list[dict]:
        """One FORMAT.md source per sentence, each carrying this article's own figures."""
        out = []
        for sp in [self.span, *self.extra_spans]:
            src = sp.to_json()
            src["dead"] = self.dead.to_json() if self.dead else None
            src["injured"] = self.injured.to_json() if self.injured else None
            out.append(src)
        return out


@dataclass
class Event:
    """One real-world event with every mention that reports it."""
    id: str
    type: str
    mentions: list[EventMention]
    mode: str | None = None
    actor: str | None = None
    actor_class: str | None = None
    recipient: str | None = None
    recipient_class: str | None = None
    location: Location | None = None
    date: str | None = None
    date_estimated: bool = False    # every source giving this day had no stated date of its own
    dead: Count | None = None
    injured: Count | None = None

    @classmethod
    def from_mention(cls, eid: str, m: EventMention) -> "Event":
        return cls(id=eid, type=m.type, mentions=[m], mode=m.mode, actor=m.actor,
                   actor_class=m.actor_class, recipient=m.recipient,
                   recipient_class=m.recipient_class, location=m.location, date=m.date,
                   date_estimated=m.date_estimated, dead=m.dead, injured=m.injured)

    def to_json(self) -> dict:
        sources = [src for m in self.mentions for src in m.sources_json()]
        return {
            "id": self.id, "type": self.type, "mode": self.mode,
            "actor": self.actor, "actor_class": self.actor_class,
            "recipient": self.recipient, "recipient_class": self.recipient_class,
            "location": self.location.to_json() if self.location else None,
            "date": self.date,
            "date_estimated": self.date_estimated,
            "dead": self.dead.to_json() if self.dead else None,
            "injured": self.injured.to_json() if self.injured else None,
            "sources": sources,
        }


@dataclass
class Quote:
    article: str
    text: str
    span: Span
    speaker: str | None = None
    speaker_span: Span | None = None
    kind: str = "direct"           # "direct" or "indirect"

    def to_json(self) -> dict:
        sp = self.span.to_json()
        return {"speaker": self.speaker, "text": self.text, "article": self.article,
                "kind": self.kind, "start": sp["start"], "end": sp["end"], "offsets": sp["offsets"]}


@dataclass
class Claim:
    article: str
    holder: str | None
    span: Span

    def to_json(self) -> dict:
        sp = self.span.to_json()
        return {"article": self.article, "holder": self.holder, "quote": self.span.text,
                "start": sp["start"], "end": sp["end"], "offsets": sp["offsets"]}


@dataclass
class Dispute:
    topic: str
    claims: list[Claim]
    kind: str | None = None        # "cause", "responsibility", "count", "occurrence", ...

    def to_json(self) -> dict:
        return {"topic": self.topic, "kind": self.kind, "claims": [c.to_json() for c in self.claims]}


@dataclass
class Story:
    id: str
    title: str | None
    articles: list[str]

    def to_json(self) -> dict:
        return {"id": self.id, "title": self.title, "articles": list(self.articles)}


@dataclass
class Article:
    """The central document object. Cleaning fills text/metadata; later stages add layers
    (sentences, mentions, quotes); cross-article stages set story and duplicate_of."""
    id: str
    raw: str
    kind: str = "text"
    path: str | None = None
    text: str = ""
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None
    lang: str | None = None
    segments: list[Segment] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[EventMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    story: str | None = None
    duplicate_of: str | None = None
    notes: list[str] = field(default_factory=list)
    layers: dict[str, Any] = field(default_factory=dict)   # scratch space for components

    def span(self, start: int, end: int) -> Span:
        raw = self.raw_offsets(start, end)
        return Span(self.id, start, end, self.text[start:end],
                    raw[0] if raw else None, raw[1] if raw else None)

    def raw_offsets(self, start: int, end: int) -> tuple[int, int] | None:
        """Map a body span to raw-input offsets (None when the body is not a copy of raw,
        as for HTML input)."""
        if not self.segments:
            return None
        keys = [s.clean for s in self.segments]

        def one(pos: int, is_end: bool) -> int | None:
            i = bisect.bisect_right(keys, pos - (1 if is_end else 0)) - 1
            if i < 0:
                return None
            seg = self.segments[i]
            off = pos - seg.clean
            if off > seg.length:
                return None
            return seg.raw + off

        a, b = one(start, False), one(end, True)
        return (a, b) if a is not None and b is not None else None

    def to_json(self) -> dict:
        out = {"id": self.id, "title": self.title, "outlet": self.outlet,
               "published": self.published, "text": self.text, "story": self.story,
               "author": self.author, "url": self.url}
        if self.duplicate_of:
            out["duplicate_of"] = self.duplicate_of
        if self.notes:
            out["notes"] = list(self.notes)
        return out


@dataclass
class Picture:
    articles: list[Article] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    stats: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "articles": [a.to_json() for a in self.articles],
            "events": [e.to_json() for e in self.events],
            "quotes": [q.to_json() for q in self.quotes],
            "disputes": [d.to_json() for d in self.disputes],
            "stories": [s.to_json() for s in self.stories],
        }
