"""Which names and figures of an article's statements may set one act apart from another,
and which statements point back at the article's main attack without naming it (ev_group.py).

Why: grouping keeps two statements apart when their actors or tolls conflict, but some names
and figures are no party and no rival count. A headline's passive subject read as the actor
("Minister reportedly arrested after ...", "At least 60 people killed as bomb ...") is the
act's victim; an aircraft doing the striking ("Warplanes bombed ...") is the means, not a
party; a toll in words ("hundreds dead", "dozens killed") is a lower bound the count meets.
And a ranking of the act ("the deadliest shooting in the nation's history") names the place
of the comparison, not of a new act: it goes on about the article's main attack.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .actors import actor_class, actor_country
from .counts import same_toll
from .ev_actor_fix import who_named
from .ev_group_lone import lone_same
from .offices import served_state

# a machine of war named as the actor of a strike: the means, not who struck
_MEANS_ACTOR = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+)?(?:war)?(?:planes?|jets?|drones?|aircraft|helicopters?|"
                          r"missiles?|rockets?|shells?|tanks?|artillery|gunships?)$", re.I)
_WORD = re.compile(r"[a-z][a-z'-]+")


def _words(name: str) -> set[str]:
    return {w for w in _WORD.findall(name.lower().replace("\u2019", "'")) if len(w) > 3}


def no_party(name: str | None) -> bool:
    """A figure of people or a weapon read as an actor names no party."""
    return bool(name) and (who_named(name) is None or bool(_MEANS_ACTOR.match(name.strip())))


def acting(actor: str | None, recipients: list[str], typ: str) -> str | None:
    """The actor a conflict test may trust: none for a figure, a weapon, or (outside
    violence, where one side's victim may be the other's attacker) a name the same
    statements give as the one acted on ("X reportedly arrested" beside "police arrested X")."""
    if actor is None or no_party(actor):
        return None
    if typ != "ASSAULT" and any(_words(actor) & _words(r) for r in recipients if r):
        return None
    return actor


def vague(c, stated) -> bool:
    """Scratch flag: every death figure the candidate's sentence gives for it is a word
    of magnitude ("hundreds", "dozens"), not a count."""
    ms = stated(c, "dead")
    return bool(ms) and all(m.qualifier == "vague" for m in ms)


def _within(rough, exact) -> bool:
    """A figure in words ("hundreds": 200 or more) holds a count of its order of magnitude;
    an open count ("at least 28") also fits a word just above it ("scores were killed"):
    the count is a floor the word may well reach."""
    return rough.high is None and (rough.low <= exact.low < 5 * rough.low or
                                   exact.high is None and exact.low < rough.low < 2 * exact.low)


def rough_same(g, c) -> bool:
    """The candidate's toll and one of the group's are one toll, the candidate's told in
    words after the count ("hundreds dead" after "killed 214"); a count after a toll in
    words ("Dozens died today ... gunmen killed 40 in a jail") may be one of its acts, unless
    it names no doer and no place of its own ("dozens killed in an attack on Varno" ... "a
    statement said at least 25 were killed"): then it counts the act the words told."""
    if c.dead is None:
        return False
    faceless = not c.actor and not c.places
    for o in g.cands:
        if o.dead is None or getattr(o, "past", False):
            continue
        if same_toll(o.dead, c.dead) or (getattr(c, "dead_vague", False) and _within(c.dead, o.dead)) \
                or (faceless and getattr(o, "dead_vague", False) and _within(o.dead, c.dead)):
            return True
    return False


# a ranking of the act: "the deadliest mass shooting in the nation's history", "the worst
# attack ever on its soil" (the place named is the comparison's)
_RANKED = re.compile(r"\b(?:the|its|their)\s+(?:single\s+)?(?:deadliest|bloodiest|worst|largest|biggest)\s+"
                     r"(?:[\w-]+\s+){0,2}$", re.I)
_EVER = re.compile(r"^\W*(?:[\w-]+\s+){0,6}?(?:ever\b|in\s+(?:[\w.'\u2019-]+\s+){1,3}history\b)", re.I)


def ranked(art, c) -> bool:
    """The statement only ranks the act, with no toll, actor or place of its own."""
    if c.type != "ASSAULT" or c.dead is not None or c.injured is not None or c.actor:
        return False
    text = art.sentences[c.sent].text
    return bool(c.triggers) and all(t.kind != "toll" and _RANKED.search(text[max(0, t.start - 60):t.start])
                                    and _EVER.match(text[t.end:]) for t in c.triggers)


def ranked_ref(groups: list, c, art, fits) -> object | None:
    """A ranking of the act goes on about the article's first attack with a toll; the place
    it names is dropped (it only bounds the comparison)."""
    if not ranked(art, c):
        return None
    host = next((g for g in groups if g.type == c.type and g.dead and fits(g)), None)
    if host is not None:
        c.places = []
    return host


def casualty(c) -> bool:
    """A statement of dead or hurt: a figure of either, or a toll word alone."""
    return c.dead is not None or c.injured is not None or \
        (bool(c.triggers) and all(t.kind == "toll" for t in c.triggers))


def nearest(ok: list, c, linked, plainly) -> object | None:
    """The nearest linked group, unless it names nothing (no party, place or toll) and the
    statement names a place another group holds: "the jets had struck ... the capital" goes to
    the strikes told at the capital, not to a bare "raid causes heavy damage" told between."""
    if getattr(c, "aimed", False):    # one of a sentence's accusations: only where its party is named
        ok = [g for g in ok if g.recipient and not actor_conflict(g.recipient, c.recipient, c.type)]
    near = next((g for g in ok if linked(g, c)), None)
    if near is None or not c.places or c.dead or c.injured or near.actor or near.places or near.dead:
        return near         # (a figure of its own: a count of its own, not a retelling)
    return next((g for g in ok if g is not near and g.places & set(c.places) and plainly(g, c)), near)


# the general public as the one a call or an appeal is made to
_PUBLIC = {"people", "public", "citizens", "population", "residents", "nation", "everyone", "all",
           "country", "countrymen", "compatriots", "masses", "general"}


def both_public(a: str, b: str) -> bool:
    """"called on the people" / "called on the public": one addressee, however worded."""
    return all(_words(x) and _words(x) <= _PUBLIC for x in (a, b))


def speaks_for(person: str, state: str) -> bool:
    """A person an article gave an office of the state `state` names as a polity or an organ
    of its government ("Vel" / "Kenya", "Vel" / "the Kenyan government"): one party. Two
    officials of one state are two people."""
    served = served_state(person)
    if not served or actor_class(state) != "government" or served_state(state):
        return False        # (another official of that state is another person)
    from ..across.merge_states import states     # (merge_states imports this module)
    return states(state) == frozenset({served})


def same_actor(a, b) -> bool:
    """One party: the same name, or the same armed / protest class ("troops", "the army")."""
    if a == b or short_for(a, b) or speaks_for(a, b) or speaks_for(b, a):
        return True
    ca, cb = actor_class(a), actor_class(b)
    return ca is not None and ca == cb and ca in ("state forces", "rebels/militants", "protesters")


GENERIC = {"countries", "nations", "states", "governments", "sides", "allies", "group", "groups",
            "officials", "authorities", "people", "others", "they", "both",
            "man", "woman", "person", "someone", "individual"}     # a witness's "a man": anyone
_STOP = {"the", "a", "an", "of", "and", "'s", "its", "their", "his", "her", "all", "four", "three",
         "two", "several", "other"}


@lru_cache(maxsize=4096)        # pure; asked for every pair of candidates compared
def name_tokens(name: str) -> frozenset[str]:
    low = name.lower().replace("\u2019", "'")
    return frozenset({w for w in re.findall(r"[a-z][a-z'-]+", low) if w not in _STOP and not w.endswith("'s")}
                     | {w[:-2] for w in re.findall(r"[a-z]+'s", low)})


_DEMONYM_ENDS = ("n", "an", "ian", "i", "ese", "ish")


def _demonym_pair(ta: frozenset, tb: frozenset) -> bool:
    """A name and the adjective formed from it ("Kenya" / "Kenyan air strikes", "Iraq" /
    "Iraqi"): one party, whether or not the gazetteer knows the country."""
    return any(len(x) >= 4 and y.startswith(x) and y[len(x):] in _DEMONYM_ENDS
               for p, q in ((ta, tb), (tb, ta)) for x in p for y in q)


_ACRONYM = re.compile(r"^(?:the\s+)?([A-Z]{2,7})$")
_NAME_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def short_for(a: str | None, b: str | None) -> bool:
    """One name is the other's initialism ("the AU" / "African Union"): a body is named in
    full once and by its letters after, often in separate sentences or by other outlets.
    The letters must spell the initials of all its words or of its capitalised ones."""
    if not a or not b:
        return False
    for short, full in ((a, b), (b, a)):
        m = _ACRONYM.match(short.strip())
        words = _NAME_WORD.findall(re.sub(r"\([^)]*\)", " ", full))
        if not m or len(words) < 2:
            continue
        if m.group(1) in ("".join(w[0] for w in words).upper(),
                          "".join(w[0] for w in words if w[0].isupper()).upper()):
            return True
    return False


MATERIAL = ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT")
_STATE_CLASSES = {"government", "state forces"}


def rival_states(a: str, b: str) -> bool:
    """Two organs of the state that name different states and none in common ("Turkish
    troops" / "Syrian government forces"): a strike and the other state's reply are two
    acts, though both actors are "forces" of one class and share that word. Organs naming
    no state ("the army", "forces") or one state two ways ("Turkey" / "Ankara") are not."""
    from ..across.merge_states import states     # (merge_states imports this module)
    if actor_class(a) not in _STATE_CLASSES or actor_class(b) not in _STATE_CLASSES:
        return False
    sa, sb = states(a), states(b)
    return bool(sa) and bool(sb) and not sa & sb


def actor_conflict(a, b, typ: str) -> bool:
    """Different parties: for material acts, different actor classes (or unrelated names
    with no class), or the forces of different states; for statements and measures, names
    sharing no word (a bare plural like "the countries" matches anyone)."""
    if not a or not b or a == b:
        return False
    if typ in MATERIAL and rival_states(a, b):
        return True
    ta, tb = name_tokens(a), name_tokens(b)
    if ta & tb or ta <= GENERIC or tb <= GENERIC or _demonym_pair(ta, tb) or short_for(a, b) \
            or (typ == "ASSAULT" and lone_same(a, b)):     # a lone attacker's role and name
        return False
    ca, cb = actor_class(a), actor_class(b)
    if typ in MATERIAL and ca and cb:
        return ca != cb and not (ca in _STATE_CLASSES and cb in _STATE_CLASSES)
    if typ in MATERIAL and (_role_of(a, cb) or _role_of(b, ca)):
        return False        # "a suicide bomber" of the attack a named group claimed
    ka, kb = actor_country(a), actor_country(b)
    if (ka and kb and ka == kb) or speaks_for(a, b) or speaks_for(b, a):
        return False        # "Russia" and "the foreign ministry in Moscow" or its named spokesman
    return True


_BOMBER = re.compile(r"\bbombers?\b")


def _role_of(role: str, other_class) -> bool:
    """A bomber told only by his role ("the suicide bomber", in lower case) beside a proper
    name of no known class (the group that claimed the bombing): a bomber is sent by a group,
    so the role names no party of its own. Other roles ("the fifth attacker") can be a
    party apart from a named person."""
    return other_class is None and role == role.lower() and bool(_BOMBER.search(role))


# statements aimed at one party: the party aimed at is what the statement is about
AIMED = frozenset({"ACCUSE", "THREATEN", "REQUEST"})


def aimed_apart(a, b) -> bool:
    """Two statements of one sentence aimed at different parties ("fingered the generals for
    leading it, but blamed the coup on Gulen"): two accusations, though one speaker makes both.
    Each is marked `aimed`: it joins another telling only where that names its party (nearest)."""
    return a.type in AIMED and actor_conflict(a.recipient, b.recipient, a.type)
