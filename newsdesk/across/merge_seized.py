"""A storming and a seizure of one named site on one day are one act.

Why: outlets tell a building's takeover with different verbs: "masked gunmen stormed the
parliament" (an attack, ASSAULT) and "armed men seized the local parliament" (a seizure,
COERCE). The linker never joins two types, so one takeover became two records. The rule
is strict, as a story may hold several takeovers (the government buildings of several
towns): both records name the same kind of site right after their verb, every day they
carry is the same one day, their places do not contradict, their actors agree (or one
has none), and exactly one seizure fits the storming.
"""
from __future__ import annotations

import re

from ..model import EventMention

# kinds of site a takeover is told of, each by the words the news uses for it
SITES = {
    "parliament": r"parliament|legislature|assembly|rada|congress",
    "government": r"government (?:buildings?|headquarters|offices?)|administration buildings?|"
                  r"city hall|town hall|council buildings?|governor'?s? (?:office|building)",
    "airport": r"airports?|airfield|air base",
    "broadcaster": r"(?:tv|television|radio) (?:station|centre|center|building)s?|broadcaster",
    "police": r"police (?:station|headquarters)s?",
    "ministry": r"ministry|ministries",
    "palace": r"(?:presidential )?palace",
    "embassy": r"embassy|consulate",
}
_SITE = {k: re.compile(rf"\b(?:{w})\b", re.I) for k, w in SITES.items()}
# the verb, then the object phrase it acts on (up to the clause's end)
STORM = re.compile(r"\b(?:storm(?:ed|ing|s)?)\b(?:\s+(?:into|onto))?([^,;.]{0,80})", re.I)
SEIZE = re.compile(r"\b(?:seiz(?:ed|ing|es|e)|took over|taken over|tak(?:es|ing) over|"
                   r"occupied|occupying)\b([^,;.]{0,80})", re.I)
STORM_TYPE, SEIZE_TYPE = "ASSAULT", "COERCE"


def _sites(ms: list[EventMention], verb: re.Pattern) -> set[str]:
    """The kinds of site the records' sentences name as the object of `verb`."""
    return {k for m in ms for k in _mention_sites(m, verb)}


def _mention_sites(m: EventMention, verb: re.Pattern) -> set[str]:
    return {k for sp in [m.span, *m.extra_spans] for obj in verb.findall(sp.text)
            for k, rx in _SITE.items() if rx.search(obj)}


def _storming(g: list[EventMention]) -> list[EventMention]:
    """The record's mentions that tell the storming of a site: the ones whose day, place
    and actor speak for it (its other sentences may tell further acts the linker joined)."""
    return [m for m in g if _mention_sites(m, STORM)]


def _days(ms: list[EventMention]) -> set[str]:
    return {m.date[:10] for m in ms if m.date}


def _actors(ms: list[EventMention]) -> set[str]:
    return {m.actor.casefold().strip() for m in ms if m.actor}


def _fits(storm: list[EventMention], seize: list[EventMention], place_relation, max_km) -> bool:
    days = _days(storm) | _days(seize)
    if len(days) != 1 or not _days(storm) or not _days(seize):
        return False
    if not _sites(storm, STORM) & _sites(seize, SEIZE):
        return False
    a, b = _actors(storm), _actors(seize)
    if a and b and not a & b:
        return False
    return not any(place_relation(x.location, y.location, max_km) < 0 for x in storm for y in seize)


def join_seized(groups: list[list[EventMention]], place_relation, max_km: float
                ) -> list[list[EventMention]]:
    """Each storming record joins the one seizure record that fits its storming mentions
    (`_fits`); the seizure's mentions come first, so the event keeps the seizure's type."""
    out = [list(g) for g in groups]
    for g in [g for g in out if g[0].type == STORM_TYPE and _storming(g)]:
        hosts = [h for h in out if h[0].type == SEIZE_TYPE
                 and _fits(_storming(g), h, place_relation, max_km)]
        if len(hosts) == 1:
            hosts[0].extend(g)
            out = [x for x in out if x is not g]
    return out
