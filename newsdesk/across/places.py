"""The place of one real-world event from the places its mentions give.

Why not a plain vote: an article that never says where an event happened still gets a
place (its dateline or focus city, the extractor's fallback), and for a story covered from
one capital those fallbacks outnumber the one article that names the place ("the deal
reached in Vienna", four reports datelined Washington, Jerusalem and Tehran). A place
the mention's own sentences state therefore counts fully, a fallback little. Places that
agree (the same name, a point within SAME_KM, or a city and the area holding it) back
each other; among equally backed places the most specific wins. A fallback weighs by how
often the story's reports state that place (`scene`): a capital dateline on a report of a
provincial clash should not outvote the city the coverage is about.
"""
from __future__ import annotations

import re
import unicodedata

from ..extract.geo.relative import village_names as _village_names
from ..model import EventMention, Location
from .merge_dateline import filed_and_told, strip_dateline

STATED = 1.0             # the place is named in the mention's sentences
FALLBACK = 0.35          # the article's default place (dateline, focus city)
SCENE_FLOOR = 0.2        # share of FALLBACK kept by a default place the story never states
AGREE_SHARE = 0.3        # share of a compatible place's weight a candidate receives
AREA_SHARE = 1.0         # ... of a mention naming only the area that holds it ("in Sri Lanka")
SAME_KM = 50.0           # points this close back each other (one city and its suburbs)
RANK = {"point": 5, "city": 4, "admin1": 3, "admin2": 3, "country": 2, "region": 1, None: 0}
_NATIONWIDE = re.compile(r"\b(?:nationwide|national (?:state of emergency|curfew|mourning)|"
                         r"(?:across|throughout|around|all over|swept|engulfed) the country|"
                         r"countrywide|in (?:several|many) cities)\b", re.I)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9 ]", " ", s)


def _key(name: str | None) -> str:
    s = re.sub(r"\b(?:al|el|the|province|governorate|city|district|region|of)\b", " ", _fold(name or ""))
    return re.sub(r"[^a-z0-9]", "", s)


def _text(m: EventMention) -> str:
    """The mention's sentences, a heading wire dateline (the filing city) left out."""
    return " ".join(strip_dateline(sp.text) for sp in [m.span, *m.extra_spans])


def _stated(m: EventMention, loc: Location) -> bool:
    """Whether the mention's own sentences name its place (allowing other spellings:
    "Odessa" for Odesa, "Anbar" for Al Anbar), call a country-level event nationwide, or
    name the unknown villages an admin-level place stands for."""
    text = _text(m)
    folded = " " + " ".join(_as_place(_fold(text).split())) + " "
    words = [w for w in _fold(loc.name).split() if w not in ("al", "el", "the", "of")]
    if words and " " + " ".join(words) + " " in folded:
        return True
    if loc.relation and loc.near:
        return True                       # "south of Kirkuk", a landmark's own town
    if loc.precision == "country" and _NATIONWIDE.search(text):
        return True
    if loc.precision in ("admin1", "admin2") and _village_names(text):
        return True                       # "the villages of A, B and C": their area
    if words and len(words[0]) >= 4:      # another romanisation ("Odessa" for Odesa)
        from ..extract.geo.normalize import skeleton
        sk = skeleton(words[0])
        return any(len(w) >= 4 and skeleton(w) == sk for w in folded.split())
    return False


def names_place(m: EventMention, loc: Location) -> bool:
    """Whether the mention's own sentences name `loc` (not the article's fallback place)."""
    return _stated(m, loc)


_PARTY_BEFORE = {"pro", "anti"}
_CAME = {"come", "came", "comes", "coming", "arrived", "arriving", "travelled", "traveled",
         "fans", "supporters", "activists", "radicals", "refugees", "delegates"}


def _as_place(words: list[str]) -> list[str]:
    """The folded words with names used for a party blanked: "pro-Kiev protesters", "the
    Kiev authorities", "radicals who had come from Kiev" name a side or
    an origin, not where the event happened."""
    from ..extract.geo.roles import NOT_PLACE_NOUNS
    out = list(words)
    for i, w in enumerate(words):
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        came = before == "from" and i >= 2 and words[i - 2] in _CAME
        if before in _PARTY_BEFORE or after in NOT_PLACE_NOUNS or came:
            out[i] = "_"
    return out


def _backs(a: Location, b: Location) -> bool:
    """Whether a mention placing the event at `b` backs candidate `a`: the same place, a
    point near it, or an area holding it (a report "in Sri Lanka" backs Colombo). A city
    does not back its country: the country would otherwise collect the votes of every
    town in it and beat each of them."""
    if _key(a.name) and _key(a.name) == _key(b.name):
        return True
    d = a.km_to(b)
    if d is not None and d <= SAME_KM:
        return True
    ra, rb = RANK.get(a.precision, 0), RANK.get(b.precision, 0)
    return bool(a.country) and a.country == b.country and rb <= 2 < ra


def _holds(area: Location, town: Location) -> bool:
    return RANK.get(area.precision, 0) <= 2 < RANK.get(town.precision, 0) and \
        bool(area.country) and area.country == town.country


def scene(mentions: list[EventMention]) -> dict[str, float]:
    """A story's scene: each place's share of the story's mentions that state it outright,
    relative to the most stated place (1.0)."""
    c: dict[str, int] = {}
    for m in mentions:
        if m.location is not None and _stated(m, m.location):
            k = _key(m.location.name) or m.location.name
            c[k] = c.get(k, 0) + 1
    top = max(c.values(), default=0)
    return {k: n / top for k, n in c.items()}


def _fallback(loc: Location, where: dict[str, float] | None) -> float:
    """A fallback place's weight: full when the story's reports state it often (the scene),
    less when they never do (a capital dateline of a report on a provincial town)."""
    if where is None:
        return FALLBACK
    return FALLBACK * max(SCENE_FLOOR, where.get(_key(loc.name) or loc.name, 0.0))


def _within_countries(cands: list[tuple[Location, float]]) -> list[tuple[Location, float]]:
    """Acts happen inside a country: a continent or a bloc ("a coup in west Africa", "the
    flow of refugees to Europe") frames the news, so it places the event only when no
    mention gives a place that lies in a country."""
    if not any(loc.country for loc, _ in cands):
        return cands
    return [(loc, w) for loc, w in cands if loc.country or loc.precision != "region"]


def best_location(mentions: list[EventMention], where: dict[str, float] | None = None
                  ) -> Location | None:
    """The event's place: the candidate with the most weight (own mentions, plus a share of
    the mentions that back it); ties go to the more specific place, then to one with a
    point, then to the first named. `where` (from `scene`) weighs fallback places by how
    often the story states them."""
    cands: list[tuple[Location, float]] = []
    wide: set[int] = set()           # country-wide in the mention's own words
    for m in mentions:
        if m.location is None:
            continue
        if m.location.precision == "country" and _NATIONWIDE.search(_text(m)):
            wide.add(len(cands))
        told = _stated(m, m.location) or filed_and_told(m, m.location, mentions)
        cands.append((m.location, STATED if told else _fallback(m.location, where)))
    if not cands:
        return None
    cands = _within_countries(cands)
    totals: dict[str, float] = {}
    first: dict[str, Location] = {}
    for loc, w in cands:
        k = _key(loc.name) or loc.name
        totals[k] = totals.get(k, 0.0) + w
        old = first.get(k)
        if old is None or (RANK.get(loc.precision, 0), loc.lat is not None) > \
                (RANK.get(old.precision, 0), old.lat is not None):
            first[k] = loc
    scores = {}
    for k, loc in first.items():
        share = sum(w * (AREA_SHARE if _holds(other, loc) else AGREE_SHARE)
                    for j, (other, w) in enumerate(cands)
                    if (_key(other.name) or other.name) != k and j not in wide and _backs(loc, other))
        scores[k] = totals[k] + share
    order = {k: i for i, k in enumerate(first)}
    best = max(first, key=lambda k: (round(scores[k], 6), RANK.get(first[k].precision, 0),
                                     first[k].lat is not None, -order[k]))
    return first[best]
