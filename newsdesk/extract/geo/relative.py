"""The event place of one sentence.

Picks the most specific resolvable name, reads relative phrasing ("south of Kirkuk",
"50 miles north of Baghdad", "outside Mosul": the anchor place, marked near), and falls
back to the smallest named admin area when villages are unknown ("the villages of A, B and
C ... in Salahuddin province" -> Salahuddin). A small place is accepted only when it lies
inside an area the same sentence names, or when the article backs its country: unknown
Iraqi villages must not resolve to namesakes in Azerbaijan.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .resolve import ArticleGeo, GeoLocation

_DIR = r"(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?"
_RELATION = re.compile(
    r"(?P<rel>(?:(?:about|some|around|nearly|roughly|approximately)\s+)?"
    r"(?:\d[\d,.]*|a few|several|\w+)\s*[- ]?(?:miles?|mi|km|kms|kilometers?|kilometres?)\s+"
    r"(?:\(\d[\d,.]*\s*(?:miles?|km)\)\s+)?(?:to the\s+)?" + _DIR + r"\s+of"
    r"|(?:to the\s+|just\s+)?" + _DIR + r"\s+of"
    r"|near|nearby|outside|outside of|close to|on the outskirts of|the outskirts of|outskirts of"
    r"|on the edge of|on the road (?:from|to)|road (?:from|to)|highway (?:from|to)"
    r"|between)\s+(?:the\s+)?(?:(?:city|town|village|province|district|capital)\s+of\s+)?$",
    re.IGNORECASE)


def relation_before(sentence: str, start: int) -> str | None:
    """The relative phrase ending right before a name, if any."""
    m = _RELATION.search(sentence[max(0, start - 80):start])
    return m.group("rel").strip() if m else None


def locate_in_sentence(geo: "ArticleGeo", sentence: str, names: list[str]) -> "GeoLocation | None":
    found = []
    for order, name in enumerate(dict.fromkeys(n.strip() for n in names if n and n.strip())):
        b = geo.best(name)
        if not b:
            continue
        pos = sentence.find(name)
        rel = relation_before(sentence, pos) if pos >= 0 else None
        found.append((b[0], name, rel, pos if pos >= 0 else 10_000 + order))
    if not found:
        return None
    areas = [f for f in found if geo.gz.kind(f[0].id) in ("admin1", "admin2", "country")]
    accepted = []
    for f in found:
        hit, name = f[0], f[1]
        if geo.gz.kind(hit.id) in ("city", "feature", "admin2"):
            inside = [a for a in areas if a is not f and geo.specificity(a[0]) < geo.specificity(hit)]
            if inside:
                if not any(geo.contains(a[0], hit) for a in inside):
                    continue
            elif not geo.supported(hit, name):
                continue
        accepted.append(f)
    if not accepted:
        return None
    # most specific; among equals, a direct mention beats a "near" one, then text order
    hit, name, rel, _ = max(accepted, key=lambda f: (geo.specificity(f[0]), f[2] is None, -f[3]))
    loc = geo.resolve(name)
    if loc is None:
        return None
    return replace(loc, near=True, relation=rel) if rel else loc
