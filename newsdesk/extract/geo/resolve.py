"""Toponym resolution: population prior + article coherence.

A name's candidates are scored by a prior (log10 population, floors per kind, a bonus for
matching the primary name) plus votes from the other places of the same article: every
other name spreads one vote over its candidates' countries and admin1s in proportion to
their prior. An ambiguous "Springfield" in an article that also names Illinois and Chicago
thus lands in Illinois; "Georgia" beside Atlanta is the US state. Votes are leave-one-out
(a name never votes for itself) and recomputed once with the context-aware choices. A
proximity term then favours candidates near where the other names probably are (same-state
US towns). Names no gazetteer holds fall back (fallback.py), in turn, to a known place
inside them ("Dubai World Cup"), a close spelling the article backs (rapidfuzz), the town
their own sentence names next to them ("the House of Trade Unions in Odessa"), else the
article's focus city (streets, squares, venues; marked near). A name led by a famous place lies there
whatever the article's country ("Dubai World Cup" in a story about American horses); an
initialism stands for a country the article names ("T&T"); with demonyms on, "Bosnian" and
"Siberian" name their areas. Events get country-level places
without a point (event_place), the picture format's convention.

Weights: NAME_BONUS, W_COUNTRY and the fallback were chosen on GeoVirus (the tuning split);
W_ADMIN1, W_PROX, PROX_KM and the capital bonus left GeoVirus unchanged (it has few
ambiguous US towns) and were fixed a priori. bench/geo.py measures them.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import numpy as np

from newsdesk.model import Location
from newsdesk.nlp.words import literal_then

from .candidates import (_candidates, _distribution, _name_bonus, _to_location,  # noqa: F401
                         candidates, event_place, resolve)
from .gazetteer import Gazetteer, Hit, gazetteer
from .normalize import key
from .relative import city_mentions
from .filed import filed_elsewhere, filed_top
from .text_vote import text_country
from .named_roles import owner_only
from .common_noun import common_noun
from .backing import led_votes, text_backs
from .fallback import FOCUS_RELATION, _GENERIC, fallback_place  # noqa: F401

W_COUNTRY = 5.0          # weight of the article's country vote share
W_ADMIN1 = 3.0           # weight of the article's admin1 vote share
W_QUALIFIER = 8.0        # "Springfield, Ill.": the qualifier named in the text
W_PROX = 2.0             # spatial coherence with the article's other places
W_TEXT = 0.5             # a country whose well-known places the whole text names
PROX_KM = 150.0          # e-folding distance of that coherence
HARVEST_WEIGHT = 0.5         # weight of well-known places read from the text itself ...
HARVEST_BELOW = 3            # ... when the caller passed fewer known names than this
PLACENESS, PLACE_LO, PLACE_HI, PLACE_MIN = True, 3.0, 5.0, 0.2   # vote weight by prior
NEAR_ARTICLE_KM = 300.0     # ... and near the article's own local places, when it names any
SPECIFICITY = {"feature": 5, "city": 4, "admin2": 3, "admin1": 2, "region": 1, "country": 1}
DATELINE_WEIGHT = 2.0
OWNERS_OUT = True             # a name used only as an owner ("Washington's support") casts no vote
LEAD_MIN_POP = 100_000       # a name led by a city this big, an admin1 or a curated feature ...
LEAD_KINDS = ("admin1", "feature")   # ... lies there in any country ("Dubai World Cup")
TEXT_VOTE = True             # thin event votes: the whole text's country decides (text_vote.py)


_QUALIFIER = re.compile(r",\s+((?:[A-Z][\w.]*\.?)(?:\s[A-Z][\w.]*){0,2})")   # "Springfield, Ill."
GeoLocation = Location      # kept as an alias: Location now carries `near` and `relation`


def person_surnames(gz: Gazetteer, text: str) -> set[str]:
    """Surnames of the people an article names and then calls by surname alone, and their
    first names where a place shares them ("Jordan" of "Jordan Belliveau"). Read from the
    per-text table the harvest of the same text uses (relative._text_names): one pass."""
    from .relative import _text_names
    _, surnames, firsts = _text_names(gz, text)
    return surnames | firsts


class ArticleGeo:
    """Places of one article, resolved coherently (see module doc).

    names: every place name the article mentions (repeats count as extra votes);
    dateline: the dateline place ("BAGHDAD"), weighted double; text: optional article text,
    used to read "Town, Qualifier" pairs ("Springfield, Ill.", "Odessa, Ukraine") and the
    town next to a landmark; harvest: when the caller passed fewer than HARVEST_BELOW known
    names, also count well-known places read from the text (off by default: on the dev
    events it moved nationwide events from the country to the capital)."""

    def __init__(self, names: list[str], dateline: str | None = None, text: str | None = None,
                 demonyms: bool = False, harvest: bool = False, found: bool = True):
        self.gz = gazetteer()
        self.demonyms = demonyms
        self.dateline = dateline
        # names a name finder found (not given toponyms): drop the article's people's surnames
        # ("Rick Scott" ... "from Scott", "Bill Nelson" ... "Nelson's campaign")
        self.people = person_surnames(self.gz, text) if found and text else set()
        self.counts = Counter(n.strip() for n in names if n and n.strip() and n.strip() not in self.people
                              and not (OWNERS_OUT and owner_only(n.strip(), text or "", self.gz))
                              and not common_noun(self.gz, n.strip(), text or ""))
        self.given = set(self.counts)     # the caller's names, before any harvest
        if dateline:
            self.counts[dateline.strip()] += DATELINE_WEIGHT
        if text and harvest and HARVEST_WEIGHT and \
                sum(1 for n in self.counts if candidates(n, self.gz)) < HARVEST_BELOW:
            from .relative import harvest_names       # the caller saw little of the text
            for n, c in harvest_names(self.gz, text, set(self.counts)).items():
                self.counts[n] += HARVEST_WEIGHT * c
        self.cands: dict[str, list[tuple[Hit, float]]] = {n: self._candidates(n) for n in self.counts}
        self.led = led_votes(self)       # "Kerch Strait" votes where no known name does
        self.q = {n: self._placeness(n) for n in self.cands}
        self.text = text or ""
        self._text_cc: dict[str, set[str]] | None = None
        self.qualifiers = self._qualifiers(text) if text else {}
        self.votes_c: dict[str, Counter] = {}
        self.votes_a: dict[str, Counter] = {}
        self.total = 0.0
        self._cache: dict[tuple, Location | None] = {}
        self.prox: dict[tuple[str, int], float] = {}
        self._best: dict[str, tuple[Hit, float] | None] | None = None
        self._vote(first=True)
        self._vote(first=False)
        if W_PROX:
            self._proximity()
        self._best = {}         # the votes are final: best() is memoised from here on

    def _candidates(self, name: str) -> list[tuple[Hit, float]]:
        i = self.gz.demonym_place(name) if self.demonyms else None
        if i is not None:                            # "Turkish" -> Turkey, when asked to
            return [(Hit(i, "exact"), self.gz.prior(i))]
        if self.demonyms and (j := self.gz.derived_demonym(name, LEAD_MIN_POP)) is not None:
            return [(Hit(j, "exact"), self.gz.prior(j))]
        return candidates(name, self.gz)

    # -- voting -----------------------------------------------------------------------
    def _contrib(self, name: str, first: bool) -> tuple[Counter, Counter]:
        gz, c, a = self.gz, Counter(), Counter()
        scored = self.cands.get(name) or []
        if not scored and name in self.led:
            scored = [(self.led[name], gz.prior(self.led[name].id))]
        if not first and scored:
            scored = [(h, s + self._context(name, h)) for h, s in scored]
        q = self.q.get(name, 1.0)
        for i, w in _distribution(gz, scored):
            if gz.cc[i]:
                c[gz.cc[i]] += w * q
                if gz.a1[i]:
                    a[(gz.cc[i], gz.a1[i])] += w * q
        return c, a

    def _placeness(self, name: str) -> float:
        """How surely a name is a place, from its best prior: a country or a city of a
        million votes fully, a name known only as a hamlet (often a person's name passed
        as a place: "Morsi") votes little."""
        scored = self.cands.get(name) or []
        if not scored or not PLACENESS:
            return 1.0
        top = max(self.gz.prior(h.id) for h, _ in scored)
        return min(1.0, max(PLACE_MIN, (top - PLACE_LO) / (PLACE_HI - PLACE_LO)))

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
        self.total = sum(self.counts[n] * self.q.get(n, 1.0) for n, (c, _) in per.items() if c)

    def _context(self, name: str, hit: Hit) -> float:
        gz, i = self.gz, hit.id
        own_c, own_a = self.per.get(name, (Counter(), Counter())) if hasattr(self, "per") else ({}, {})
        w = self.counts.get(name, 0)
        total = self.total - (w * self.q.get(name, 1.0) if own_c else 0)
        s = 0.0
        if total > 0 and gz.cc[i]:
            s += W_COUNTRY * (self.tc[gz.cc[i]] - own_c.get(gz.cc[i], 0) * w) / total
            if gz.a1[i]:
                k = (gz.cc[i], gz.a1[i])
                s += W_ADMIN1 * (self.ta[k] - own_a.get(k, 0) * w) / total
        if W_TEXT and text_backs(self, hit, name):
            s += W_TEXT
        if self.prox:
            s += W_PROX * self.prox.get((name, i), 0.0)
        q = self.qualifiers.get(name)
        if q:
            s += W_QUALIFIER if q(gz, i) else 0.0
        return s

    def _proximity(self) -> None:
        """Spatial coherence: a candidate near where the other names probably are (their
        context-aware candidate distributions) gains; resolves same-state US town names
        that admin1 votes alone leave open."""
        gz = self.gz
        rows = []                                   # (name, id, prob)
        for n, scored in self.cands.items():
            if len(scored) == 0:
                continue
            dist = _distribution(gz, [(h, s + self._context(n, h)) for h, s in scored])
            rows.extend((n, i, p) for i, p in dist if gz.kind(i) in ("city", "admin2", "feature"))
        names = {r[0] for r in rows}
        if len(names) < 2:
            return
        ids = np.array([r[1] for r in rows])
        lat, lon = np.radians(np.asarray(gz.lat)[ids]), np.radians(np.asarray(gz.lon)[ids])
        dlat, dlon = lat[:, None] - lat[None, :], lon[:, None] - lon[None, :]
        a = np.sin(dlat / 2) ** 2 + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin(dlon / 2) ** 2
        near = np.exp(-12742.0 * np.arcsin(np.sqrt(np.clip(a, 0, 1))) / PROX_KM)
        owner = np.array([hash(r[0]) for r in rows])
        prob = np.array([r[2] * self.counts[r[0]] for r in rows])
        other = owner[:, None] != owner[None, :]
        mass = float(sum(self.counts[n] for n in names))
        score = (near * other * prob[None, :]).sum(axis=1)
        raw: dict[str, list] = {}
        for (n, i, _), sc in zip(rows, score):
            raw.setdefault(n, []).append((i, float(sc) / max(mass - self.counts[n], 1e-9)))
        for n, vals in raw.items():       # a tie-breaker among a name's point candidates only:
            top = max(v for _, v in vals)   # the best one keeps its score vs admin1/country
            for i, v in vals:
                self.prox[(n, i)] = v - top

    # -- qualifiers ("Springfield, Ill.") -----------------------------------------------
    def _qualifiers(self, text: str) -> dict:
        out = {}
        for n in self.cands:
            m = literal_then(text, n, _QUALIFIER)
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
        """The name's best candidate in the article's context (asked per sentence, per
        event and per name pair: memoised once the votes are in)."""
        memo = self._best
        if memo is not None and name in memo:
            return memo[name]
        scored = self.cands.get(name)
        if scored is None:
            scored = self.cands[name] = self._candidates(name)
        if not scored:
            out = None
        else:
            out = max(((h, s + self._context(name, h)) for h, s in scored), key=lambda t: t[1])
        if memo is not None:
            memo[name] = out
        return out

    def resolve(self, name: str, fallback: bool = True) -> Location | None:
        """The candidate for `name` most consistent with the article. Unknown names fall
        back (when `fallback`) to a known place inside them ("Dubai World Cup" -> Dubai),
        else, for facilities ("Royal Street", "Bob Wills Museum"), to the article's focus
        city, marked near."""
        name = name.strip()
        ck = (name, fallback)
        if ck not in self._cache:
            b = self.best(name)
            if b and b[0].how == "skeleton" and not self.supported(b[0], name, strict=True):
                b = None                  # "Rabaa" is not Raaba, Austria, in a Cairo story
            if b and b[0].how == "direction" and self.gz.kind(b[0].id) == "city" and \
                    self.gz.pop[b[0].id] < LEAD_MIN_POP and not self.supported(b[0], name, strict=True):
                b = None                  # "West Wing" is no side of Wing, a village abroad
            if b and self.far_variant(b[0], name):
                b = None                  # "South Side" (of Chicago) is not Southside, Arkansas
            loc = _to_location(self.gz, b[0]) if b else None
            if loc is not None and loc.precision == "admin1" and b[0].how == "exact":
                loc = replace(loc, name=name)     # the article's spelling: "Salahuddin", not "Salah ad Din"
            if loc is None and not self.demonyms and self.gz.demonym_place(name) is not None:
                fallback = False          # "Turkish" is a nationality unless asked otherwise
            if loc is None and fallback:
                loc = fallback_place(self, name)
            self._cache[ck] = loc
        return self._cache[ck]

    def far_variant(self, hit: Hit, name: str) -> bool:
        """A small town matched under another spelling or name than its own ("South Side"
        for Southside, Arkansas), far from the article's own places: a district or landmark
        of the story's city, not that town."""
        gz, i = self.gz, hit.id
        return gz.kind(i) == "city" and gz.pop[i] < LEAD_MIN_POP and \
            gz.name[i].lower() != name.lower() and not self._near_article(i, name)

    def _near_article(self, i: int, name: str) -> bool:
        """A town or county matched by a word of an unknown name ("Grand" of the "Grand
        Central police district") only places it where the article's own towns and areas
        are: in the admin1 of one of them or within NEAR_ARTICLE_KM. Far off (Grand County,
        Utah, in a Chicago story) it is a homonym; the name then falls through to the
        article's focus. A state or country, or an article naming no local place: the
        country vote (supported) alone decides, as before."""
        gz, own = self.gz, []
        if gz.kind(i) not in ("city", "admin2", "feature"):
            return True         # a state or country inside a name ("University of Missouri") is meant
        for n in self.counts:
            b = self.best(n) if n != name else None
            if b is not None and gz.kind(b[0].id) in ("city", "admin2", "admin1", "feature") \
                    and gz.cc[b[0].id] == gz.cc[i]:
                own.append(b[0].id)
        if not own:
            return True
        if any(gz.a1[j] and gz.a1[j] == gz.a1[i] for j in own):
            return True
        lat, lon = np.radians(gz.lat[i]), np.radians(gz.lon[i])
        for j in own:
            la, lo = np.radians(gz.lat[j]), np.radians(gz.lon[j])
            a = np.sin((la - lat) / 2) ** 2 + np.cos(lat) * np.cos(la) * np.sin((lo - lon) / 2) ** 2
            if 12742.0 * np.arcsin(np.sqrt(min(1.0, a))) <= NEAR_ARTICLE_KM:
                return True
        return False

    def _well_known(self, i: int, sub: str) -> bool:
        """A name led by a famous place ("Dubai World Cup", "Tijuana River") lies there even
        when the article's other places are elsewhere (American horses, a race in Dubai);
        by its own name only ("Salt + Smoke" is not As-Salt)."""
        kind, gz = self.gz.kind(i), self.gz
        return key(gz.name[i]) == key(sub) and (kind in LEAD_KINDS or kind == "city" and (
            gz.pop[i] >= LEAD_MIN_POP or i in gz.capitals))

    def main_country(self) -> Location | None:
        """The most-voted country of the article, as a country-precision Location."""
        if not self.tc:
            return None
        i = self.gz.country_idx.get(self.top_country())
        return _to_location(self.gz, Hit(i, "exact")) if i is not None else None

    def top_country(self) -> str:
        """The most-voted country; a dateline only filed from its country (filed.py) does not
        make its country the article's, however much its weight; thin votes yield to the
        country the whole text places the news in (text_vote.py)."""
        top = self.tc.most_common(1)[0][0]
        if self.dateline and len(self.tc) > 1:
            loc = self.resolve(self.dateline, fallback=False)
            if loc is not None and loc.country == top and filed_elsewhere(self, loc):
                return filed_top(self, top)
        return text_country(self, top) if TEXT_VOTE else top

    def focus(self, clear: bool = False) -> Location | None:
        """The article's focus city: the dateline, else the most-mentioned city of the
        most-voted country. `clear`: only when that city is named more often than any other
        city there, or ties with them as the capital (a story about clashes in Alexandria
        and Aswan is about Egypt; one about Baghdad and Mosul is told from Baghdad)."""
        if self.dateline and (loc := self.resolve(self.dateline, fallback=False)) and \
                not filed_elsewhere(self, loc):
            return loc
        if not self.tc:
            return None
        top_c = self.top_country()
        ranked = city_mentions(self, top_c)
        if not ranked:
            return None
        ranked.sort(key=lambda t: t[0], reverse=True)
        if clear and len(ranked) > 1 and ranked[1][0][0] >= ranked[0][0][0]:
            tied = [h for (w, _), h in ranked if w >= ranked[0][0][0]]
            capital = [h for h in tied if h.id in self.gz.capitals]   # government news
            if not capital:
                return None
            return _to_location(self.gz, capital[0])
        return _to_location(self.gz, ranked[0][1])

    def countries(self) -> list[tuple[str, float]]:
        return self.tc.most_common()

    def default(self) -> Location | None:
        """The article's main place, in the event convention (see event_place)."""
        return event_place(self.main_place())

    def country(self) -> Location | None:
        """The article's main country for nationwide events (curfews, national mourning,
        countrywide tolls), in the event convention."""
        return event_place(self.main_country())

    def main_place(self) -> Location | None:
        """The article's main place: the dateline if it resolves, else the focus city (the
        most-mentioned city of the most-voted country), else the most-mentioned admin1 there,
        else that country. A story told from Odessa is "in Odessa" even when "Ukraine" is
        named more often."""
        if self.dateline:
            loc = self.resolve(self.dateline)
            if loc and not filed_elsewhere(self, loc):
                return loc
        focus = self.focus(clear=True)
        if focus is not None:
            return focus
        if not self.tc:
            return None
        top_c = self.top_country()
        best, best_w = None, 0.0
        for n, w in self.counts.items():
            b = self.best(n)
            if b and self.gz.cc[b[0].id] == top_c and self.gz.kind(b[0].id) in ("admin1", "admin2") \
                    and w > best_w:
                best, best_w = b[0], w
        if best is not None:
            return _to_location(self.gz, best)
        return self.main_country()

    def locate(self, sentence: str, names: list[str]) -> Location | None:
        """The event place of one sentence (see relative.py), in the event convention."""
        from .relative import locate_in_sentence
        names = [n for n in names if n not in self.people]
        return event_place(locate_in_sentence(self, sentence, names)) if names else None

    def specificity(self, hit: Hit) -> int:
        return 0 if hit.how == "direction" else SPECIFICITY[self.gz.kind(hit.id)]

    def contains(self, outer: Hit, inner: Hit) -> bool:
        """True when `inner` lies in the admin1/country `outer` names."""
        gz, o, i = self.gz, outer.id, inner.id
        if gz.cc[o] != gz.cc[i]:
            return False
        return gz.kind(o) != "admin1" or gz.a1[o] == gz.a1[i]

    def alternate(self, hit: Hit, name: str) -> bool:
        """Matched only through an alternate or former name ("Molotov" for Perm); national
        capitals' exonyms ("Kiev") count as their own names."""
        return hit.id not in self.gz.capitals and key(self.gz.name[hit.id]) != key(name) \
            and _name_bonus(self.gz, hit.id, name) == 0

    def supported(self, hit: Hit, name: str, strict: bool = False) -> bool:
        """Whether the article backs this candidate's country (guards small-village
        homonyms abroad). `strict` (for spelling-tolerant matches): the other names must
        back it, a lone name is not enough."""
        gz, i = self.gz, hit.id
        if not strict and gz.kind(i) in ("country", "region") or not gz.cc[i]:
            return True
        own = self.per.get(name, ({}, {}))[0].get(gz.cc[i], 0) * self.counts.get(name, 0)
        others = self.tc[gz.cc[i]] - own
        if strict:
            return others > 0.5
        return others > 0.5 or gz.pop[i] >= 100000 or self.total <= self.counts.get(name, 0)

