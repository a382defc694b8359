"""A village the gazetteer knows only as a namesake abroad, beside the article's own country.

Small villages are often missing from the gazetteer but share their name with a hamlet in
another country the article never backs; and a lede tells the attack's place wide ("in
northern <country>") before a later sentence names the village. Distance then sets the
two apart (the namesake lies on another continent), yet the village most likely lies in
the article's home country; so such a name and that very country (not a region, which
might exclude it) may be one event's place. A foreign place the article backs, or a big
city, stays apart.
"""
from __future__ import annotations

SMALL = ("city", "admin2", "feature")


def _unplaced(geo, name: str, loc) -> bool:
    """Only a small namesake, spelt exactly as the text, in a country the article does not
    back (geo/resolve.py `supported`). Names the gazetteer lacks, loose spellings and
    peoples' words are left out: they are as often no place ("Catalan" matched Çatalan)."""
    if loc is None or loc.name != name:
        return False
    try:
        if geo.gz.demonym_place(name) is not None:
            return False
        hit = geo.best(name)
        return hit is not None and geo.gz.kind(hit[0].id) in SMALL and not geo.supported(hit[0], name)
    except Exception:
        return False


def _home_itself(known, home) -> bool:
    return known is not None and home is not None and known.precision == "country" \
        and known.country is not None and known.country == home.country


def village_at_home(geo, home, x: str, lx, y: str, ly) -> bool:
    """Whether one name of the pair is such a namesake and the other is the home country."""
    if geo is None or home is None:
        return False
    return (_home_itself(ly, home) and _unplaced(geo, x, lx)) or \
        (_home_itself(lx, home) and _unplaced(geo, y, ly))
