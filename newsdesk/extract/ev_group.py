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

Series and their parts: "the assaults" with no figure and no place at home refer to the
headline attacks (the first group with a toll), not to the sub-attack told just before; a
statement singling out the worst part of the series ("the deadliest being ... at least 80
killed", with "in all ... 128" later) is also a mention of its own, with its own figure.

One act told without shared names (grp_link.py): statements naming the same means link
("opened fire" / "was shot"); a death "in the attack" joins the first attack with a toll;
a bare toll word with no figure ("died", "injuries") opens no event and joins the last
toll told; a toll placed in another state is not the event told before; and a faceless
attack is not folded into an act whose attacker is its victim (police returning fire).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Article, Count, EventMention
from . import actors as A
from .ev_actor_fix import absorb_bare_charges
from . import context as C, ev_group_chained as H, grp_link as K
from . import ev_group_tellings as T
from . import ev_group_parties as Y             # names and figures that are no party or count
from .ev_group_parties import (GENERIC as _GENERIC, actor_conflict as _actor_conflict,
                               name_tokens as _tokens, same_actor as _same_actor)
from . import ev_group_refs as R, ev_group_risen as Z, ev_group_also as W, ev_group_scene as S, ev_group_ending as E
from .ev_group_asides import drop_asides, drop_other_places, past_aside
from .ev_group_known import known_ref, mark_known_doers, same_site
from .ev_group_retold import headline_retold
from .counts import Mention, casualties, pick, same_toll
from .dates import mention_day
from .ev_abroad import topic_free

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
        v = [c.recipient for c in self.cands if c.recipient and not getattr(c, "past", False)
             and c.recipient.lower() not in NOBODY] or self._vals("recipient")
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
        v = self.tolls("dead")
        return v[0] if v else None

    def tolls(self, field: str) -> list:
        """The figures its statements give; one about an earlier year gives none."""
        return [getattr(c, field) for c in self.cands if getattr(c, field)
                and not getattr(c, "past", False)]


VERBAL = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "CONSULT", "SUPPORT", "AGREE", "AID",
          "COOPERATE", "CONCEDE"}


def _parties_conflict(g: Group, actor, typ: str) -> bool:
    """Named parties that differ, leaving out names that are no party (ev_group_parties.py)."""
    mine = Y.acting(g.actor, [o.recipient for o in g.cands], g.type)
    return _actor_conflict(mine, None if Y.no_party(actor) else actor, typ)


def _conflict(g: Group, c, places) -> bool:
    if _parties_conflict(g, c.actor, g.type):
        return True
    if g.type in MODE_STRICT and g.mode and c.mode and g.mode != c.mode:
        return True
    if g.type in VERBAL and g.recipient and c.recipient and g.recipient != c.recipient \
            and not Y.both_public(g.recipient, c.recipient):
        return True
    if g.type in ("ASSAULT", "COERCE", "PROTEST") and not c.anaphoric and \
            not places.compatible(g.places, set(c.places)):
        return True
    if g.type == "ASSAULT" and K.own_toll(c) and K.elsewhere(places, g.places, c.places):
        return True         # "two deaths in Nebraska" after Iowa's pile-up: another event
    if g.dead and c.dead and not c.anaphoric and not getattr(c, "dead_claimed", False) \
            and not Y.rough_same(g, c) and not _set_against(g, c):
        return True
    return False


def _set_against(g: Group, c) -> bool:
    """The group's own sentences tell the candidate's toll beside theirs ("at most 30
    died ..., after medics put the toll at 75"): a rival count
    of the same act, not another act."""
    return any(same_toll(x, c.dead) for o in g.cands for x in getattr(o, "told", ())) or Z.risen_pair(g, c)


def _new_toll(art: Article, g: Group, c) -> bool:
    """A smaller figure the tolled group neither states nor sets against: counts of one act
    grow ("dozens", then "at least 70"); a smaller one is a part or another act."""
    top = c.dead.high if c.dead.high is not None else c.dead.low
    return top < g.dead.low and not _same_toll(g, c) and not _set_against(g, c) \
        and not T.toll_update(art, c)


def _same_toll(g: Group, c) -> bool:
    """A figure the group already states: a restated toll is the same event."""
    said = {"dead": [c.dead, getattr(c, "dead_sum", None)], "injured": [c.injured]}
    return any(x and any(same_toll(x, d) for d in g.tolls(f)) for f, xs in said.items() for x in xs) \
        or Y.rough_same(g, c)       # "hundreds dead" after "killed 214"


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
    if g.places & set(c.places) or T.both_resumed(g, c) or same_site(g.places, set(c.places)):
        return True
    if g.type in VERBAL and T.faceless_same_word(g, c):
        return True
    # "opened fire" ... "was shot": the same means, told close by (a later section's
    # shooting is another one unless something else links it)
    return g.type == "ASSAULT" and c.sent - g.cands[-1].sent <= K.ACT_WINDOW and K.same_act(g, c)


def _absorb_faceless(groups: list[Group], places, art: Article) -> list[Group]:
    """An attack group with no toll and no place of its own ("eight militants wearing
    explosive belts carried out the attack") is another telling of the article's main
    attack: fold it into the first compatible attack that has a toll or a place. The place
    of a comparison ("the deadliest attack in Norland since the civil war") is not its own;
    "a second blast" is one more act, however faceless. No toll or place anywhere: the first."""
    out = list(groups)
    for g in list(out):
        if g.type != "ASSAULT" or g.dead or any(c.places for c in g.cands if not c.weak) or \
                any(K.another_act(art, c) or K.campaign(c) for c in g.cands):
            continue
        hosts = [h for h in out if h is not g and h.type == "ASSAULT" and (h.dead or h.places)
                 and not _parties_conflict(h, g.actor, "ASSAULT")
                 and not (_turned(h, g) and K.group_acts(h) and K.group_acts(g))
                 and not K.kept_apart(art, h, g)]
        hosts = hosts or T.headline_again(art, out, g, lambda h: not _parties_conflict(h, g.actor, g.type))
        if hosts:
            if S.absorb(art, hosts, g):     # into the scene it is told in; a craft downed stays apart
                out.remove(g)
    return out


def _turned(a: Group, b: Group) -> bool:
    """One side's victim is the other's attacker ("a man shot at two deputies" / "deputies
    returned fire, killing the man"): two acts, whatever else they share."""
    def meet(x, y):
        tx, ty = (_tokens(x) - _GENERIC, _tokens(y) - _GENERIC) if x and y else (set(), set())
        return bool(tx & ty)
    return meet(a.actor, b.recipient) or meet(b.actor, a.recipient)


LEDE = 2          # sentences that open the article: its headline event


@lru_cache(maxsize=1024)
def _tolls(sentence: str) -> tuple[Mention, ...]:
    """The sentence's figures; a death figure summing attackers and victims counts the victims."""
    ms = casualties(sentence)["mentions"]
    cut = T.victims_text(sentence, [m.span for m in ms if m.kind == "dead"])
    return tuple(casualties(cut)["mentions"] if cut else ms)


def _victims_only(art: Article, cands: list) -> None:
    """An attack's death figure that adds the felled attackers to the victims gives the victims'."""
    for c in cands:
        if c.type == "ASSAULT" and c.dead is not None:
            text = art.sentences[c.sent].text
            if T.victims_text(text, [m.span for m in casualties(text)["mentions"] if m.kind == "dead"]):
                c.dead = next((m.count for m in _tolls(text) if m.kind == "dead"), None)


def _stated(art: Article, c, field: str) -> list[Mention]:
    """The statements behind a candidate's figure, with their flags (claim, subgroup, ...).
    A lede sentence that is only weak for a historical comparison ("rose to 290 ... the
    worst attacks for more than a decade") still states the toll before the comparison."""
    if getattr(c, "past", False):
        return []           # "in 2013 ... killed Fusilier Lee Rigby": not this event's toll
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
    splits it from the official toll's event nor replaces that toll), the sum its
    sentence's parts add up to, and every death figure its sentence tells (`_set_against`)."""
    for c in cands:
        c.dead_claimed = bool(c.dead) and all(m.claim for m in _stated(art, c, "dead"))
        parts = [m.count.low for m in _tolls(art.sentences[c.sent].text)
                 if m.kind == "dead" and not m.claim and m.count.high == m.count.low]
        # "30 people died of smoke, while eight others died jumping": parts of a toll of 38
        c.dead_sum = Count(sum(parts), sum(parts)) if c.dead and len(parts) > 1 else None
        c.told = [m.count for m in _tolls(art.sentences[c.sent].text) if m.kind == "dead"]
        c.dead_vague = Y.vague(c, lambda x, f: _stated(art, x, f))
        Z.mark(art, c)      # "the toll rose to 27": 17 and 27 are one act's; so are an older copy's


# a definite plural reference to attacks already told: "The assaults came as ...",
# "carried out the attacks", "Friday's bombings" (one modifier allowed: "the coordinated")
_BACK_REF = re.compile(r"\b(?:the|these|those|such|its|their|\w+day['\u2019]s)\s+(?:[a-z-]+\s+)?$",
                       re.I)


def _refers_back(art: Article, c) -> bool:
    text = art.sentences[c.sent].text
    return any(t.kind == "noun" and t.text.lower().endswith("s") and t.type == c.type
               and _BACK_REF.search(text[:t.start]) for t in c.triggers)


def _home_places(c, places, home: str | None) -> bool:
    """Whether the candidate names a place in the article's home country (or an unknown
    one): "the attacks in Minya" is placed; "as France bombs IS in Syria" is background."""
    for name in c.places:
        loc = places._resolve(name)
        if loc is None or home is None or loc.country in (home, None):
            return True
    return False


def _lede_ref(groups: list[Group], c, places, art: Article, home: str | None) -> Group | None:
    """"The attacks" with no figure and no place of their own are the article's headline
    attacks, not the sub-attack told just before ("Some 40 more died in five other
    attacks ... The assaults came as France ..."): they join the first attack group with
    a toll. Places they name abroad belong to a background clause and are dropped."""
    if c.type != "ASSAULT" or c.dead or not _refers_back(art, c) or _home_places(c, places, home):
        return None
    lede = next((g for g in groups if g.type == c.type and g.dead), None)
    if lede is None or _actor_conflict(lede.actor, c.actor, c.type) or \
            any(o.sent == c.sent for o in lede.cands):
        return None
    c.places = []
    return lede


def _death_ref(groups: list[Group], c, art: Article, places) -> Group | None:
    """A death told "in the attack" ("A French national was also killed in the attack")
    belongs to the article's first attack with a toll, not to the statement told just
    before (an aside on an attacker's past, the police shooting the attackers); so do
    "Wednesday night's shooting" (no toll, the same means) and "one of those hurt" (K.victim_ref)."""
    if c.type != "ASSAULT" or not K.refers_back_single(art.sentences[c.sent].text, c):
        return K.victim_ref(groups, c, art, lambda g: not _actor_conflict(g.actor, c.actor, c.type))
    if c.anaphoric and (K.is_death(c) or c.injured is not None):     # or hurt "in the attack"
        fits = lambda g: not _actor_conflict(g.actor, c.actor, c.type)
    elif c.dead is None and c.injured is None and K.means(c):
        fits = lambda g: K.same_act(g, c) and not _conflict(g, c, places)
    else:
        return _sole_untolled(groups, c, places)
    return next((g for g in groups if g.type == c.type and g.dead and fits(g)
                 and not any(o.sent == c.sent for o in g.cands)), None)


def _sole_untolled(groups: list[Group], c, places) -> Group | None:
    """Deaths with their own figure told "at the attack scene", naming no place or attacker,
    when the article has told one attack and no death figure for it: that attack's toll
    (a ministry's injured count came first), not a second act."""
    if c.dead is None or c.places or c.actor:
        return None
    same = [g for g in groups if g.type == c.type]
    if len(same) != 1 or same[0].dead or _conflict(same[0], c, places) or \
            any(o.sent == c.sent for o in same[0].cands):
        return None
    return same[0]


def _act_ref(groups: list[Group], c, art: Article, places) -> Group | None:
    """"This attack is the deadliest ...": the article's first attack with a toll; a toll told
    rising ("toll rises to 41"), however named: the first act it fits; a bare toll after the
    only, figure-less attack told: that attack (ev_group_tellings.py)."""
    ok = lambda g: g.type == c.type and not _conflict(g, c, places) and not past_aside(c, g, _plainly_linked) \
        and not any(o.sent == c.sent for o in g.cands)
    if T.opens_on_act(art, c):
        return next((g for g in E.attack_hosts(art, groups) if g.dead and ok(g)), None)
    if T.toll_update(art, c) and not K.another_act(art, c):
        return next((g for g in groups if ok(g)), None)
    g = T.first_toll(art, groups, c, K.ACT_WINDOW)
    if g is None or not ok(g):
        return None
    mine, theirs = K.means(c), K.group_acts(g) - K.RESULT
    return None if mine and theirs and not mine & theirs else g     # another means: another act


def _plainly_linked(g: Group, c) -> bool:
    """Linked by something named (actor, recipient, mode, place), not by anaphora alone."""
    weak, c.weak = c.weak, False
    ana, c.anaphoric = c.anaphoric, False
    try:
        return _linked(g, c)
    finally:
        c.weak, c.anaphoric = weak, ana


def _host(groups: list[Group], c, places, art: Article | None = None,
          home: str | None = None) -> Group | None:
    """The group a candidate joins: one stating the same toll, else the nearest linked one;
    a party's rival count joins the first toll. A new toll the article's tolled groups do
    not state ("three to five killed in the clashes" after the fire's 38) joins no group on
    anaphora alone (a tolled one: when smaller): it names its own event ("the clashes")."""
    ref = _lede_ref(groups, c, places, art, home) if art is not None else None
    if ref is None and art is not None:
        ref = _death_ref(groups, c, art, places) or _act_ref(groups, c, art, places) or \
            Y.ranked_ref(groups, c, art, lambda g: not _parties_conflict(g, c.actor, c.type)) or \
            known_ref(groups, c, lambda g: not _conflict(g, c, places)
                      and not any(o.sent == c.sent for o in g.cands))
    if ref is not None:
        return ref
    ok = [g for g in reversed(groups) if g.type == c.type and not _conflict(g, c, places)
          and not H.kept_apart(g, c)           # one sentence: kept apart (one attack's steps join)
          and not past_aside(c, g, _plainly_linked)]
    if art is not None and c.type == "ASSAULT" and K.another_act(art, c, ok):
        return next((g for g in ok if _same_toll(g, c)), None)     # "a second blast": its own act
    if art is not None and c.type == "ASSAULT" and not c.places and c.dead is None and \
            not K.about_attacker(art, c) and any(g.dead and not K.ends_attack(art, g) for g in ok):
        ok = [g for g in ok if not K.ends_attack(art, g)]   # "the attack" is not its ending
    tolled = [g for g in ok if g.dead or g.tolls("injured")]
    host = next((g for g in ok if _same_toll(g, c)), None) or E.named_victim(ok, c) or \
        (K.empty_toll(c) and not c.weak and tolled and
         ((art is not None and T.named_before(art, tolled, c)) or tolled[0])) \
        or Y.nearest(ok, c, _linked, _plainly_linked)   # a bare "died": the last toll told
    claimed = getattr(c, "dead_claimed", False)
    if host is not None and c.dead and not claimed and art is not None and _refers_back(art, c) \
            and not _plainly_linked(host, c) and (_new_toll(art, host, c) if host.dead else
                                                  any(g.type == c.type and g.dead for g in groups)):
        return None
    if host is None and claimed:
        host = next((g for g in reversed(ok) if g.dead), None)   # a rival count of a toll
    return host or headline_retold(art, groups, c, lambda g: g in ok, LEDE)   # told again


# a sentence singling out the worst part of a series: "the deadliest being a massacre at
# a concert hall where at least 80 were killed", "In the worst attack", "118 ... alone"
_PART = re.compile(r"\b(?:the (?:deadliest|bloodiest|worst|largest|biggest|single deadliest)|"
                   r"alone)\b", re.I)


def _parts(art: Article, g: Group, whole: Count | None) -> list:
    """Statements of a group that give the toll of one part of the series the group's
    figure totals (smaller, and marked as the worst part): each is also its own mention."""
    if g.type != "ASSAULT" or whole is None:
        return []
    out = []
    for c in g.cands:
        if not (c.dead and c.dead.low < whole.low and not same_toll(c.dead, whole)) or \
                not _PART.search(art.sentences[c.sent].text) or c.sent in [o.sent for o in out]:
            continue
        said = _stated(art, c, "dead")      # a plain count of the part, not "of them"
        if said and not any(m.subgroup or m.claim or m.increment for m in said):
            out.append(c)
    return out


# a single death told as a suicide ("has died after apparently committing suicide", "was
# found dead of an apparent suicide"); a suicide attack or bombing is no such thing
_SUICIDE = re.compile(r"\b(?:died|dead|death)\b[^.;]{0,40}?\b(?:(?:(?:committ\w+|apparent(?:ly)?|"
                      r"by|an?) (?:\w+ )?suicide\b(?!\s+(?:bomb|attack|blast|car|truck|vest|belt|"
                      r"mission|squad|operation|strike)))|killed (?:him|her)self|"
                      r"t(?:ook|aking) (?:his|her) own life)", re.I)


def _drop_suicide_tolls(art: Article, cands: list) -> None:
    """A toll of one whose sentence tells that death as a suicide is the suicide, not the
    attack the sentence also names ("accused of shooting up his own cruiser ... has died
    after apparently committing suicide"): the attack keeps no figure from it."""
    for c in cands:
        d = c.dead
        if c.type == "ASSAULT" and d is not None and d.low == 1 and (d.high or 1) == 1 and \
                _SUICIDE.search(art.sentences[c.sent].text):
            c.dead = None


def group_mentions(art: Article, cands: list, places, docs: dict | None = None) -> list[EventMention]:
    cands = T.drop_anchors(art, T.drop_backdrops(art, T.drop_war_totals(art, cands)))
    cands = drop_asides(art, T.drop_dated_back(art, T.drop_claim_topics(art, cands)))
    T.mark_resumed(art, cands)
    mark_known_doers(art, cands)
    _drop_suicide_tolls(art, cands)
    _victims_only(art, cands)
    T.toll_reporters(art, cands)
    T.drop_denied_places(art, cands)
    drop_other_places(art, cands)
    _mark_figures(art, cands)
    K.mark_past(art, cands)
    groups: list[Group] = []
    pending = []
    default = places.default()
    home = getattr(default, "country", None)
    art.layers["references"] = R.reference_sentences(art, cands, docs)    # listed in no record (across/merge)
    for c in cands:
        best = _host(groups, c, places, art, home)
        if best is not None:
            best.cands.append(c)
        elif not c.weak and not H.no_act_alone(art, c):    # "died", "Lives": no event alone
            groups.append(Group(c))
        elif c.sent < LEDE and c.type == "ASSAULT":
            pending.append(c)
    for c in pending:       # a weak lede sentence tells the event the article goes on with
        host = next((g for g in groups if g.type == c.type and g.cands[0].sent > c.sent
                     and not _conflict(g, c, places)), None)
        if host is not None:
            host.cands.append(c)    # last: its place and actor come from the comparison
    groups = absorb_bare_charges(_absorb_faceless(groups, places, art))   # charge lists: one case
    art.layers["figures"] = _notes(art, groups)
    out = []
    for g in groups:
        dead = _figure(art, g, "dead")
        out.append(_to_mention(art, g, places, default, dead,
                               _figure(art, g, "injured") or W.also_hurt(art, groups, g, _figure)))
        for c in _parts(art, g, dead):
            out.append(_to_mention(art, Group(c), places, default, c.dead, None))
    return out


def _to_mention(art: Article, g: Group, places, default, dead, injured) -> EventMention:
    sents = []
    for c in g.cands:
        if c.sent not in sents:
            sents.append(c.sent)
    spans = [art.span(art.sentences[i].start, art.sentences[i].end) for i in sents]
    loc = topic_free(g.type, g.actor, places.group_location(art, g.cands, g.type, default),
                     [art.sentences[i].text for i in sents])
    day, stated = mention_day([(c.date, c.date_explicit) for c in g.cands], named_first=True)
    return EventMention(article=art.id, type=g.type, span=spans[0], mode=g.mode,
                        actor=g.actor, actor_class=A.actor_class(g.actor),
                        recipient=g.recipient, recipient_class=A.actor_class(g.recipient),
                        location=loc, date=day, date_explicit=stated,
                        dead=dead, injured=injured, extra_spans=spans[1:])
