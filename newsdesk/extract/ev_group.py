"""Group an article's event statements into mentions: the same attack told in four sentences
is ONE mention whose `extra_spans` hold the other sentences.

A statement joins an earlier group of the same type when nothing conflicts (different named
actors, different explicit places, different coercive measures, different death tolls) and,
unless it is anaphoric ("the attacks", a bare toll), something links them (same actor, same
recipient, same mode, a shared place). A historical comparison may only join, never start.
"""
from __future__ import annotations

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
        return {p.lower() for c in self.cands for p in c.places}

    @property
    def dead(self):
        v = [c.dead for c in self.cands if c.dead]
        return v[0] if v else None


def _same_actor(a, b) -> bool:
    if a == b:
        return True
    ca, cb = A.actor_class(a), A.actor_class(b)
    return ca is not None and ca == cb and ca in ("state forces", "rebels/militants", "protesters")


def _conflict(g: Group, c) -> bool:
    if g.actor and c.actor and not _same_actor(g.actor, c.actor):
        return True
    if g.type in MODE_STRICT and g.mode and c.mode and g.mode != c.mode:
        return True
    if g.type not in ("ASSAULT",) and g.recipient and c.recipient and g.recipient != c.recipient \
            and g.type not in ("SANCTION",):
        return True
    cp = {p.lower() for p in c.places}
    if g.type in ("ASSAULT", "COERCE", "PROTEST") and g.places and cp and not (g.places & cp) \
            and not c.anaphoric:
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
    if g.places & {p.lower() for p in c.places}:
        return True
    return False


def group_mentions(art: Article, cands: list, places) -> list[EventMention]:
    groups: list[Group] = []
    for c in cands:
        best = None
        for g in reversed(groups):
            if g.type != c.type or _conflict(g, c) or not _linked(g, c):
                continue
            best = g
            break
        if best is not None:
            best.cands.append(c)
        elif not c.weak:
            groups.append(Group(c))
    default = places.default()
    out = []
    for g in groups:
        sents = []
        for c in g.cands:
            if c.sent not in sents:
                sents.append(c.sent)
        spans = [art.span(art.sentences[i].start, art.sentences[i].end) for i in sents]
        loc = None
        for c in g.cands:
            if c.places:
                loc = places.locate(art.sentences[c.sent].text, c.places)
                if loc:
                    break
        loc = loc or default
        dates = [c.date for c in g.cands if c.date]
        m = EventMention(article=art.id, type=g.type, span=spans[0], mode=g.mode,
                         actor=g.actor, actor_class=A.actor_class(g.actor),
                         recipient=g.recipient, recipient_class=A.actor_class(g.recipient),
                         location=loc, date=dates[0] if dates else None, dead=g.dead,
                         injured=next((c.injured for c in g.cands if c.injured), None),
                         extra_spans=spans[1:])
        out.append(m)
    return out
