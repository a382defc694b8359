"""Toponym resolution: population prior + article coherence.

A name's candidates are scored by a prior (log10 population, floors per kind, a bonus for
matching the primary name) plus votes from the other places of the same article: every
other name spreads one vote over its candidates' countries and admin1s in proportion to
their prior. An ambiguous "Springfield" in an article that also names Illinois and Chicago
thus lands in Illinois; "Georgia" beside Atlanta is the US state. Votes are leave-one-out
(a name never votes for itself) and recomputed once with the context-aware choices.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from newsdesk.model import Location

from .gazetteer import Gazetteer, Hit, gazetteer
from .normalize import key

W_COUNTRY = 5.0        # weight of the article's country vote share
W_ADMIN1 = 3.0         # weight of the article's admin1 vote share
W_QUALIFIER = 8.0      # "Springfield, Ill.": the qualifier named in the text
MAX_CANDS = 40
HOW_BONUS = {"exact": 0.0, "head": 0.0, "direction": 0.0, "skeleton": -1.0}
SPECIFICITY = {"feature": 5, "city": 4, "admin2": 3, "admin1": 2, "region": 1, "country": 1}
DATELINE_WEIGHT = 2.0


@dataclass
class GeoLocation(Location):
    """A Location with how the text tied the event to it: `near` for "south of Kirkuk",
    "50 miles north of Baghdad", "outside Mosul" (the anchor place, not the event point)."""
    near: bool = False
    relation: str | None = None


def _name_bonus(gz: Gazetteer, i: int, name: str) -> float:
    """Primary-name matches beat alternate-name matches ("Paris" the city, not a suburb
    once called Paris)."""
    return 0.3 if key(gz.name[i]) == key(name) else 0.0


def candidates(name: str, gz: Gazetteer | None = None) -> list[tuple[Hit, float]]:
    """(hit, prior score), best first, at most MAX_CANDS."""
    gz = gz or gazetteer()
    hits = gz.lookup(name)
    scored = [(h, gz.prior(h.id) + HOW_BONUS[h.how] + _name_bonus(gz, h.id, name)) for h in hits]
    scored.sort(key=lambda t: -t[1])
    return scored[:MAX_CANDS]


def _to_location(gz: Gazetteer, hit: Hit) -> GeoLocation:
    loc = gz.location(hit.id, hit.how)
    return GeoLocation(**loc.__dict__)


def resolve(name: str) -> GeoLocation | None:
    """Context-free best guess for one place name (population prior only)."""
    gz = gazetteer()
    cands = candidates(name, gz)
    return _to_location(gz, cands[0][0]) if cands else None


def _distribution(gz: Gazetteer, scored: list[tuple[Hit, float]]) -> list[tuple[int, float]]:
    """Softmax over prior scores (log10 units): 10x the population, ~10x the share."""
    if not scored:
        return []
    top = max(s for _, s in scored)
    ws = [(h.id, math.exp((s - top) * math.log(10))) for h, s in scored]
    z = sum(w for _, w in ws)
    return [(i, w / z) for i, w in ws]


class ArticleGeo:
    """Places of one article, resolved coherently (see module doc).

    names: every place name the article mentions (repeats count as extra votes);
    dateline: the dateline place ("BAGHDAD"), weighted double; text: optional article text,
    used to read "Town, Qualifier" pairs ("Springfield, Ill.", "Odessa, Ukraine")."""

    def __init__(self, names: list[str], dateline: str | None = None, text: str | None = None):
        self.gz = gazetteer()
        self.dateline = dateline
        self.counts = Counter(n.strip() for n in names if n and n.strip())
        if dateline:
            self.counts[dateline.strip()] += DATELINE_WEIGHT
        self.cands: dict[str, list[tuple[Hit, float]]] = {n: candidates(n, self.gz) for n in self.counts}
        self.qualifiers = self._qualifiers(text) if text else {}
        self.votes_c: dict[str, Counter] = {}
        self.votes_a: dict[str, Counter] = {}
        self.total = 0.0
        self._cache: dict[str, GeoLocation | None] = {}
        self._vote(first=True)
        self._vote(first=False)

    # -- voting -----------------------------------------------------------------------
    def _contrib(self, name: str, first: bool) -> tuple[Counter, Counter]:
        gz, c, a = self.gz, Counter(), Counter()
        scored = self.cands.get(name) or []
        if not first and scored:
            scored = [(h, s + self._context(name, h)) for h, s in scored]
        for i, w in _distribution(gz, scored):
            if gz.cc[i]:
                c[gz.cc[i]] += w
                if gz.a1[i]:
                    a[(gz.cc[i], gz.a1[i])] += w
        return c, a

    def _vote(self, first: bool) -> None:
        per = {n: self._contrib(n, first) for n in self.cands}
        tc, ta = Counter(), Counter()
        for n, (c, a) in per.items():
            w = self.counts[n]
            for k, v in c.items():
                tc[k] += v * w
            for k, v in a.items():
                ta[k] += v * w
        self.per, self.tc, self.ta = per, tc, ta
        self.total = sum(self.counts[n] for n, (c, _) in per.items() if c)

    def _context(self, name: str, hit: Hit) -> float:
        gz, i = self.gz, hit.id
        own_c, own_a = self.per.get(name, (Counter(), Counter())) if hasattr(self, "per") else ({}, {})
        w = self.counts.get(name, 0)
        total = self.total - (w if own_c else 0)
        s = 0.0
        if total > 0 and gz.cc[i]:
            s += W_COUNTRY * (self.tc[gz.cc[i]] - own_c.get(gz.cc[i], 0) * w) / total
            if gz.a1[i]:
                k = (gz.cc[i], gz.a1[i])
                s += W_ADMIN1 * (self.ta[k] - own_a.get(k, 0) * w) / total
        q = self.qualifiers.get(name)
        if q:
            s += W_QUALIFIER if q(gz, i) else 0.0
        return s

    # -- qualifiers ("Springfield, Ill.") -----------------------------------------------
    def _qualifiers(self, text: str) -> dict:
        out = {}
        for n in self.cands:
            m = re.search(re.escape(n) + r",\s+((?:[A-Z][\w.]*\.?)(?:\s[A-Z][\w.]*){0,2})", text)
            if not m:
                continue
            qual = m.group(1).rstrip(".") if not m.group(1).endswith(".") or len(m.group(1)) > 5 else m.group(1)
            areas = [h.id for h in self.gz.lookup(qual, fuzzy=False)
                     if self.gz.kind(h.id) in ("admin1", "country")]
            if not areas:
                continue
            area_keys = {(self.gz.cc[a], self.gz.a1[a] if self.gz.kind(a) == "admin1" else None)
                         for a in areas}

            def inside(gz, i, area_keys=area_keys):
                return any(gz.cc[i] == c and (a is None or gz.a1[i] == a) for c, a in area_keys)
            out[n] = inside
        return out

    # -- public -----------------------------------------------------------------------
    def best(self, name: str) -> tuple[Hit, float] | None:
        scored = self.cands.get(name)
        if scored is None:
            scored = self.cands[name] = candidates(name, self.gz)
        if not scored:
            return None
        return max(((h, s + self._context(name, h)) for h, s in scored), key=lambda t: t[1])

    def resolve(self, name: str) -> GeoLocation | None:
        """The candidate for `name` most consistent with the article."""
        name = name.strip()
        if name not in self._cache:
            b = self.best(name)
            self._cache[name] = _to_location(self.gz, b[0]) if b else None
        return self._cache[name]

    def countries(self) -> list[tuple[str, float]]:
        return self.tc.most_common()

    def default(self) -> GeoLocation | None:
        """The article's main place: the dateline if it resolves, else the most specific
        place in the most-voted admin1, else the most-voted country."""
        if self.dateline:
            loc = self.resolve(self.dateline)
            if loc:
                return loc
        if not self.tc:
            return None
        top_c = self.tc.most_common(1)[0][0]
        best, best_w = None, 0.0
        for n, w in self.counts.items():
            b = self.best(n)
            if b and self.gz.cc[b[0].id] == top_c and w > best_w:
                best, best_w = b[0], w
        if best is not None:
            return _to_location(self.gz, best)
        i = self.gz.country_idx.get(top_c)
        return _to_location(self.gz, Hit(i, "exact")) if i is not None else None

    def locate(self, sentence: str, names: list[str]) -> GeoLocation | None:
        from .relative import locate_in_sentence
        return locate_in_sentence(self, sentence, names)

    def specificity(self, hit: Hit) -> int:
        return 0 if hit.how == "direction" else SPECIFICITY[self.gz.kind(hit.id)]

    def contains(self, outer: Hit, inner: Hit) -> bool:
        """True when `inner` lies in the admin1/country `outer` names."""
        gz, o, i = self.gz, outer.id, inner.id
        if gz.cc[o] != gz.cc[i]:
            return False
        return gz.kind(o) != "admin1" or gz.a1[o] == gz.a1[i]

    def supported(self, hit: Hit, name: str) -> bool:
        """Whether the article backs this candidate's country (guards small-village
        homonyms abroad)."""
        gz, i = self.gz, hit.id
        if gz.kind(i) in ("country", "region") or not gz.cc[i]:
            return True
        own = self.per.get(name, ({}, {}))[0].get(gz.cc[i], 0) * self.counts.get(name, 0)
        others = self.tc[gz.cc[i]] - own
        return others > 0.5 or gz.pop[i] >= 100000 or self.total <= self.counts.get(name, 0)

