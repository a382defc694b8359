"""The sites of one coordinated attack are events of their own: bombs at an airport and at a
metro station the same morning are two attacks, and "34 killed" told of both is a third
record, the whole.

Why here and not in an article's grouping: an article tells the whole attack and its sites
in one run of sentences, which its grouping keeps as one mention (the whole), so the sites'
own figures ("11 died at the airport") would count as rival tolls of the whole. Only the
story shows reliably that the attack had several sites: several of its outlets name two
kinds of site in one sentence ("explosions at the airport and a metro station").

The rule is strict, as sites are easy to over-read ("taken to hospital", "the school" of one
university attack): a story qualifies only when at least two articles each have an attack
sentence naming two or more kinds of site (not one placing a site "nearby" or "close by"
the other: that tells one complex attack). Then in each of its articles the attack mentions
that name a site are re-cut: a sentence naming one site goes to that site's mention, one
naming several to the whole, one naming none stays where its mention was (the whole when the
mention named several sites, else its one site). Every mention gets its site, and
`merge.py` never joins two mentions of different sites (the whole being one of them).
"""
from __future__ import annotations

import dataclasses
import re

from ..extract.counts import casualties, pick
from ..model import EventMention

# kinds of place an attack strikes, each by the words the news uses for it
SITES = {
    "airport": r"airports?|departures? (?:hall|area|lounge)s?|check-in (?:hall|area)s?",
    "metro": r"metro|subway|tube station|underground (?:station|train|carriage|blast|explosion)s?",
    "rail": r"(?:train|railway|rail) stations?",
    "stadium": r"stadium|stade|arena",
    "venue": r"concert (?:hall|venue)s?|theat(?:re|er)s?|music venues?|nightclubs?",
    "eatery": r"restaurants?|caf[eé]s?|bistros?",
    "school": r"schools?|universit(?:y|ies)|colleges?|campus(?:es)?|dormitor(?:y|ies)",
    "worship": r"church(?:es)?|mosques?|synagogues?|temples?",
    "hotel": r"hotels?",
    "market": r"markets?|shopping (?:mall|cent(?:re|er))s?|malls?",
}
SITE_WORDS = {kind: re.compile(rf"\b(?:{words})\b", re.I) for kind, words in SITES.items()}
WHOLE = "all sites"
MIN_ARTICLES = 2          # articles telling the whole attack by its sites; and each site's toll


# "another blast occurred close by, near the hotel": sites told as next to each other are
# the places of one complex attack (a gate and the hotel beside it, like twin blasts at one
# cathedral), not the scattered sites of a coordinated one
ADJACENT = re.compile(r"\b(?:nearby|close by|close to it|next door|adjacent)\b", re.I)


# "the compound, which includes a hotel, restaurants and offices": the parts of one premises
# described (up to a dash or a clause break), not the sites of a coordinated attack
PARTS_OF = re.compile(r"\b(?:which|that)\s+(?:also\s+)?(?:includes?|included|houses?|housed|"
                      r"contains?|contained|compris(?:es|ed))\b[^;:()\u2013\u2014]*", re.I)


def sites_named(text: str) -> frozenset[str]:
    """The kinds of site a sentence names, leaving out the parts of a premises it describes."""
    text = PARTS_OF.sub(" ", text)
    return frozenset(kind for kind, rx in SITE_WORDS.items() if rx.search(text))


# a second group counted in the same sentence: "while another 11 were shot down", "15 others"
FURTHER = re.compile(r"\b(?:another|a further)\s+(\d[\d,]*)\b|\b(\d[\d,]*)\s+others\b", re.I)


def _tolls(text: str) -> int:
    """How many different death tolls a sentence states."""
    said = {x.count.low for x in casualties(text)["mentions"] if x.kind == "dead"}
    said |= {int((a or b).replace(",", "")) for a, b in FURTHER.findall(text)}
    return len(said)


def _spans(m: EventMention) -> list:
    return [m.span, *m.extra_spans]


class _Reading:
    """How a story's sentences are read for sites: which kinds of site get records of their
    own (each told with a toll of its own by several outlets), and each sentence's site."""

    def __init__(self, mentions: list[EventMention]):
        said = [(m.article, sp.text) for m in mentions if m.type == "ASSAULT" for sp in _spans(m)]
        whole = {a for a, t in said if len(sites_named(t)) > 1 and not ADJACENT.search(t)}
        tolled: dict[str, set[str]] = {}       # site -> articles giving it a toll of its own
        for a, t in said:
            named = sites_named(t)
            if len(named) == 1 and casualties(t)["dead"] is not None:
                tolled.setdefault(next(iter(named)), set()).add(a)
        self.kinds = frozenset(k for k, arts in tolled.items() if len(arts) >= MIN_ARTICLES) \
            if len(whole) >= MIN_ARTICLES else frozenset()

    def label(self, text: str) -> str | None:
        """WHOLE for a sentence naming several kinds of site, else its site if that has a
        record of its own. A sentence giving each site its own toll ("118 at the theatre,
        another 11 at a restaurant") is neither: it keeps to its mention."""
        named = sites_named(text)
        if len(named) > 1:
            return None if _tolls(text) > 1 else WHOLE
        return next(iter(named & self.kinds), None)


def split_sites(mentions: list[EventMention]) -> tuple[list[EventMention], dict[int, str]]:
    """The story's mentions with its attack mentions re-cut by site, and each site mention's
    site ({id(mention): site}); unchanged unless the story's attack has several sites."""
    read = _Reading(mentions)
    if not read.kinds:
        return mentions, {}
    by_art: dict[str, list[EventMention]] = {}
    for m in mentions:
        if m.type == "ASSAULT" and any(read.label(sp.text) for sp in _spans(m)):
            by_art.setdefault(m.article, []).append(m)
    cut = {a: _recut(group, read) for a, group in by_art.items()}
    out: list[EventMention] = []
    site: dict[int, str] = {}
    for m in mentions:
        for label, part in cut.get(m.article, {}).pop(id(m), []):
            out.append(part)
            if label:
                site[id(part)] = label
        if m.type != "ASSAULT" or not any(m is g for g in by_art.get(m.article, [])):
            out.append(m)
    return out, site


def _recut(group: list[EventMention], read: _Reading
           ) -> dict[int, list[tuple[str | None, EventMention]]]:
    """One article's site-naming attack mentions, each as it was with its site when all its
    sentences tell one site (or the whole), else cut into one mention per site, the cut
    pieces of one site joined across the article's mentions. Keyed by id() of the mention
    the result takes the place of."""
    whole_told = any(read.label(sp.text) == WHOLE for m in group for sp in _spans(m))
    prev = _previous_sites(group, read)
    labels = {id(m): _labels(m, read, whole_told, prev) for m in group}
    whole = {id(m) for m in group if len(set(labels[id(m)])) == 1 or not whole_told}
    kept = {(labels[id(m)][0], sp.start) for m in group if id(m) in whole for sp in _spans(m)}
    pieces: dict[str | None, list[tuple]] = {}
    out: dict[int, list] = {}
    for m in group:
        if id(m) in whole:
            out[id(m)] = [(labels[id(m)][0], m)]
            continue
        out[id(m)] = []
        for sp, lab in zip(_spans(m), labels[id(m)]):
            if (lab, sp.start) not in kept:     # a site's sentence its own mention already tells
                pieces.setdefault(lab, []).append((sp, m))
    for label, items in pieces.items():
        own = [m for m in group if id(m) in whole and labels[id(m)][0] == label and label]
        if len(own) == 1:                   # the site's own mention takes the cut sentences
            items += [(sp, own[0]) for sp in _spans(own[0])]
            out[id(own[0])] = [(label, _part(items, own[0]))]
            continue
        first = min(items, key=lambda x: x[0].start)[1]
        out[id(first)].append((label, _part(items)))
    return out


# "15 people were killed ... in this blast": the site of the sentence told just before
BACK_TO_SITE = re.compile(r"\b(?:this|that|the same)\s+(?:blast|explosion|bombing|attack|shooting)\b",
                          re.I)


def _previous_sites(group: list[EventMention], read: _Reading) -> dict[int, str]:
    """{start of a sentence pointing back at "this blast": the site of the sentence right
    before it}, among the article's attack sentences."""
    spans = sorted({sp.start: sp for m in group for sp in _spans(m)}.values(), key=lambda x: x.start)
    out = {}
    for a, b in zip(spans, spans[1:]):
        site = read.label(a.text)
        if site and site != WHOLE and not read.label(b.text) and 0 <= b.start - a.end <= 2 \
                and BACK_TO_SITE.search(b.text):
            out[b.start] = site
    return out


def _labels(m: EventMention, read: _Reading, whole_told: bool, prev: dict[int, str]
            ) -> list[str | None]:
    """Each sentence's site; one naming none points back at the site told just before it
    ("in this blast"), or keeps to the whole when the article tells the whole attack, else
    to the site its mention opens with."""
    labels = [read.label(sp.text) or prev.get(sp.start) for sp in _spans(m)]
    home = WHOLE if whole_told else labels[0]
    return [lab or home for lab in labels]


def _part(items: list[tuple], base: EventMention | None = None) -> EventMention:
    """A mention of the sentences in `items` (span, its old mention), with the values of
    `base` (else the old mention of its first sentence) and its own figures."""
    seen: dict[tuple[int, int], object] = {}
    for sp, _ in sorted(items, key=lambda x: x[0].start):
        seen.setdefault((sp.start, sp.end), sp)
    return cut(base or min(items, key=lambda x: x[0].start)[1], list(seen.values()))


def cut(m: EventMention, spans: list) -> EventMention:
    """`m` told by some of its sentences only: its figures are theirs, and it keeps its
    actor and recipient only when these sentences name them (the airport's sentences do not
    name "at least 26 people" the whole attack killed)."""
    said = " ".join(sp.text for sp in spans).lower()
    parties = {f: None for f in ("actor", "recipient") if (getattr(m, f) or "").lower() not in said}
    parties.update({f + "_class": None for f in list(parties)})
    return dataclasses.replace(m, span=spans[0], extra_spans=spans[1:],
                               dead=figure(spans, m.dead, "dead"),
                               injured=figure(spans, m.injured, "injured"), **parties)


def figure(spans: list, old, field: str):
    """The old mention's figure when one of these sentences states it, else the best one
    these sentences state (none when they state none)."""
    stated = [x for sp in spans for x in casualties(sp.text)["mentions"] if x.kind == field]
    if old is not None and any((x.count.low, x.count.high) == (old.low, old.high) for x in stated):
        return old
    best = pick(stated)
    return best.count if best else None
