"""Where a report was filed versus where its news happened.

A dateline normally places the news ("CAIRO — police cleared the square"). A wire copy
reprinted by a foreign outlet, or a home desk writing up news from abroad, keeps its own
city as the dateline ("Pretoria - A deputy coup leader said ... in Burundi"): then nothing
else in the text lies in the dateline's country, while another country is named again and
again. Such a dateline says where the copy was written, not where the events were."""
from __future__ import annotations

# the other country must be named this often (weighted votes) before the dateline yields
ELSEWHERE_MIN = 3.0


def _dateline_votes(geo, country: str) -> float:
    """The country votes the dateline name itself casts (its mentions plus the dateline weight)."""
    name = geo.dateline.strip()
    own = geo.per.get(name, ({}, {}))[0]
    return own.get(country, 0.0) * geo.counts.get(name, 0)


def filed_elsewhere(geo, loc) -> bool:
    """True when the dateline place `loc` is only the filing place: no other name in the
    article lies in its country, and some other country gathers ELSEWHERE_MIN votes."""
    if loc is None or not loc.country or not geo.tc:
        return False
    rest = geo.tc.get(loc.country, 0.0) - _dateline_votes(geo, loc.country)
    if rest > 1e-6:
        return False
    return any(c != loc.country and v >= ELSEWHERE_MIN for c, v in geo.tc.items())
