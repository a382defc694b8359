"""Where a report was filed versus where its news happened.

A dateline normally places the news ("CAIRO — police cleared the square"). A wire copy
reprinted by a foreign outlet, or a home desk writing up news from abroad, keeps its own
city as the dateline ("Pretoria - A deputy coup leader said ... in Burundi"): then nothing
else in the text lies in the dateline's country, while another country is named again and
again. Such a dateline says where the copy was written, not where the events were.

The event sentences alone may name the other country too rarely to tell ("BEIRUT — ... the
city of Aleppo", then "aircraft resumed bombing"): the whole text's well-known places then
decide, provided the event sentences point there too."""
from __future__ import annotations

import re
from collections import Counter

from .candidates import candidates

# the other country must be named this often (weighted votes) before the dateline yields;
# votes are sums of fractions (a name's tiny share for homonyms abroad is taken off its own
# country), so three plain mentions may sum to 2.99999998: compare with a tolerance
ELSEWHERE_MIN = 3.0
_EPS = 1e-6
_THE = re.compile(r"^The\s+")
_DOTTED = re.compile(r"\b[A-Z](?:\.[A-Z])+(?=\.)")
# capitalised sentence openers that also name some place ("The", "It")
_FUNCTION = {"the", "a", "an", "it", "he", "she", "we", "they", "but", "and", "as", "at", "this",
             "that", "there", "his", "her", "their", "its", "our", "on", "for", "after", "when"}
# a city this big is known by name alone (relative.HARVEST_MIN_POP)
BIG_CITY = 200_000


def _dateline_votes(geo, country: str) -> float:
    """The country votes the dateline name itself casts (its mentions plus the dateline weight)."""
    name = geo.dateline.strip()
    own = geo.per.get(name, ({}, {}))[0]
    return own.get(country, 0.0) * geo.counts.get(name, 0)


def _text_countries(geo) -> Counter:
    """Mentions per country of the well-known places and demonyms ("Syrian") the whole text
    names, the dateline excepted (memoised on `geo`: the test runs for every event without
    a place)."""
    memo = getattr(geo, "_filed_text", None)
    if memo is None:
        from .relative import name_sequences
        memo, gz, dl = Counter(), geo.gz, geo.dateline.strip().lower()
        names = [_THE.sub("", n) for _, n in name_sequences(geo.text)]
        # a demonym heading a longer run counts too ("Israeli Prime Minister Benjamin")
        names += [n.split()[0] for n in names if " " in n and gz.demonym_place(n.split()[0]) is not None]
        for name in names + _DOTTED.findall(geo.text):          # "U.S.", "U.K."
            if name.lower() not in _FUNCTION and (len(name) > 2 or name.isupper()) and \
                    name.lower() != dl and (i := _well_known(gz, name)) is not None:
                memo[gz.cc[i]] += 1
        geo._filed_text = memo
    return memo


def _well_known(gz, name: str) -> int | None:
    """The place a demonym or an exactly named country, region or big city stands for."""
    i = gz.demonym_place(name)
    if i is not None:
        return i
    exact = [(s, h.id) for h, s in candidates(name, gz) if h.how == "exact"]
    if not exact:
        return None
    i = max(exact)[1]                  # the name's most likely place must be well known
    return i if gz.kind(i) in ("country", "admin1") or gz.pop[i] >= BIG_CITY else None


def _elsewhere(votes, country: str, backed=None) -> bool:
    """Some other country (also among `backed`, when given) gathers ELSEWHERE_MIN votes."""
    return any(c != country and v >= ELSEWHERE_MIN - _EPS and (backed is None or backed.get(c, 0) > 0)
               for c, v in votes.items())


def filed_elsewhere(geo, loc) -> bool:
    """True when the dateline place `loc` is only the filing place: no other name in the
    article lies in its country, and some other country gathers ELSEWHERE_MIN votes (in the
    event sentences, else in the whole text and named by the event sentences too)."""
    if loc is None or not loc.country or not geo.tc:
        return False
    rest = geo.tc.get(loc.country, 0.0) - _dateline_votes(geo, loc.country)
    if rest > 1e-6:
        return False
    if _elsewhere(geo.tc, loc.country):
        return True
    if not geo.text or not geo.dateline:
        return False
    text = _text_countries(geo)
    return text.get(loc.country, 0) == 0 and _elsewhere(text, loc.country, backed=geo.tc)


def filed_top(geo, filed: str) -> str:
    """The article's country when its dateline country `filed` is only the filing place: the
    best-voted other one, ties (a lone "Britain-based" against a lone "Aleppo") broken by the
    whole text."""
    text = _text_countries(geo) if geo.text and geo.dateline else Counter()
    return max((c for c in geo.tc if c != filed), key=lambda c: (round(geo.tc[c], 6), text.get(c, 0)))
