"""Backing an article's places from beyond the names the caller passed: an unknown name led
by a well-known place ("Kerch Strait", "Kharkiv Tractor Plant"), the well-known places the
whole text names, and the town an unknown street is written with ("Hyde Road, Gillingham").
The events step passes only its sentences' names, so an article can name its country's
capital elsewhere and still leave a mid-sized town (Salisbury, England, with namesakes in
the US and Australia) unbacked, or name no known place at all."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsdesk.nlp.words import literal_then

from .candidates import _is_acronym, candidates
from .gazetteer import Hit
from .normalize import key

if TYPE_CHECKING:
    from .resolve import ArticleGeo

LED_VOTES = True             # an unknown name led by a well-known place votes for it ...
LED_ONLY_ALONE = True        # ... only where no name the gazetteer knows gives the article a country
# (voting beside known names moved LGL -0.1 and GeoWebNews +0.3: not kept)


def led_votes(geo: "ArticleGeo") -> dict[str, Hit]:
    """name -> the well-known place it begins with, for the unknown names that vote for it."""
    if not LED_VOTES or LED_ONLY_ALONE and any(geo.cands.values()):
        return {}
    return {n: h for n in geo.cands if not geo.cands[n] and (h := led_by(geo, n)) is not None}


def led_by(geo: "ArticleGeo", name: str) -> Hit | None:
    """The well-known place an unknown name begins with, chosen without context (the votes
    are not in yet): such a name is about that place."""
    from .resolve import _GENERIC
    gz, words = geo.gz, name.split()
    for n in range(len(words) - 1, 0, -1):
        sub = " ".join(words[:n])
        if sub.lower() in _GENERIC or len(sub) < 4 or gz.demonym_place(sub) is not None:
            continue
        hits = [h for h, _ in candidates(sub, gz) if h.how == "exact"]
        if hits:
            h = max(hits, key=lambda h: gz.prior(h.id))
            return h if geo._well_known(h.id, sub) else None
    return None


def text_countries(geo: "ArticleGeo") -> dict[str, set[str]]:
    """Country -> keys of the well-known places the whole text names there, each read
    without context (its likeliest candidate); an all-caps name counts only as a country
    ("PA Wire", the news agency, is no Pennsylvania)."""
    from .relative import harvest_names
    gz, out = geo.gz, {}
    for n in (harvest_names(gz, geo.text, set()) if geo.text else {}):
        c = candidates(n, gz)
        if not c or _is_acronym(n) and gz.kind(c[0][0].id) != "country":
            continue
        if gz.cc[c[0][0].id]:
            out.setdefault(gz.cc[c[0][0].id], set()).add(key(n))
    return out


def text_backs(geo: "ArticleGeo", hit: Hit, name: str) -> bool:
    """Whether the whole text names a well-known place other than `name` in the hit's
    country (read once per article)."""
    if geo._text_cc is None:
        geo._text_cc = text_countries(geo)
    return bool(geo._text_cc.get(geo.gz.cc[hit.id], set()) - {key(name)})


_ADDRESS = re.compile(r",\s+([A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?)\b")   # "Hyde Road, Gillingham"


def address_town(geo: "ArticleGeo", name: str) -> Hit | None:
    """The town an unknown street or site is written with, as an address ("Hyde Road,
    Gillingham, Dorset"): the street lies there, though no event sentence passed the town
    as a name. Kept only where the other names or the text back the town's country."""
    m = literal_then(geo.text, name, _ADDRESS) if geo.text else None
    if m is None:
        return None
    town, gz = m.group(1), geo.gz
    hits = [h for h, _ in candidates(town, gz) if h.how == "exact" and gz.kind(h.id) in ("city", "admin2")
            and (geo.supported(h, town, strict=True) or text_backs(geo, h, town))]
    area = _ADDRESS.match(geo.text, m.end())          # "..., Dorset": the county names which one
    near = [h for h in hits if area and _within(gz, h.id, area.group(1))]
    return max(near or hits, key=lambda h: gz.prior(h.id)) if hits else None


def _within(gz, i: int, area: str, km: float = 100.0) -> bool:
    """Whether place `i` lies within `km` of an admin area of that name in its country."""
    here = gz.location(i)
    return any(gz.kind(h.id) in ("admin1", "admin2") and gz.cc[h.id] == gz.cc[i] and
               (d := here.km_to(gz.location(h.id))) is not None and d <= km
               for h in gz.lookup(area, fuzzy=False))
