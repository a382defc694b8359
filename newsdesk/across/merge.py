"""One record per real-world event: mentions from different articles of one story that
describe the same event are merged, every mention kept as a source.

Why best-first linking with vetoes: news coverage of one story names many events of one
type (two camps stormed, three bombings), so two mentions merge only when nothing rules it
out (another type, another kind of act of that type, dates days apart, the same article
twice) and their wording, place, actors and figures agree enough. Pairs are joined best
first, and a join is refused if any pair across the two groups is vetoed. A running total
or a standing protest names no one day, so its day vetoes nothing (`merge_spread`).

Why it stays cheap on large stories (a live store refreshes a story per new article):
each mention's features are computed once and cached by content, all pair scores of one
type are a few matrix products (`merge_pairs.py`), and the vetoes are checked on per-group
summaries (articles, day range, kinds), not pair by pair.

After linking, a report of an attack that gives no figure joins the one figure-carrying
event of its type at the same town on the same day (`join_tollless`): wording rarely links
"a government offensive in Sloviansk" to "fighting in Slavyansk ... at least nine dead". The only two records of one type that
state one toll of 20 or more are one event (`merge_tolls`): "the night left 265 dead" and
"the coup that killed at least 265" share few words and may be placed apart.

A source's figures told only by a sentence about an act in another country leave it
(`merge_abroad`): "IS also said it was behind the bombings in Paris which killed 129" is no
second toll of the plane it downed over Sinai. Nor is the count of officers hurt the toll
of the crackdown they carry out (`merge_forces`).

Events that a key surer than wording identifies join last: one named victim killed
(`merge_victims`), one unnamed victim in one role killed that day (`merge_roles`), one named
person charged or arrested within days (`merge_legal`), a storming and a seizure of one
named site on one day (`merge_seized`), a follow-up's "the attack" with the story's one attack
that states its day (`merge_backref`), the second blast of a twin bombing with the attack
its articles tell (`merge_followup`); an article's second telling of an act, refused only
by its article's slot, joins the record its first telling is in (`merge_slots`), and so does
a group of such second tellings from articles that record already holds. Two acts
whose actor and recipient are swapped (an expulsion and the answer in kind) never join
(`merge_reciprocal`), nor do "fresh attacks Monday night" and another outlet's attack told on
other weekdays (`merge_fresh`), and every pair across two groups is checked before they join
(a chain of joins undid such vetoes); a statement is its speaker's: two reports naming one
person agree on the actor, two people's never join (`merge_voices`), nor do acts whose actors name only
different states, nor acts placed at well-known towns of two countries (`merge_countries`). With these vetoes the join bar is 0.5 (0.6 for a charge or an arrest,
which `merge_legal` keys on the accused): at 0.6 reports of one act worded apart stayed
split on fresh coverage.

Photo captions are left out of mentions first (`merge_captions`): a caption restates the
story with the photo's day and would draw its article's sentences into an event of its own.
Then the attackers felled by the forces leave the attack's mention (`merge_felled`) and link
to no other outlet's report of the attack (they would lend it the forces as actor), and a
story's attack that struck several kinds of site is re-cut by site, each site and the whole
kept apart (`merge_sites`).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

import numpy as np

from ..model import Article, Event, EventMention, Location, Picture
from ..pipeline import corpus_step
from .figures import best_count
from .merge_abroad import drop_abroad_figures
from .merge_backref import join_backrefs
from .merge_captions import without_captions
from .merge_countries import country_vetoes
from .merge_felled import felled_mention, split_felled
from .merge_felled_join import join_felled
from .merge_forces import victims_voters
from .merge_followup import join_followups
from .merge_fresh import fresh_vetoes
from .merge_legal import clashes, is_legal, join_legal
from .merge_named import victim_vetoes
from .merge_pairs import (PRECISION_RANK, codes as _codes, count_match as _counts,
                          features as _features, overlaps as _overlaps, party as _party,
                          place_matrix as _places, place_relation, same_code as _same,
                          text_sims as _text_sims)
from .merge_reciprocal import reciprocal_vetoes
from .merge_roles import join_roles
from .merge_seized import join_seized
from .merge_second import marked_second, second_vetoes
from .merge_separate import separate_vetoes
from .merge_spread import spread_over_time
from .merge_states import other_states, same_party
from .merge_refs import unlist_references
from .merge_sites import split_sites
from .merge_slots import join_slotted, same_target
from .merge_tolls import join_same_toll
from .merge_victims import join_victims
from .merge_voices import voice_matrices
from .places import best_location, names_place as _names_place, scene as _scene
from .stories import parse_time

# Acts that happen somewhere: their place tells two events apart. A verbal act's sentence
# names parties and topics ("rejects the deal hammered out in Vienna"), so two reports of
# one statement often carry different places, and place says little there.
PLACE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID", "RETREAT",
                         "CONCEDE"})
# Types whose `mode` names a distinct kind of act (a curfew is not an arrest, closing the
# borders is not breaking relations): two modes never make one event.
MODE_TYPES = frozenset({"COERCE", "SANCTION", "CONCEDE", "RETREAT", "MOBILIZE"})
LEGAL_TYPES = frozenset({"ACCUSE", "COERCE", "RETREAT"})     # charges, arrests, resignations


@dataclass
class MergeParams:
    threshold: float = 0.5
    legal_threshold: float = 0.6  # a charge or an arrest: its accused person is the surer
                                  # key (merge_legal.py), so wording alone links less
    w_text: float = 1.0
    w_place: float = 0.35        # PLACE_TYPES only
    w_date: float = 0.1
    w_actor: float = 0.35
    w_recipient: float = 0.5
    w_count: float = 0.3
    w_lead: float = 0.2          # both the first event of the type in their article
    w_sole: float = 0.15         # ... and the only one: each article's telling of its act
                                 # (PLACE_TYPES only)
    w_mode: float = 0.4          # the same kind of act (mode)
    max_km: float = 60.0
    stated_gap: int = 1          # days apart that rule out one event when both days are stated
    default_gap: int = 3         # ... when a day is only the article's default


def _day(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


class _Mention:
    """A mention with the features the linker compares."""
    __slots__ = ("m", "vec", "actor", "recip", "day", "stated", "lead", "sole", "kind", "mode",
                 "site")

    def __init__(self, m: EventMention, lead: bool = False, site: str | None = None,
                 sole: bool = False):
        self.m = m
        self.site = site                    # of a multi-site attack (merge_sites.py)
        self.vec, self.actor, self.recip = _features(m)
        d = None if spread_over_time(m) else _day(m.date)   # a running total: no one day
        self.day = d.toordinal() if d else None
        self.stated = bool(d and getattr(m, "date_explicit", False))
        self.lead = lead
        self.sole = sole                    # the article's only mention of the type
        self.kind = m.mode                  # the kind of act: the same one counts for
        self.mode = m.mode if m.type in MODE_TYPES else None   # ... a different one vetoes


class _Group:
    """What the vetoes need to know about a group: its articles, the days its members
    state or default to, its kinds of act, its site of a multi-site attack."""
    __slots__ = ("members", "arts", "stated", "default", "modes", "sites")

    def __init__(self, i: int, x: _Mention):
        self.members = [i]
        self.arts = {x.m.article}
        self.stated = (x.day, x.day) if x.day is not None and x.stated else None
        self.default = (x.day, x.day) if x.day is not None else None
        self.modes = {x.mode} if x.mode else set()
        self.sites = {x.site} if x.site else set()

    def vetoes(self, o: "_Group", p: MergeParams) -> bool:
        return not self.arts.isdisjoint(o.arts) or self.clashes(o, p)

    def clashes(self, o: "_Group", p: MergeParams) -> bool:
        """Any group veto but the article slot."""
        if len(self.modes | o.modes) > 1 or len(self.sites | o.sites) > 1:
            return True
        return (_spread(self.stated, o.stated) > p.stated_gap
                or _spread(self.default, o.default) > p.default_gap)

    def absorb(self, o: "_Group") -> None:
        self.members += o.members
        self.arts |= o.arts
        self.stated = _span(self.stated, o.stated)
        self.default = _span(self.default, o.default)
        self.modes |= o.modes
        self.sites |= o.sites


def _span(a, b):
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), max(a[1], b[1]))


def _spread(a, b) -> int:
    s = _span(a, b) if a and b else None
    return s[1] - s[0] if s else 0


def _block_scores(ms: list[_Mention], p: MergeParams, copies: dict[str, str] | None
                  ) -> tuple[np.ndarray, np.ndarray]:
    """Scores and vetoes of every pair of one type's mentions, as matrices."""
    n = len(ms)
    text = _text_sims(ms)
    actors = np.maximum(_overlaps([x.actor for x in ms]), same_party([x.m.actor for x in ms]))
    same_voice, voice_clash = voice_matrices(ms)    # the persons a statement speaks through
    actors = np.maximum(actors, same_voice)
    s = p.w_text * text + p.w_actor * actors \
        + p.w_recipient * _overlaps([x.recip for x in ms])
    if ms[0].m.type in PLACE_TYPES:
        s += p.w_place * _places(ms, p.max_km)
    day = np.array([np.nan if x.day is None else x.day for x in ms], dtype=float)
    gap = np.abs(day[:, None] - day[None, :])
    with np.errstate(invalid="ignore"):
        s += p.w_date * np.where(gap == 0, 1.0, np.where(gap == 1, 0.5, 0.0))
        stated = np.array([x.stated for x in ms])
        both = stated[:, None] & stated[None, :]
        veto = np.where(both, gap > p.stated_gap, gap > p.default_gap)
    s += p.w_count * np.maximum(_counts(ms, "dead"), _counts(ms, "injured"))
    lead = np.array([x.lead for x in ms])
    s += p.w_lead * (lead[:, None] & lead[None, :])
    if ms[0].m.type in PLACE_TYPES:             # a statement is one of many an article tells
        sole = np.array([x.sole for x in ms])
        s += p.w_sole * (sole[:, None] & sole[None, :])
    s += p.w_mode * _same(_codes([x.kind for x in ms]))
    names: dict[str, int] = {}
    art = np.array([names.setdefault(x.m.article, len(names)) for x in ms])
    mode = _codes([x.mode for x in ms])
    veto |= art[:, None] == art[None, :]
    veto |= (mode[:, None] != mode[None, :]) & (mode[:, None] >= 0) & (mode[None, :] >= 0)
    site = _codes([x.site for x in ms])
    veto |= (site[:, None] != site[None, :]) & (site[:, None] >= 0) & (site[None, :] >= 0)
    if ms[0].m.type in LEGAL_TYPES:             # legal acts against different named people
        for i, j in clashes(ms):
            veto[i, j] = veto[j, i] = True
    veto |= separate_vetoes([x.m for x in ms])  # "In a separate incident, ...": another act
    veto |= second_vetoes([x.m for x in ms])    # "a second assault ... at the X": its own site
    veto |= fresh_vetoes([x.m for x in ms])     # "fresh attacks Monday night" / Sunday's attack
    veto |= voice_clash                         # two people's statements
    veto |= other_states([x.m.actor for x in ms])  # "US troops" / "the Jordanian army"
    veto |= reciprocal_vetoes([x.m for x in ms])  # "A expels B's diplomats" / "B expels A's"
    veto |= victim_vetoes([x.m for x in ms])      # killings of two named people
    if ms[0].m.type in PLACE_TYPES:             # towns in two countries: two acts
        veto |= country_vetoes([x.m for x in ms])
    fell = np.array([_felled(x.m) for x in ms])  # the attackers' end meets only its own kind
    veto |= fell[:, None] != fell[None, :]
    if copies:                                  # the same report, republished
        orig = np.array([names.get(copies.get(x.m.article, ""), -1) for x in ms])
        linked = (orig[:, None] == art[None, :]) | (art[:, None] == orig[None, :])
        s += 10.0 * (linked & (text >= 0.8))
    return s, veto | np.tri(n, dtype=bool)       # each pair once (upper triangle)


def _felled(m: EventMention) -> bool:
    """A mention that only tells the attackers killed by the forces (cut out by
    `merge_felled`): linked to another outlet's attack report, it would carry the
    forces into that record as the attack's actor."""
    return felled_mention(m)


def group_mentions(mentions: list[EventMention], params: MergeParams | None = None,
                   copies: dict[str, str] | None = None, sites: dict[int, str] | None = None
                   ) -> list[list[EventMention]]:
    """Partition the mentions of one story into events (each a list, input order kept).
    `copies` ({copy article: original article}, from the duplicates step) links a wire
    copy's mention to the original's matching one before anything else; `sites`
    ({id(mention): site}, from `split_sites`) keeps the sites of one attack apart."""
    p = params or MergeParams()
    first: dict[tuple[str, str], EventMention] = {}
    for m in mentions:      # the lead event of each type in each article: the story's main one
        key = (m.article, m.type)
        if key not in first or m.span.start < first[key].span.start:
            first[key] = m
    sites = sites or {}
    told = Counter((m.article, m.type) for m in mentions)
    ms = [_Mention(m, first[(m.article, m.type)] is m, sites.get(id(m)),
                   told[(m.article, m.type)] == 1) for m in mentions]
    by_type: dict[str, list[int]] = defaultdict(list)
    for i, x in enumerate(ms):
        by_type[x.m.type].append(i)
    cand_s, cand_i, cand_j = [], [], []
    vetoed: dict[int, tuple[dict[int, int], np.ndarray]] = {}   # mention -> its type's vetoes
    for idx in by_type.values():
        if len(idx) < 2:
            continue
        s, veto = _block_scores([ms[i] for i in idx], p, copies)
        block = ({i: k for k, i in enumerate(idx)}, veto)       # (upper triangle)
        vetoed.update((i, block) for i in idx)
        legal = np.array([is_legal([ms[i]]) for i in idx])
        bar = np.where(legal[:, None] | legal[None, :], p.legal_threshold, p.threshold)
        r, c = np.nonzero(~veto & (s >= bar))
        ix = np.array(idx)
        cand_s.append(s[r, c])
        cand_i.append(ix[r])
        cand_j.append(ix[c])
    groups = [_Group(i, x) for i, x in enumerate(ms)]
    owner = list(range(len(ms)))
    refused: list[tuple[int, int]] = []     # above the bar, turned down by the article slot

    def absorb(gi: int, gj: int) -> None:
        groups[gi].absorb(groups[gj])
        for x in groups[gj].members:
            owner[x] = gi

    def paired(gi: int, gj: int) -> bool:
        """A vetoed pair across the two groups (no chain of joins undoes a pair veto)."""
        pos, veto = vetoed[groups[gi].members[0]]
        return any(veto[min(pos[a], pos[b]), max(pos[a], pos[b])] for a in groups[gi].members
                   for b in groups[gj].members if ms[a].m.article != ms[b].m.article)

    def clash(gi: int, gj: int) -> bool:
        if not same_target([ms[a].m.recipient for a in groups[gi].members],
                           [ms[b].m.recipient for b in groups[gj].members]):
            return True                         # (whom it struck: a telling of its own)
        return groups[gi].clashes(groups[gj], p) or paired(gi, gj)
    if cand_s:
        s, ii, jj = np.concatenate(cand_s), np.concatenate(cand_i), np.concatenate(cand_j)
        order = np.lexsort((jj, ii, -s))        # best first; ties in input order
        art = [x.m.article for x in ms]
        for i, j in zip(ii[order].tolist(), jj[order].tolist()):
            gi, gj = owner[i], owner[j]
            if gi == gj:
                continue
            if art[j] in groups[gi].arts or art[i] in groups[gj].arts:
                refused.append((i, j))          # (the commonest veto, checked first)
                continue
            if groups[gi].vetoes(groups[gj], p) or paired(gi, gj):
                continue
            if len(groups[gi].members) < len(groups[gj].members):
                gi, gj = gj, gi
            absorb(gi, gj)
        join_slotted(owner, [x.m.span.text for x in ms], lambda g: len(groups[g].members),
                     refused, clash, absorb, [x.m.article for x in ms])
        join_felled(owner, [_felled(x.m) for x in ms], [x.m.type for x in ms], art,
                    lambda g, h: groups[g].clashes(groups[h], p) or paired(g, h), absorb)
    out = [sorted(g.members) for k, g in enumerate(groups) if owner[g.members[0]] == k]
    out = join_tollless([[ms[k] for k in g] for g in out], p)
    out = join_backrefs(out, place_relation, p.max_km, p.stated_gap)
    out = join_victims(join_same_toll(out, p.default_gap))
    out = join_legal(join_roles(out, place_relation, p.max_km))
    out = join_followups(out, place_relation, p.max_km, p.stated_gap)
    pos = {id(x): k for k, x in enumerate(ms)}
    out = [sorted(g, key=lambda x: pos[id(x)]) for g in out]
    out = [[x.m for x in g] for g in sorted(out, key=lambda g: pos[id(g[0])])]
    return join_seized(out, place_relation, p.max_km)


def _stated_place(x: _Mention) -> Location | None:
    """The mention's own town or site (city level or finer, named in its sentences)."""
    loc = x.m.location
    if loc is None or PRECISION_RANK.get(loc.precision, 0) < 4:
        return None
    return loc if _names_place(x.m, loc) else None


def join_tollless(groups: list[list[_Mention]], p: MergeParams) -> list[list[_Mention]]:
    """A toll-less report of an attack joins the one event of its type that carries a toll
    at the same town on the same day.

    Why: wording alone rarely links "a government offensive in Sloviansk" (no figure) to
    "renewed fighting in Slavyansk leading to the deaths of at least nine"; but one story
    seldom has two attacks of one type at one town on one day, so when exactly one
    figure-carrying event fits, the bare report is that event. Several candidates (the
    sites of one coordinated attack all lie in one city) leave it alone. A report from an
    article the event already holds joins only when it points back at it (`_points_back`)."""
    def tolled(g):
        return any(x.m.dead or x.m.injured for x in g)

    out = [list(g) for g in groups]
    where: dict[int, Location | None] = {}       # a tolled event's place, computed once
    second = marked_second([x.m for g in out for x in g])   # "a second raid at X": another act
    for g in [g for g in out if not tolled(g) and g[0].m.type in PLACE_TYPES
              and not any(id(x.m) in second for x in g)]:
        places = [loc for loc in map(_stated_place, g) if loc is not None]
        if not places:
            continue
        hosts = []
        for h in out:
            if h is g or h[0].m.type != g[0].m.type or not tolled(h) or \
                    not all(_points_back(x) for x in g if x.m.article in {y.m.article for y in h}):
                continue
            if id(h) not in where:
                where[id(h)] = best_location([x.m for x in h])
            if _fits(g, h, places, where[id(h)], p):
                hosts.append(h)
        if len(hosts) == 1:
            hosts[0].extend(g)
            where.pop(id(hosts[0]), None)
            out = [x for x in out if x is not g]
    return out


# "also killed in the attack", "after the shooting": a sentence pointing back at the event its
# article already told, not a new act
_BACK = re.compile(r"\b(?:(?:in|during|after|since|of|from|by) the (?:same )?(?:attack|shooting|bombing|"
                   r"blast|explosion|assault|massacre|rampage|stabbing|crash|collision|ambush|raid)s?|"
                   r"also (?:killed|wounded|injured|shot(?! down)|died|hurt))\b", re.I)   # "shot down": an act


def _points_back(x: _Mention) -> bool:
    """Whether a mention refers back to an event its article told before. An article's own
    grouping split it off (a victim named later, "another man was also killed in the attack"),
    so it may join its article's tolled event; a new act in the same article never does."""
    return any(_BACK.search(sp.text) for sp in [x.m.span, *x.m.extra_spans])


def _fits(g: list[_Mention], h: list[_Mention], places: list[Location],
          theirs: Location | None, p: MergeParams) -> bool:
    """Same town (every stated place of `g` is `theirs`, the event place of `h`), days
    within the stated gap, one kind of act, no clash of named actors."""
    if theirs is None or PRECISION_RANK.get(theirs.precision, 0) < 4 or \
            not all(place_relation(a, theirs, p.max_km) >= 1.0 for a in places):
        return False
    days = [x.day for x in g + h if x.day is not None]
    if days and max(days) - min(days) > p.stated_gap:
        return False
    if len({x.mode for x in g + h if x.mode}) > 1 or len({x.site for x in g + h if x.site}) > 1:
        return False
    ga = frozenset().union(*(_party(x.m.actor) for x in g))
    ha = frozenset().union(*(_party(x.m.actor) for x in h))
    return not (ga and ha and not ga & ha)


def _best_value(values: list[str | None]) -> str | None:
    vals = [v for v in values if v]
    if not vals:
        return None
    c = Counter(vals)
    return max(c, key=lambda v: (c[v], -vals.index(v)))


def best_date(ms: list[EventMention]) -> str | None:
    """The day most sources state outright; a day that is only an article's default
    ("no day named, so the publication day") votes only when no source states one. Ties go
    to the earlier day: later days are follow-up reports of the same event."""
    days = [m.date for m in ms if m.date and m.date_explicit] or [m.date for m in ms if m.date]
    if not days:
        return None
    c = Counter(days)
    top = max(c.values())
    return min(d for d in c if c[d] == top)


def build_event(eid: str, ms: list[EventMention], when: dict[str, float],
                copies: dict[str, str] | None = None, notes: dict | None = None,
                where: dict[str, float] | None = None) -> Event:
    """The event's own values from its mentions; a wire copy's mention is attached (its
    outlet is a source) but does not vote twice for the original's values."""
    ev = Event.from_mention(eid, ms[0])
    ev.mentions = list(ms)
    ms = [m for m in ms if m.article not in (copies or {})] or ms
    ev.location = best_location(ms, where)
    ev.date = best_date(ms)
    ev.date_estimated = bool(ev.date) and all(m.date_estimated for m in ms if m.date == ev.date)
    for attr in ("mode", "actor", "actor_class", "recipient", "recipient_class"):
        setattr(ev, attr, _best_value([getattr(m, attr) for m in ms]))
    if ev.actor and ev.recipient and ev.actor.casefold() == ev.recipient.casefold():
        # one name voted into both roles by different mentions: a named party of violence is
        # mostly its victim ("X was found shot dead"); of a verbal act, its author
        side = "actor" if ev.type in ("ASSAULT", "COERCE") else "recipient"
        setattr(ev, side, None)
        setattr(ev, side + "_class", None)
    # the officers hurt are not the victims of the crackdown they carry out (merge_forces)
    ev.dead = best_count(victims_voters(ms, "dead"), "dead", when, notes)
    ev.injured = best_count(victims_voters(ms, "injured"), "injured", when, notes)
    return ev


def merge(articles: list[Article], params: MergeParams | None = None) -> list[Event]:
    """Events for all articles, merged within each story, ids e1.. in order of first mention."""
    when = {a.id: parse_time(a.published) or -1.0 for a in articles}
    copies = {a.id: a.duplicate_of for a in articles if a.duplicate_of}
    by_story: dict[str, list[EventMention]] = {}
    order = {}
    for a_i, art in enumerate(articles):
        order[art.id] = a_i
        ms = split_felled(without_captions(art.mentions, art.text or ""))
        by_story.setdefault(art.story or f"alone:{art.id}", []).extend(ms)
    split = {key: split_sites(ms) for key, ms in by_story.items()}
    by_story = {key: ms for key, (ms, _) in split.items()}
    rank = {id(m): (order[m.article], k) for ms in by_story.values() for k, m in enumerate(ms)}
    scenes = {key: _scene(ms) for key, ms in by_story.items()}
    story = {id(m): key for key, ms in by_story.items() for m in ms}
    groups = [g for key, ms in by_story.items()
              for g in group_mentions(ms, params, copies, split[key][1])]
    groups.sort(key=lambda g: min(rank[id(m)] for m in g))
    for g in groups:
        drop_abroad_figures(g)
    notes = {a.id: a.layers.get("figures") for a in articles}   # per-statement toll flags
    events = [build_event(f"e{k}", g, when, copies, notes, scenes[story[id(g[0])]])
              for k, g in enumerate(groups, 1)]
    unlist_references(events, articles)     # built from every sentence, listed by tellings
    return events


@corpus_step("merge_events")
def merge_events(articles: list[Article], picture: Picture) -> None:
    picture.events = merge(articles)
