"""A source's toll told only by a sentence about an act in another country is not its event's.

Why: a report ties one group's attacks together ("IS also said it was responsible for the
... bombings in Paris on Friday night which killed 129 people"), and the extractor files
that sentence with the event the report is about (a plane downed over Sinai). Its figures
then read as a second toll of that event: a wrong injured count, a wrong per-source dead
and a toll dispute between two different attacks. The event's own countries are those
its sources are placed in; a sentence placing its act "in" a town or country of none of
them tells another event, so its figures leave the source.
"""
from __future__ import annotations

import re

from ..model import EventMention

# "in Paris", "in New York": where the sentence's act happened
_IN_PLACE = re.compile(r"\bin ((?:[A-Z][\w'-]+)(?: [A-Z][\w'-]+){0,2})")
MIN_POP = 100_000                        # a town abroad must be well known, not a homonym


def _foreign(name: str, home: set[str]) -> bool:
    """Whether `name` is a country or a large town abroad, and no known place of that name
    lies in the event's own countries."""
    from ..extract.geo.candidates import candidates, gazetteer
    try:
        gz = gazetteer()
        hits = candidates(name, gz)
        locs = [(gz.location(h.id, h.how), gz.pop[h.id]) for h, _ in hits]
    except Exception:                    # the gazetteer is another layer's
        return False
    if not locs or hits[0][0].how != "exact" or any(_known(loc, pop) for loc, pop in locs
                                                     if loc.country in home):
        return False                     # a spelling guess is no evidence of a place abroad
    return _known(*locs[0])


def _known(loc, pop: int) -> bool:
    """A country or a large town: what a writer means by the bare name (Paris in France,
    not the village of Paris in the Urals)."""
    return loc.precision == "country" or (loc.precision == "city" and pop >= MIN_POP)


def _has_figure(text: str) -> bool:
    from ..extract.counts import casualties
    try:
        return any(m.kind in ("dead", "injured") for m in casualties(text)["mentions"])
    except Exception:
        return False


def _abroad(text: str, home: set[str]) -> bool:
    names = _IN_PLACE.findall(text)
    return bool(names) and all(_foreign(n, home) for n in names)


def drop_abroad_figures(group: list[EventMention]) -> None:
    """Clear the dead / injured figures of the group's sources whose every figure-bearing
    sentence places its act in a country none of the group's sources is placed in."""
    home = {m.location.country for m in group if m.location is not None and m.location.country}
    if not home:
        return
    for m in group:
        if not (m.dead or m.injured):
            continue
        told = [sp.text for sp in [m.span, *m.extra_spans] if _has_figure(sp.text)]
        if told and all(_abroad(t, home) for t in told):
            m.dead = m.injured = None
