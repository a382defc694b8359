"""Names no gazetteer holds: where they lie (`ArticleGeo.resolve` with `fallback`).

Why its own piece: the article's votes (resolve.py) choose among a known name's candidates;
an unknown name has none, and the rules that place it are a chain of their own, tried in
turn: an initialism the article backs ("T&T"), the town a street is written with as an
address ("Hyde Road, Gillingham"), a known place inside it ("Dubai World Cup",
"Bank of Japan", "Russian Embassy" with demonyms on), a close spelling the article backs
(rapidfuzz), the town its sentence names beside it ("the House of Trade Unions in
Odessa"), else the article's focus city (streets, squares,
venues), marked near.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .backing import address_town
from .candidates import MAX_CANDS, _acronym_ok, _is_acronym, _to_location
from .gazetteer import Hit
from .relative import neighbour_place

if TYPE_CHECKING:
    from newsdesk.model import Location

    from .resolve import ArticleGeo

FALLBACK_TOP = True          # a place inside an unknown name: only in the article's top country
UNKNOWN_TO_FOCUS = True      # any unknown name -> the article's focus city, marked near
NEIGHBOUR_CHARS = 60         # ... unless its sentence names a town within this many chars
NEIGHBOUR_AFTER = True       # ... after it ("X in Odessa", "X, New Orleans") only
BIG_KINDS = ("country", "region")   # n-gram fallback kept in any country ("Bank of Japan")
FOCUS_RELATION = "in"        # relation of an unknown name placed at the article's focus city
_GENERIC = frozenset("""the of and new old north south east west northern southern eastern western
central upper lower great greater saint st mount port fort lake river city county state park
street road avenue church museum school university college hospital center centre hall house
bridge square station airport hotel club world cup national international royal united""".split())
_FACILITY = frozenset("""street st road rd avenue ave boulevard blvd lane drive way highway
church cathedral mosque temple synagogue museum school academy university college hospital
center centre hall house bridge square plaza station airport hotel stadium arena park
gardens market mall library theatre theater court courthouse prison jail estate building
tower base camp port harbor harbour pier beach island trail path walkway crossing tunnel
monument memorial plant factory refinery compound checkpoint""".split())


def fallback_place(geo: ArticleGeo, name: str) -> Location | None:
    """Where an unknown name lies, by the first rule that places it (see the module doc)."""
    words = name.split()           # every word n-gram, longest first ("Dubai World Cup")
    subs = [" ".join(words[j:j + n]) for n in range(len(words) - 1, 0, -1)
            for j in range(len(words) - n + 1)]
    top = geo.tc.most_common(1)[0][0] if geo.tc else None
    ini = _initialism(geo, name)
    if ini is not None:
        return ini
    street = len(words) > 1 and words[-1].lower() in _FACILITY
    if street and (h := address_town(geo, name)):
        # "Hyde Road, Gillingham": the address says where the street is; the town its first
        # word names (Hyde) is a namesake, often far away
        return replace(_to_location(geo.gz, h), near=True, relation=FOCUS_RELATION)
    for sub in subs:
        if geo.demonyms and (i := geo.gz.demonym_place(sub)) is not None:
            return _to_location(geo.gz, Hit(i, "exact"))        # "Russian Embassy"
        acro = _is_acronym(sub)                     # "US Federal Reserve", "UN"
        if sub.lower() in _GENERIC or sub.lower() in _FACILITY or len(sub) < 4 and not acro or \
                geo.gz.demonym_place(sub) is not None:     # "Plum Island" is not Iceland
            continue
        hits = geo.gz.lookup(sub, fuzzy=False)
        if acro:
            hits = [h for h in hits if _acronym_ok(geo.gz, h, sub)]
        if not hits:
            continue
        scored = [(h, geo.gz.prior(h.id) + geo._context(sub, h)) for h in hits[:MAX_CANDS]]
        h, _ = max(scored, key=lambda t: t[1])
        big = geo.gz.kind(h.id) in BIG_KINDS      # "Bank of Japan"
        lead = name.startswith(sub + " ") and geo._well_known(h.id, sub)
        if big or lead or (not FALLBACK_TOP or geo.gz.cc[h.id] in (top, "")) and \
                geo.supported(h, sub) and geo._near_article(h.id, name):
            return _to_location(geo.gz, h)
    fz = _fuzzy(geo, name)
    if fz is not None:
        return _to_location(geo.gz, fz)
    nb = neighbour_place(geo, name, NEIGHBOUR_CHARS, NEIGHBOUR_AFTER) if NEIGHBOUR_CHARS else None
    if nb is not None:
        return replace(nb, near=True, relation=FOCUS_RELATION)
    if UNKNOWN_TO_FOCUS or street:
        # streets, landmarks, squares, districts no gazetteer holds ("Rabaa al-Adawiya",
        # "Trade Unions House"): they lie, nearly always, in the place the article is about
        focus = geo.focus() or geo.main_country()
        if focus is not None and focus.name != name:
            return replace(focus, near=True, relation=FOCUS_RELATION)
    return None


def _initialism(geo: ArticleGeo, name: str) -> Location | None:
    """"T&T", "B&H": the multi-word country or admin1 with these initials that the
    article backs most (an initialism no gazetteer holds stands for a place in the text)."""
    backed = [(geo.tc[geo.gz.cc[i]], i) for i in geo.gz.initialism(name) if geo.gz.cc[i]]
    v, i = max(backed, default=(0.0, None))
    return _to_location(geo.gz, Hit(i, "exact")) if v > 0.5 else None


def _fuzzy(geo: ArticleGeo, name: str) -> Hit | None:
    """rapidfuzz last resort, kept only where the article backs the country."""
    if _is_acronym(name):
        return None
    for h in geo.gz.fuzzy(name):
        if geo.supported(h, name, strict=True) and geo._near_article(h.id, name) or \
                geo.gz.kind(h.id) == "country":
            return h          # a misspelt country ("Mauritious") needs no backing
    return None
