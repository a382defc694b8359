"""A party denies an act that the story holds as an event record of its own side, reported by
another source: "the army denied that its troops had shelled the market" against the record of
the shelling whose actor is that army (or its government, its forces), told as having happened
by a witness or another outlet.

Why a detector of its own: `dispute_denied_fact.py` needs a sentence elsewhere with the same
verb and a named participant in the same role; but reports of an act seldom repeat the
denial's wording ("launched a chemical attack" / "a gas attack killed dozens" / "the strike on
the town"). The event records already join those tellings into one act with its PLOVER type,
mode and actor, so the denied clause is matched to the records instead: its trigger's class
(type, and mode where both have one) must be the record's, and the record's actor must be the
denier's side (read by the same party readers the other detectors use). Guards against noise,
as for the sentence form: a reporting sentence must state the act plainly (not negated, modal,
or itself under a denial, rumour or accusation), be held by a party not on the denier's side,
and a denied clause naming a doer of another party is another act; at most one per story.
A denial often names the act as a noun under a role noun, with no clause at all ("the army
denied any involvement in the shooting", "denied responsibility for the blast"): the act noun
is read as the denied act, its doer the denier, so it meets the records the same way.
"""
from __future__ import annotations

from ..extract.plover import find_triggers, retype
from ..model import Article, Dispute, Event
from ..nlp import parse_one, pos
from .dispute_denied_fact import (DENY, NOT_STATED, _after_denial, _is, _named, _stated, _voice, _what, _words,
                                  denied_acts, denies)
from .dispute_holders import own_voice
from .dispute_sides import kin, one_side
from .disputes import _claim, detector
from .merge_states import states

MAX_TOLD = 3
MAX_DENY = 2
# nouns naming a party's share in an act: "denied involvement in / responsibility for / any role in"
ROLE_NOUNS = frozenset({"involvement", "responsibility", "role", "part", "hand", "link", "connection",
                        "complicity", "culpability"})
_ROLE_PREPS = frozenset({"in", "for", "to", "with", "behind"})


def act_classes(text: str, verb) -> set[tuple[str, str | None]]:
    """(type, mode) of the triggers on the denied verb's own phrase: the verb and what it
    governs, not a verb coordinated with it ("denied using X and blamed Y": the blaming is
    the denier's own act)."""
    toks = [verb] + [t for c in verb.children if c.dep_ not in {"conj", "cc"} for t in c.subtree]
    lo = min(t.idx for t in toks)
    hi = max(t.idx + len(t.text) for t in toks)
    return {(tr.type, tr.mode) for tr in retype(text, find_triggers(text))
            if (tr.start < verb.idx + len(verb.text) and verb.idx < tr.end) or (lo <= tr.start and tr.end <= hi)}


def denied_roles(text: str) -> list[tuple[object, dict[str, frozenset[str]]]]:
    """(act noun, roles) of each act a sentence denies a share in: the object of "deny" is a role
    noun and the act is the noun of its prepositional phrase ("denied involvement in the
    shooting"); the doer is the denier. A bare "denied involvement" names no act to match."""
    out = []
    for d in parse_one(text):
        if not denies(d):
            continue
        denier = next((c for c in d.children if c.dep_ == "nsubj"), None)
        agent = _words(denier) if denier is not None else frozenset()
        for obj in (c for c in d.children if c.dep_ == "dobj" and _is(c, ROLE_NOUNS)):
            for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in _ROLE_PREPS):
                out += [(n, {"agent": agent} if agent else {}) for n in prep.children
                        if n.dep_ == "pobj" and pos(n) == "NOUN"]
    return out


def noun_classes(text: str, noun) -> set[tuple[str, str | None]]:
    """(type, mode) of the triggers on the act noun itself or its compound ("the terror strike"),
    not on the places or clauses that hang from it."""
    toks = [noun] + [c for c in noun.children if c.dep_ == "compound"]
    return {(tr.type, tr.mode) for tr in retype(text, find_triggers(text))
            if any(tr.start < t.idx + len(t.text) and t.idx < tr.end for t in toks)}


def _denied(text: str) -> list[tuple[object, dict, set]]:
    """(act token, roles, act classes) of each act a sentence denies, as a clause or as a noun."""
    return [(v, roles, act_classes(text, v)) for v, roles in denied_acts(text)] + \
        [(n, roles, noun_classes(text, n)) for n, roles in denied_roles(text)]


def _same_class(ev: Event, classes: set[tuple[str, str | None]]) -> bool:
    return any(ev.type == t and (m is None or ev.mode is None or ev.mode == m) for t, m in classes)


def on_side(actor: str | None, who: str) -> bool:
    """The record's doer is the denier or stands for it: named alike, of one state ("Syrian
    forces" for "the Syrian government"), or its armed organ ("the army" for the ministry)."""
    if not actor:
        return False
    return one_side(actor, who) or kin(actor, who) or bool(states(actor) & states(who))


def _rival_doer(roles: dict, actor: str, text: str) -> bool:
    """The denied clause names its doer and the record's doer is another party: two acts."""
    named = _named(roles.get("agent", frozenset()), text)
    return bool(named) and not any(w in actor.lower() for w in named) and not states(" ".join(named).title()) & states(actor)


def _plain(text: str) -> bool:
    """The sentence tells the act as having happened: no denial, doubt, rumour or accusation
    governs any verb of it, no negation stands in it ("there is no evidence the strike came
    from ..." states an absence, not the act), and its main verb carries no modal."""
    doc = parse_one(text)
    if any(_is(t, NOT_STATED) or _after_denial(t) or t.dep_ == "neg" or (t.dep_ == "det" and t.lower_ == "no")
           for t in doc):
        return False
    return all(_stated(t) for t in doc if t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"})


def co_deniers(verb) -> list[str]:
    """The parties that deny together ("Both Ostra and Velm denied ..."): each conjunct of the
    denying verb's subject speaks for the denier's side, so none of them reports the act."""
    tok = verb
    while tok.head is not tok and not _is(tok, DENY):
        tok = tok.head
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    return [" ".join(t.text for t in c.subtree if t.dep_ not in {"cc", "conj", "preconj", "det"})
            for c in [subj, *subj.conjuncts]]


@detector("denied_record")
def denied_record(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the denial whose record the most outlets report."""
    denials = []
    for art in articles:
        for s in ctx["sents"][art.id]:
            low = s.text.lower()
            if s.text[:1] in "\"“‘'" or ("deni" not in low and "deny" not in low):
                continue
            who = _voice(art, s, ctx)
            for verb, roles, classes in _denied(s.text) if who else []:
                denials += [(art, s, who, verb, ev) for ev in ctx["events"] if classes and _same_class(ev, classes)
                            and on_side(ev.actor, who) and not _rival_doer(roles, ev.actor, s.text)]
    found = []
    for ev in {id(d[4]): d[4] for d in denials}.values():
        mine = [d for d in denials if d[4] is ev]
        sides = {w for d in mine for w in [d[2], *co_deniers(d[3])]}
        if told := _reports(articles, ctx, ev, {(d[0].id, d[1].start) for d in mine}, sides):
            found.append((mine, told))
    if not found:
        return []
    # a record the denier's own article tells first (a story may wrongly hold two like acts of
    # one party, days apart), then the one the most outlets report
    mine, told = max(found, key=lambda x: (any(m.article == x[0][0][0].id for m in x[0][0][4].mentions),
                                            len({a.id for a, _, _ in x[1]})))
    (art, s, who, verb, _), picked = mine[0], [(mine[0][0], mine[0][1], mine[0][2])]
    picked += [(a, d, w) for a, d, w, _, _ in mine if a is not art][:MAX_DENY - 1]
    claims = [_claim(a, o, h) for a, o, h in told[:MAX_TOLD] + picked]
    return [Dispute(f"whether {_topic(verb, who)}: {told[0][2]} vs {who}", claims, "accusation")]


def _topic(act, who: str) -> str:
    """The denied clause, or for a denied share in an act noun, who took part in what."""
    if pos(act) != "NOUN":
        return _what(act)
    clause = {t.i for c in act.subtree if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    words = [t.text for t in act.subtree if t.i not in clause and t.dep_ != "punct"]
    return f"{who} had a part in " + " ".join(words[:6])


def _reports(articles: list[Article], ctx: dict, ev: Event, denials: set[tuple[str, int]], sides: set[str]) -> list[tuple]:
    """(article, sentence, holder) of the record's sentences that state the act plainly, held
    by a party off the deniers' side, one per article."""
    by_id = {a.id: a for a in articles}
    out, seen = [], set()
    for m in ev.mentions:
        a = by_id.get(m.article)
        if a is None or a.id in seen:
            continue
        starts = {sp.start for sp in [m.span, *m.extra_spans]} - {x for i, x in denials if i == a.id}
        for o in ctx["sents"][a.id]:
            if o.start not in starts or o.text[:1] in "\"“‘'" or not _plain(o.text):
                continue
            h = _voice(a, o, ctx) or own_voice(a.outlet)
            if not any(on_side(h, w) for w in sides):
                out.append((a, o, h))
                seen.add(a.id)
                break
    return out
