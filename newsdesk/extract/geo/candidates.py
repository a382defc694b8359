"""A place name's candidates, scored without context: population prior, primary-name and
spelling bonuses, acronym guards. ArticleGeo (resolve.py) adds the article's votes on top;
`resolve` is the context-free best guess. The weights were chosen on GeoVirus (bench/geo.py)."""
from __future__ import annotations

import math
from dataclasses import replace

from newsdesk.model import Location

from .gazetteer import CAPITAL_BONUS, Gazetteer, Hit, gazetteer
from .normalize import key, skeleton

SKEL_NAME_BONUS = 1.0    # primary name, other romanisation
NAME_BONUS = 2.0         # primary name vs alternate ("Salisbury" is not Harare today)
MAX_CANDS = 40
HOW_BONUS = {"exact": 0.0, "head": 0.0, "direction": 0.0, "skeleton": -1.0, "fuzzy": -1.0}
ADMIN1_OWN_CITY = True       # admin1's -1 prior step only against its own same-named city
COUNTRY_FIRST = True         # an exact country name drops cities matched by an alternate name
ACRONYM_MIN_POP = 1_000_000  # "BBC" is not Bay City: an all-caps alias must name a big place
OWN_NAME_MIN_POP = 10_000    # a town this big bearing the name as its own outranks a capital's old name


def _name_bonus(gz: Gazetteer, i: int, name: str, spelled: bool = True) -> float:
    """Primary-name matches beat alternate-name matches ("Paris" the city, not a suburb
    once called Paris); a primary name spelled another way ("Sloviansk" for Slovyansk,
    not Nikopol, which once bore that name) earns part of it."""
    primary = gz.name[i]
    if key(primary) == key(name):
        return NAME_BONUS
    return SKEL_NAME_BONUS if spelled and skeleton(primary) == skeleton(name) else 0.0


_CANDS_MEMO: dict[str, tuple] = {}


def candidates(name: str, gz: Gazetteer | None = None) -> list[tuple[Hit, float]]:
    """(hit, prior score), best first, at most MAX_CANDS. Context-free, so memoised per
    name for the process-wide gazetteer (every article scores its names afresh)."""
    shared = gazetteer()
    if gz is not None and gz is not shared:
        return _candidates(name, gz)
    got = _CANDS_MEMO.get(name)
    if got is None:
        if len(_CANDS_MEMO) >= 50_000:
            _CANDS_MEMO.clear()
        got = _CANDS_MEMO[name] = tuple(_candidates(name, shared))
    return list(got)


# abbreviations that open a capitalised run but name no place ("dropped from No. 1")
NOT_PLACE_ABBREVS = {"no", "nos", "vol", "fig", "ch", "pp", "op", "ed", "eds", "art", "sec", "jan", "feb",
                     "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}   # "on Nov. 12"


# courtesy titles written in mixed case: "Ms. Stinson" is no Mississippi (postal "MS")
TITLES = {"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr."}


def _candidates(name: str, gz: Gazetteer) -> list[tuple[Hit, float]]:
    if gz.demonym_place(name) is not None:          # "Canadian", "Spanish": not places
        return []
    if name.endswith(".") and key(name) in NOT_PLACE_ABBREVS or \
            name.lower() in TITLES and not name.isupper():
        return []
    hits = gz.lookup(name)
    if _is_acronym(name):
        hits = [h for h in hits if _acronym_ok(gz, h, name)]
    if COUNTRY_FIRST and any(h.how == "exact" and gz.kind(h.id) == "country" for h in hits):
        # "Iraq" is the country, never Arak (a city once also called Iraq), whatever the
        # article's Iranian context; a place whose own name it is may still compete
        hits = [h for h in hits if gz.kind(h.id) != "city" or key(gz.name[h.id]) == key(name)]
    spelled = not any(key(gz.name[h.id]) == key(name) for h in hits)   # no exact primary match
    scored = [(h, gz.prior(h.id) + HOW_BONUS[h.how] + _name_bonus(gz, h.id, name, spelled)
               + _area_bonus(gz, h, hits) - _former_capital(gz, h, name, hits)) for h in hits]
    scored.sort(key=lambda t: -t[1])
    return scored[:MAX_CANDS]


def _area_bonus(gz: Gazetteer, hit: Hit, hits: list[Hit]) -> float:
    """The prior ranks an admin1 one step below its population so that a same-named city
    inside it wins (Kirkuk, Baghdad); against namesake towns elsewhere ("Ontario" the
    province vs Ontario, California) that step is given back."""
    i = hit.id
    if not ADMIN1_OWN_CITY or gz.kind(i) != "admin1":
        return 0.0
    inside = any(gz.kind(h.id) == "city" and gz.cc[h.id] == gz.cc[i] and gz.a1[h.id] == gz.a1[i]
                 or h.id in gz.capitals for h in hits)      # "Washington" stays D.C. by default
    return 0.0 if inside else 1.0


def _former_capital(gz: Gazetteer, hit: Hit, name: str, hits: list[Hit]) -> float:
    """The capital bonus says "this is the city the news means"; it is earned by the capital's
    own name or exonym ("Kiev"), not by a name a living town still bears as its own while the
    capital only bore it once ("Salisbury", Harare's colonial name): there the bonus is taken
    back, and population and the article's votes decide."""
    i = hit.id
    if i not in gz.capitals or key(gz.name[i]) == key(name):
        return 0.0
    own = any(key(gz.name[h.id]) == key(name) and gz.kind(h.id) == "city" and gz.pop[h.id] >= OWN_NAME_MIN_POP
              for h in hits)
    return CAPITAL_BONUS if own else 0.0


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "").replace(" ", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


def _acronym_ok(gz: Gazetteer, hit: Hit, name: str) -> bool:
    """Organisations ("BBC", "NATO", "CNN") share letters with places' alternate names:
    keep an all-caps match only when it is the place's own name, an area (US, UK, DRC,
    UAE, NSW), or a big city's usual abbreviation (NYC, LA)."""
    i = hit.id
    return (hit.how == "exact" and (key(gz.name[i]) == key(name) or
                                    gz.kind(i) in ("country", "admin1", "region") or
                                    gz.pop[i] >= ACRONYM_MIN_POP))


def _to_location(gz: Gazetteer, hit: Hit) -> Location:
    return gz.location(hit.id, hit.how)


def event_place(loc: Location | None) -> Location | None:
    """Events carry country- and region-level places without a point (the picture format's
    convention: a map pin in the middle of a country says more than the text did); the
    name and ISO country still identify the place. resolve() keeps points for areas."""
    if loc is not None and loc.precision in ("country", "region"):
        return replace(loc, lat=None, lon=None)
    return loc


def resolve(name: str) -> Location | None:
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
