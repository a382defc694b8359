"""Group an article's event statements into mentions: the same attack told in four sentences
is ONE mention whose `extra_spans` hold the other sentences.

A statement joins an earlier group of the same type when nothing conflicts (different named
actors, different explicit places, different coercive measures, different death tolls) and,
unless it is anaphoric ("the attacks", a bare toll), something links them (same actor, same
recipient, same mode, a shared place). A historical comparison may only join, never start.
"""
from __future__ import annotations

import re

from ..model import Article, EventMention
from . import actors as A

MODE_STRICT = {"COERCE", "SANCTION", "RETREAT", "CONCEDE", "MOBILIZE"}


class Group:
    def __init__(self, c):
        self.cands = [c]
        self.type = c.type

    def _vals(self, attr):
        return [getattr(c, attr) for c in self.cands if getattr(c, attr)]

    @property
    def actor(self):
        v = [c.actor for c in self.cands if c.actor and not c.anaphoric] or self._vals("actor")
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
    if g.dead and c.dead and (g.dead.low, g.dead.high) != (c.dead.low, c.dead.high) \
            and not c.anaphoric:
        return True
    return False


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


def group_mentions(art: Article, cands: list, places) -> list[EventMention]:
    groups: list[Group] = []
    for c in cands:
        best = None
        for g in reversed(groups):
            if g.type != c.type or _conflict(g, c, places) or not _linked(g, c):
                continue
            if any(o.sent == c.sent for o in g.cands):
                continue        # kept apart within its sentence: two events
            best = g
            break
        if best is not None:
            best.cands.append(c)
        elif not c.weak:
            groups.append(Group(c))
    groups = _absorb_faceless(groups, places)
    default = places.default()
    out = []
    for g in groups:
        sents = []
        for c in g.cands:
            if c.sent not in sents:
                sents.append(c.sent)
        spans = [art.span(art.sentences[i].start, art.sentences[i].end) for i in sents]
        loc = None
        if any(c.national for c in g.cands) and g.type not in ("ACCUSE", "REQUEST", "THREATEN"):
            loc = places.country()
        for c in g.cands if loc is None else []:
            if c.places:
                loc = places.locate(art.sentences[c.sent].text, c.places)
                if loc:
                    break
        loc = loc or default
        # the earliest day a sentence states: later ones are follow-ups ("the toll rose Monday")
        dates = sorted(c.date for c in g.cands if c.date and c.date_explicit) or \
            [c.date for c in g.cands if c.date]
        m = EventMention(article=art.id, type=g.type, span=spans[0], mode=g.mode,
                         actor=g.actor, actor_class=A.actor_class(g.actor),
                         recipient=g.recipient, recipient_class=A.actor_class(g.recipient),
                         location=loc, date=dates[0] if dates else None, dead=g.dead,
                         injured=next((c.injured for c in g.cands if c.injured), None),
                         extra_spans=spans[1:])
        out.append(m)
    return out
