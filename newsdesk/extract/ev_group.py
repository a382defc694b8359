"""Group an article's event statements into mentions: the same attack told in four sentences
is ONE mention whose `extra_spans` hold the other sentences.

A statement joins an earlier group of the same type when nothing conflicts (different named
actors, different explicit places, different coercive measures, different death tolls) and,
unless it is anaphoric ("the attacks", a bare toll), something links them (same actor, same
recipient, same mode, a shared place). A historical comparison may only join, never start.

Casualty figures steer grouping because they are the surest sign of one event: a sentence
restating a toll the group already gives ("nearly 140" / "at least 138", or parts that add
up to it) joins it first, a party's rival count ("claims at least 2,000") joins the first
toll instead of opening an event, and a lede toll inside a historical comparison ("rose to
290 ... worst attacks in a decade") joins the attack told next. The mention's figure is
`counts.pick` over all its statements; their flags go to `art.layers["figures"]` for the
event-level choice across sources (across/figures.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Article, Count, EventMention
from . import actors as A
from . import context as C
from .counts import Mention, casualties, pick, same_toll
from .dates import mention_day

NOBODY = {"no one", "nobody", "none", "no group", "noone"}   # "No one has claimed ...": no actor
MODE_STRICT = {"COERCE", "SANCTION", "RETREAT", "CONCEDE", "MOBILIZE"}


class Group:
    def __init__(self, c):
        self.cands = [c]
        self.type = c.type

    def _vals(self, attr):
        return [getattr(c, attr) for c in self.cands if getattr(c, attr)
                and getattr(c, attr).lower() not in NOBODY]

    @property
    def actor(self):
        v = [c.actor for c in self.cands if c.actor and not c.anaphoric
             and c.actor.lower() not in NOBODY] or self._vals("actor")
        return v[0] if v else None

    @property
    def recipient(self):
        v = self._vals("recipient")
        return v[0] if v else None

    @property
    def mode(self):
        v = self._vals("mode")
        return v[0] if v else None

    @property
    def places(self):
        return {p for c in self.cands for p in c.places}

    @property
    def dead(self):
        v = [c.dead for c in self.cands if c.dead]
        return v[0] if v else None

    def tolls(self, field: str) -> list:
        return [getattr(c, field) for c in self.cands if getattr(c, field)]


def _same_actor(a, b) -> bool:
    if a == b:
        return True
    ca, cb = A.actor_class(a), A.actor_class(b)
    return ca is not None and ca == cb and ca in ("state forces", "rebels/militants", "protesters")


_GENERIC = {"countries", "nations", "states", "governments", "sides", "allies", "group", "groups",
            "officials", "authorities", "people", "others", "they", "both"}
_STOP = {"the", "a", "an", "of", "and", "'s", "its", "their", "his", "her", "all", "four", "three",
         "two", "several", "other"}


def _tokens(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'-]+", name.lower().replace("\u2019", "'"))
            if w not in _STOP and not w.endswith("'s")} | \
        {w[:-2] for w in re.findall(r"[a-z]+'s", name.lower().replace("\u2019", "'"))}


def _actor_conflict(a, b, typ: str) -> bool:
    """Different parties: for material acts, different actor classes (or unrelated names
    with no class); for statements and measures, names sharing no word (a bare plural like
    "the countries" matches anyone)."""
    if not a or not b or a == b:
        return False
    ta, tb = _tokens(a), _tokens(b)
    if ta & tb or ta <= _GENERIC or tb <= _GENERIC:
        return False
    ca, cb = A.actor_class(a), A.actor_class(b)
    if typ in ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT"):
        if ca and cb:
            state = {"government", "state forces"}
            return ca != cb and not (ca in state and cb in state)
    ka, kb = A.actor_country(a), A.actor_country(b)
    if ka and kb and ka == kb:
        return False        # "Russia" and "the foreign ministry in Moscow"
    return True


VERBAL = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "CONSULT", "SUPPORT", "AGREE", "AID",
          "COOPERATE", "CONCEDE"}


def _conflict(g: Group, c, places) -> bool:
    if _actor_conflict(g.actor, c.actor, g.type):
        return True
    if g.type in MODE_STRICT and g.mode and c.mode and g.mode != c.mode:
        return True
    if g.type in VERBAL and g.recipient and c.recipient and g.recipient != c.recipient:
        return True
    if g.type in ("ASSAULT", "COERCE", "PROTEST") and not c.anaphoric and \
            not places.compatible(g.places, set(c.places)):
        return True
    if g.dead and c.dead and not c.anaphoric and not getattr(c, "dead_claimed", False) \
            and not any(same_toll(d, c.dead) for d in g.tolls("dead")):
        return True
    return False


def _same_toll(g: Group, c) -> bool:
    """A figure the group already states: a restated toll is the same event."""
    said = {"dead": [c.dead, getattr(c, "dead_sum", None)], "injured": [c.injured]}
    return any(x and any(same_toll(x, d) for d in g.tolls(f)) for f, xs in said.items() for x in xs)


def _linked(g: Group, c) -> bool:
    if c.anaphoric or c.weak:
        return True
    if g.actor and c.actor and _same_actor(g.actor, c.actor):
        return True
    if g.recipient and c.recipient and g.recipient == c.recipient:
        return True
    if g.mode and c.mode and g.mode == c.mode:
        return True
    if g.type in MODE_STRICT and g.mode == c.mode:
        return True
    if g.places & set(c.places):
        return True
    return False


def _absorb_faceless(groups: list[Group], places) -> list[Group]:
    """An attack group with no toll and no place of its own ("eight militants wearing
    explosive belts carried out the attack") is another telling of the article's main
    attack: fold it into the first compatible attack that has a toll or a place."""
    out = list(groups)
    for g in list(out):
        if g.type != "ASSAULT" or g.dead or g.places:
            continue
        hosts = [h for h in out if h is not g and h.type == "ASSAULT" and (h.dead or h.places)
                 and not _actor_conflict(h.actor, g.actor, "ASSAULT")
                 and not any(o.sent == c.sent for o in h.cands for c in g.cands)]
        if hosts:
            hosts[0].cands.extend(g.cands)
            hosts[0].cands.sort(key=lambda c: c.sent)
            out.remove(g)
    return out


LEDE = 2          # sentences that open the article: its headline event


@lru_cache(maxsize=1024)
def _tolls(sentence: str) -> tuple[Mention, ...]:
    return tuple(casualties(sentence)["mentions"])


def _stated(art: Article, c, field: str) -> list[Mention]:
    """The statements behind a candidate's figure, with their flags (claim, subgroup, ...).
    A lede sentence that is only weak for a historical comparison ("rose to 290 ... the
    worst attacks for more than a decade") still states the toll before the comparison."""
    text = art.sentences[c.sent].text
    ms = [m for m in _tolls(text) if m.kind == field]
    val = getattr(c, field)
    if val is not None:
        hit = [m for m in ms if (m.count.low, m.count.high) == (val.low, val.high)]
        return hit[:1] or [Mention(field, val, (0, 0), "exact")]
    if not (c.weak and c.sent < LEDE and c.type == "ASSAULT"):
        return []
    hist = [m.start() for m in (C.HISTORICAL.search(text), C.STRONG_HISTORY.search(text)) if m]
    cut = min(hist) if hist else 0
    return [m for m in ms if m.span[1] <= cut and not m.subgroup][:1]


def _figure(art: Article, g: Group, field: str):
    m = pick([m for c in g.cands for m in _stated(art, c, field)])
    return m.count if m else None


def _notes(art: Article, groups: list[Group]) -> dict[str, list[dict]]:
    """`art.layers["figures"]`: every casualty statement of the article's events with its
    qualifier and flags, for the event-level choice across sources (across/figures.py)."""
    out: dict[str, list[dict]] = {"dead": [], "injured": []}
    for g in groups:
        for field in out:
            for m in (m for c in g.cands for m in _stated(art, c, field)):
                out[field].append({"low": m.count.low, "high": m.count.high,
                                   "qualifier": m.qualifier, "superseded": m.superseded,
                                   "claim": m.claim})
            for c in g.cands:      # superseded figures are no candidate's own: read them too
                out[field] += [{"low": m.count.low, "high": m.count.high, "superseded": True}
                               for m in _tolls(art.sentences[c.sent].text)
                               if m.kind == field and m.superseded]
    return out


def _mark_figures(art: Article, cands: list) -> None:
    """Scratch flags on the candidate: its death figure is a party's claim (which neither
    splits it from the official toll's event nor replaces that toll), or the sum its
    sentence's parts add up to."""
    for c in cands:
        c.dead_claimed = bool(c.dead) and all(m.claim for m in _stated(art, c, "dead"))
        parts = [m.count.low for m in _tolls(art.sentences[c.sent].text)
                 if m.kind == "dead" and not m.claim and m.count.high == m.count.low]
        # "30 people died of smoke, while eight others died jumping": parts of a toll of 38
        c.dead_sum = Count(sum(parts), sum(parts)) if c.dead and len(parts) > 1 else None


def _host(groups: list[Group], c, places) -> Group | None:
    """The group a candidate joins: one stating the same toll, else the nearest linked one;
    a party's rival count joins the first toll."""
    ok = [g for g in reversed(groups) if g.type == c.type and not _conflict(g, c, places)
          and not any(o.sent == c.sent for o in g.cands)]   # one sentence: kept apart
    host = next((g for g in ok if _same_toll(g, c)), None) or \
        next((g for g in ok if _linked(g, c)), None)
    if host is None and getattr(c, "dead_claimed", False):
        host = next((g for g in reversed(ok) if g.dead), None)   # a rival count of a toll
    return host


def group_mentions(art: Article, cands: list, places) -> list[EventMention]:
    _mark_figures(art, cands)
    groups: list[Group] = []
    pending = []
    for c in cands:
        best = _host(groups, c, places)
        if best is not None:
            best.cands.append(c)
        elif not c.weak:
            groups.append(Group(c))
        elif c.sent < LEDE and c.type == "ASSAULT":
            pending.append(c)
    for c in pending:       # a weak lede sentence tells the event the article goes on with
        host = next((g for g in groups if g.type == c.type and g.cands[0].sent > c.sent
                     and not _conflict(g, c, places)), None)
        if host is not None:
            host.cands.append(c)    # last: its place and actor come from the comparison
    groups = _absorb_faceless(groups, places)
    art.layers["figures"] = _notes(art, groups)
    default = places.default()
    out = []
    for g in groups:
        sents = []
        for c in g.cands:
            if c.sent not in sents:
                sents.append(c.sent)
        spans = [art.span(art.sentences[i].start, art.sentences[i].end) for i in sents]
        loc = places.group_location(art, g.cands, g.type, default)
        day, stated = mention_day([(c.date, c.date_explicit) for c in g.cands])
        m = EventMention(article=art.id, type=g.type, span=spans[0], mode=g.mode,
                         actor=g.actor, actor_class=A.actor_class(g.actor),
                         recipient=g.recipient, recipient_class=A.actor_class(g.recipient),
                         location=loc, date=day, date_explicit=stated,
                         dead=_figure(art, g, "dead"), injured=_figure(art, g, "injured"),
                         extra_spans=spans[1:])
        out.append(m)
    return out
