"""One record per real-world event: mentions from different articles of one story that
describe the same event are merged, every mention kept as a source.

Why best-first linking with vetoes: news coverage of one story names many events of one
type (two camps stormed, three bombings), so two mentions merge only when nothing rules it
out (another type, dates more than a day apart, the same article twice) and their wording,
place, actors and figures agree enough; two distinct specific places count against. Pairs are
joined best first, and a join is refused if any pair across the two groups is vetoed.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from ..model import Article, Count, Event, EventMention, Location, Picture
from ..pipeline import corpus_step
from . import embed
from .stories import parse_time

PRECISION_RANK = {"point": 5, "city": 4, "admin1": 3, "country": 2, "region": 1, None: 0}


@dataclass
class MergeParams:
    threshold: float = 0.6
    w_text: float = 1.0
    w_place: float = 0.35
    w_date: float = 0.1
    w_actor: float = 0.35
    w_recipient: float = 0.5
    w_count: float = 0.3
    w_lead: float = 0.0          # both lead their article (first event of the type); no gain on dev
    max_km: float = 60.0


def _norm(name: str | None) -> str:
    return " ".join(embed.words(name or ""))


def place_relation(a: Location | None, b: Location | None, max_km: float) -> float | None:
    """1 same place, 0.5 one contains the other (a city and its country), 0 unknown or
    only countries that differ (extracted country-level places are often just a party's
    home), -1 contradictory (two distinct specific places)."""
    if a is None or b is None:
        return 0.0
    ra, rb = PRECISION_RANK.get(a.precision, 0), PRECISION_RANK.get(b.precision, 0)
    if a.country and b.country and a.country != b.country:
        return 0.0 if max(ra, rb) in (1, 2) and min(ra, rb) in (1, 2) else -1.0
    if a.geonameid and a.geonameid == b.geonameid:
        return 1.0
    na, nb = _norm(a.name), _norm(b.name)
    if na and na == nb:
        return 1.0
    d = a.km_to(b)
    if d is not None and d <= max_km:
        return 1.0 if d <= 10 else 0.7
    if na and nb and (set(na.split()) <= set(nb.split()) or set(nb.split()) <= set(na.split())):
        return 0.7
    if min(ra, rb) in (1, 2, 3) and ra != rb:     # a region / country / province vs a place in it
        return 0.5
    if d is not None and d > max_km and min(ra, rb) >= 4:
        return -1.0
    return 0.0


def _day(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def date_relation(a: str | None, b: str | None) -> float | None:
    da, db = _day(a), _day(b)
    if da is None or db is None:
        return 0.0
    gap = abs((da - db).days)
    return 1.0 if gap == 0 else 0.5 if gap == 1 else None


def _overlap(a: str | None, b: str | None) -> float:
    wa, wb = set(embed.words(a or "")), set(embed.words(b or ""))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def count_relation(a: Count | None, b: Count | None) -> float:
    if a is None or b is None:
        return 0.0
    if a.low == b.low:
        return 1.0
    hi = max(a.low, b.low)
    return 0.5 if hi and abs(a.low - b.low) / hi <= 0.5 else 0.0


class _Mention:
    """A mention with the features the linker compares."""

    def __init__(self, m: EventMention, order: int, lead: bool = False):
        self.m = m
        self.order = order
        self.lead = lead
        text = " ".join(sp.text for sp in [m.span, *m.extra_spans])
        self.vec = embed.term_weights("", text)


def _veto(a: _Mention, b: _Mention, p: MergeParams) -> bool:
    """Never one event: two mentions of one article (the extractor already grouped those),
    two types, or two dates days apart (dated events are the extractor's surest field)."""
    return (a.m.article == b.m.article or a.m.type != b.m.type
            or date_relation(a.m.date, b.m.date) is None)


def _score(a: _Mention, b: _Mention, p: MergeParams) -> float:
    text = sum(w * b.vec.get(t, 0.0) for t, w in a.vec.items())
    return (p.w_text * text
            + p.w_place * place_relation(a.m.location, b.m.location, p.max_km)
            + p.w_date * (date_relation(a.m.date, b.m.date) or 0.0)
            + p.w_actor * _overlap(a.m.actor, b.m.actor)
            + p.w_recipient * _overlap(a.m.recipient, b.m.recipient)
            + p.w_count * max(count_relation(a.m.dead, b.m.dead),
                              count_relation(a.m.injured, b.m.injured))
            + p.w_lead * (a.lead and b.lead))


def _copied(a: _Mention, b: _Mention, copies: dict[str, str]) -> bool:
    linked = copies.get(a.m.article) == b.m.article or copies.get(b.m.article) == a.m.article
    return linked and sum(w * b.vec.get(t, 0.0) for t, w in a.vec.items()) >= 0.8


def group_mentions(mentions: list[EventMention], params: MergeParams | None = None,
                   copies: dict[str, str] | None = None) -> list[list[EventMention]]:
    """Partition the mentions of one story into events (each a list, input order kept).
    `copies` ({copy article: original article}, from the duplicates step) links a wire
    copy's mention to the original's matching one before anything else."""
    p = params or MergeParams()
    first: dict[tuple[str, str], EventMention] = {}
    for m in mentions:      # the lead event of each type in each article: the story's main one
        key = (m.article, m.type)
        if key not in first or m.span.start < first[key].span.start:
            first[key] = m
    ms = [_Mention(m, i, first[(m.article, m.type)] is m) for i, m in enumerate(mentions)]
    parent = list(range(len(ms)))
    groups: dict[int, list[int]] = {i: [i] for i in range(len(ms))}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    pairs = []
    for i in range(len(ms)):
        for j in range(i + 1, len(ms)):
            if ms[i].m.type != ms[j].m.type or ms[i].m.article == ms[j].m.article:
                continue
            if _veto(ms[i], ms[j], p):
                continue
            s = _score(ms[i], ms[j], p)
            if copies and _copied(ms[i], ms[j], copies):
                s += 10.0                       # the same report, republished
            if s >= p.threshold:
                pairs.append((s, i, j))
    for s, i, j in sorted(pairs, reverse=True):
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        gi, gj = groups[ri], groups[rj]
        if any(_veto(ms[x], ms[y], p) for x in gi for y in gj):
            continue
        parent[rj] = ri
        groups[ri] = gi + gj
        del groups[rj]
    return [[ms[k].m for k in sorted(g)] for g in sorted(groups.values(), key=min)]


def _best_location(ms: list[EventMention]) -> Location | None:
    """The most named place; among equally named ones, the most specific."""
    locs = [m.location for m in ms if m.location is not None]
    if not locs:
        return None
    votes = Counter(_norm(l.name) for l in locs)
    return max(locs, key=lambda l: (votes[_norm(l.name)], PRECISION_RANK.get(l.precision, 0),
                                    l.lat is not None))


def _best_value(values: list[str | None]) -> str | None:
    vals = [v for v in values if v]
    if not vals:
        return None
    c = Counter(vals)
    return max(c, key=lambda v: (c[v], -vals.index(v)))


def _best_count(ms: list[EventMention], field: str, when: dict[str, float]) -> Count | None:
    """The most cited figure; ties go to the latest report, then the larger toll (tolls
    rise as bodies are found: the later official figure is the better supported one)."""
    figs = [(getattr(m, field), when.get(m.article, -1.0)) for m in ms if getattr(m, field)]
    if not figs:
        return None
    c = Counter((f.low, f.high) for f, _ in figs)
    latest: dict[tuple, float] = {}
    for f, t in figs:
        latest[(f.low, f.high)] = max(latest.get((f.low, f.high), -1.0), t)
    low, high = max(c, key=lambda k: (c[k], latest[k], k[0]))
    return Count(low, high)


def build_event(eid: str, ms: list[EventMention], when: dict[str, float],
                copies: dict[str, str] | None = None) -> Event:
    """The event's own values from its mentions; a wire copy's mention is attached (its
    outlet is a source) but does not vote twice for the original's values."""
    ev = Event.from_mention(eid, ms[0])
    ev.mentions = list(ms)
    ms = [m for m in ms if m.article not in (copies or {})] or ms
    ev.location = _best_location(ms)
    ev.date = _best_value([m.date for m in ms])
    for attr in ("mode", "actor", "actor_class", "recipient", "recipient_class"):
        setattr(ev, attr, _best_value([getattr(m, attr) for m in ms]))
    ev.dead = _best_count(ms, "dead", when)
    ev.injured = _best_count(ms, "injured", when)
    return ev


def merge(articles: list[Article], params: MergeParams | None = None) -> list[Event]:
    """Events for all articles, merged within each story, ids e1.. in order of first mention."""
    when = {a.id: parse_time(a.published) or -1.0 for a in articles}
    copies = {a.id: a.duplicate_of for a in articles if a.duplicate_of}
    by_story: dict[str, list[EventMention]] = {}
    for art in articles:
        key = art.story or f"alone:{art.id}"
        by_story.setdefault(key, []).extend(art.mentions)
    rank = {}
    for a_i, art in enumerate(articles):
        for m_i, m in enumerate(art.mentions):
            rank[id(m)] = (a_i, m_i)
    groups = [g for ms in by_story.values() for g in group_mentions(ms, params, copies)]
    groups.sort(key=lambda g: min(rank[id(m)] for m in g))
    return [build_event(f"e{k}", g, when, copies) for k, g in enumerate(groups, 1)]


@corpus_step("merge_events")
def merge_events(articles: list[Article], picture: Picture) -> None:
    picture.events = merge(articles)
