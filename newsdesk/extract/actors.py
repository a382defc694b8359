"""Who acted and on whom: the actor and recipient of a trigger from the dependency parse, one
canonical name per entity (within an article and across the run), and an actor class.

Canonical names: a small alias table for groups with many spellings (the Islamic State's six
names), and for people the longest full name seen with the same surname, so "Mr Maliki",
"Maliki", "Nouri al-Maliki" and "Nuri al-Maliki" are one person. The cross-article registry is
per process (a run), which is what merging needs.
"""
from __future__ import annotations

from ..nlp import lemma_in, pos
from . import ev_names as N

import re
import unicodedata
from functools import lru_cache

ALIASES = {
    "Islamic State": r"isis|isil|is|daesh|da'esh|islamic state(?: group| of iraq and (?:the )?(?:levant|syria|al-sham))?|"
                     r"the islamic state|islamic state militants|islamic state jihadists",
    "United States": r"us|u\.s\.|usa|u\.s\.a\.|united states|america|washington|the us|the u\.s\.",
    "United Nations": r"un|u\.n\.|united nations|the un|the u\.n\.",
    "UN Security Council": r"(?:un|u\.n\.|united nations) security council|security council",
    "United Kingdom": r"uk|u\.k\.|britain|great britain|united kingdom",
    "European Union": r"eu|e\.u\.|european union",
    "United Arab Emirates": r"uae|u\.a\.e\.|united arab emirates|emirates",
    "Muslim Brotherhood": r"(?:the )?(?:muslim )?brotherhood|ikhwan",
    "Russia": r"russia|moscow|the kremlin|kremlin",
    "Ukraine": r"ukraine|kiev|kyiv",
}
_ALIAS_RX = [(name, re.compile(rf"^(?:{rx})$", re.I)) for name, rx in ALIASES.items()]

# actor classes by head words (first match wins; order = specificity)
CLASSES = [
    ("international organisation", r"\b(?:un|u\.n\.|united nations|security council|eu|european union|"
     r"nato|osce|iaea|red cross|icrc|unhcr|unicef|african union|arab league|who)\b"),
    ("militia", r"\b(?:militias?|tribes?|tribesmen|tribal fighters|popular mobili[sz]ation|"
     r"self-defen[cs]e|vigilantes?|paramilitar\w*|peshmerga)\b"),
    ("rebels/militants", r"\b(?:militants?|insurgents?|rebels?|gunmen|jihadists?|fighters|"
     r"islamic state|isis|isil|daesh|al-qaeda|al qaeda|taliban|boko haram|al-shabaab|hamas|"
     r"hezbollah|separatists?|bombers?|attackers?|assailants|extremists?|terrorists?|radicals|"
     r"right sector|armed men|suicide)\b"),
    ("state forces", r"\b(?:security forces|police\w*|army|troops|soldiers|military|armed forces|"
     r"forces|navy|air force|commandos?|riot police|guards?|officers)\b"),
    ("protesters", r"\b(?:protesters|demonstrators|activists|supporters|marchers|crowds?|rioters|"
     r"students)\b"),
    ("civilians", r"\b(?:civilians?|villagers|people|residents|worshippers|churchgoers|diners|"
     r"concert-goers|passengers|children|women|men|families|refugees|prisoners|sunnis|shiites?|"
     r"shia|christians|journalists|medics|citizens|tourists|guests)\b"),
    ("government", r"\b(?:government|ministry|minister|president|prime minister|premier|cabinet|"
     r"parliament|congress|senate|kremlin|white house|state department|officials?|authorities|"
     r"king|emir|kingdom|spokes(?:man|woman)|chancellor|secretary|leaders?|diplomats?)\b"),
]
_CLASS_RX = [(c, re.compile(rx, re.I)) for c, rx in CLASSES]

COUNTRY_WORDS = {"iraq", "iran", "syria", "egypt", "israel", "france", "russia", "ukraine",
                 "qatar", "bahrain", "saudi arabia", "jordan", "turkey", "yemen", "libya",
                 "lebanon", "united states", "china", "germany", "sri lanka", "maldives",
                 "united kingdom", "kiev", "moscow", "doha", "cairo", "united arab emirates",
                 "afghanistan", "pakistan", "india", "nigeria", "somalia", "kenya", "mali"}

_TITLES = re.compile(r"^(?:mr\.?|mrs\.?|ms\.?|dr\.?|president|prime minister|pm|gen\.?|general|"
                     r"minister|secretary|king|emir|sheikh|senator|sen\.?|rep\.?)\s+", re.I)
_PEOPLE: dict[str, str] = {}      # run-wide: surname key -> canonical full name


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def _surname_key(name: str) -> str:
    last = _fold(name).split()[-1] if name.split() else ""
    last = re.sub(r"^(?:al|el|ad|as|ash|ar)-", "", last)
    return re.sub(r"[^a-z]", "", last).replace("ou", "u").replace("ee", "i")


def _similar_first(a: str, b: str) -> bool:
    fa, fb = _fold(a).split(), _fold(b).split()
    if len(fa) < 2 or len(fb) < 2:
        return True
    x, y = fa[0].replace("ou", "u"), fb[0].replace("ou", "u")
    return x[:3] == y[:3]


_NOT_A_PARTY = re.compile(
    r"^(?:[\d,.]+|(?:last |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: morning| afternoon| evening| night)?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}|"
    r"today|tonight|yesterday|(?:this |that )?(?:morning|afternoon|evening|night|week|weekend))$",
    re.I)


def canonical(name: str | None, art_people: dict[str, str] | None = None,
              is_person: bool = False) -> str | None:
    """One name per entity: alias table for groups/states, surname unification for people."""
    if not name:
        return None
    name = re.sub(r"\s+", " ", name).strip(" ,.;:'\"\u201c\u201d\u2018\u2019")
    if _NOT_A_PARTY.match(name):        # a bare number or a time is never who acted
        return None
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I) if not is_person else name
    for canon, rx in _ALIAS_RX:
        if rx.match(name):
            return canon
    if is_person:
        bare = _TITLES.sub("", name)
        key = _surname_key(bare)
        if not key:
            return bare
        people = art_people if art_people is not None else {}
        known = people.get(key) or _PEOPLE.get(key)
        if known and _similar_first(known, bare):
            if len(bare.split()) > len(known.split()) and key not in _PEOPLE:
                known = bare
            people[key] = known
            return known
        if len(bare.split()) >= 2:
            people[key] = bare
            _PEOPLE.setdefault(key, bare)
        return bare
    return name


def actor_class(name: str | None) -> str | None:
    if not name:
        return None
    low = name.lower()
    for cls, rx in _CLASS_RX:
        if rx.search(low):
            return cls
    if low in COUNTRY_WORDS or any(low.startswith(c + "'s") for c in COUNTRY_WORDS):
        return "government"
    if _is_state(re.sub(r"['\u2019]s$", "", name)):
        return "government"
    return None


@lru_cache(maxsize=4096)
def _is_state(name: str) -> bool:
    """A country, or a national capital standing for its government ("Doha said ..."),
    by the gazetteer: every state, not a hand-kept list."""
    try:
        from .geo.gazetteer import gazetteer
        gz = gazetteer()
        hits = gz.lookup(name, fuzzy=False)
    except Exception:
        return False
    exact = [h.id for h in hits if h.how == "exact"]
    if not exact:
        return False
    best = max(exact, key=gz.prior)
    return gz.kind(best) == "country" or best in gz.capitals


_PRON = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "those", "this",
         "these", "him", "her", "them", "us", "its", "their"}
_DROP_DEPS = {"relcl", "acl", "appos", "punct", "cc", "advcl", "prep_drop"}


def phrase(tok) -> str | None:
    """A readable name for the noun phrase headed by `tok`: the head with its compounds,
    modifiers and possessives, without relative clauses or appositions."""
    if tok is None:
        return None
    if tok.lower_ in _PRON and (tok.tag_.startswith("PRP") or tok.tag_ in ("WDT", "WP", "DT")):
        return None
    r = N.run_of(tok)
    if r is not None:
        a, b = r
        left = [t for t in tok.lefts if t.dep_ in ("amod", "compound", "nmod", "poss") and t.i < a]
        start = min([a] + [t.left_edge.i for t in left])
        while start < b - 1 and tok.doc[start].lower_.rstrip(".") in N.TITLES and start == a:
            start += 1
        return tok.doc[start:b].text
    keep = [tok]
    stack = [c for c in tok.children]
    while stack:
        c = stack.pop()
        if c.dep_ in ("det", "predet") and c.i == tok.left_edge.i and c.lower_ in ("the", "a", "an", "some"):
            continue
        if c.dep_ in _DROP_DEPS or (c.dep_ == "prep" and c.lower_ not in ("of",)):
            continue
        if c.i > tok.i and c.dep_ == "prep" and c.lower_ == "of" and len(list(c.subtree)) > 6:
            continue
        keep.append(c)
        stack.extend(c.children)
    idx = sorted(t.i for t in keep)
    a, b = idx[0], idx[-1]
    # keep contiguous stretch around the head only
    while a < tok.i and any(i not in idx for i in range(a, tok.i)):
        a += 1
    span = tok.doc[a:b + 1].text
    span = re.sub(r"^(?:the|a|an)\s+", "", span, flags=re.I).strip(" ,")
    if span.lower() in N.TIME_WORDS:
        return None
    return span if 1 <= len(span.split()) <= 12 else None


def actor_country(name: str | None) -> str | None:
    """The state an actor belongs to, from a country, capital or demonym in its name
    ("the foreign ministry in Moscow", "Russia's foreign ministry" -> RU)."""
    if not name:
        return None
    try:
        from .geo import demonym_country
    except Exception:
        return None
    for w in re.findall(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?", name):
        w = re.sub(r"['\u2019]s$", "", w)
        for cand in (w, w.split()[0]):
            try:
                cc = demonym_country(cand)
            except Exception:
                cc = None
            if cc:
                return cc
            loc = _resolve_place(cand)
            if loc is not None and loc.precision in ("country", "city") and loc.country:
                if loc.precision == "country" or N.well_known_place(cand):
                    return loc.country
    return None


def _resolve_place(name: str):
    try:
        from .geo import resolve
        return resolve(name)
    except Exception:
        return None


def _subject(verb):
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            return c, False
        if c.dep_ == "nsubjpass":
            return c, True
    return None, False


def _agent(verb):
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _object(verb):
    for c in verb.children:
        if c.dep_ in ("dobj", "dative"):
            return c
    for c in verb.children:   # "held Hamas responsible": the small clause's subject
        if c.dep_ in ("ccomp", "oprd", "xcomp") and c.tag_ == "JJ":
            s = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if s is not None:
                return s
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "against", "upon", "with", "at", "to", "into"):
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def roles(tok):
    """(actor token, recipient token) for a trigger token; climbs conj / xcomp to find a
    shared subject ("denounced", "said X ... and urged"), follows passives ("were killed by")."""
    verb = tok
    if pos(tok) in ("NOUN", "PROPN"):
        actor = recip = None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                actor = next((g for g in c.children if g.dep_ == "pobj"), None)
            if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "in"):
                g = next((g for g in c.children if g.dep_ == "pobj"), None)
                if g is not None and not (c.lower_ in ("in", "at") and N.run_of(g)):
                    recip = recip or g
            if c.dep_ in ("poss", "compound") and (c.tag_ in ("NNP", "NNPS") or c.text[:1].isupper()):
                actor = actor or c
        # "claimed responsibility for the attacks": the claimant is the actor
        h = tok.head
        if actor is None and tok.dep_ == "pobj" and h.lower_ == "for" and lemma_in(h.head, {"responsibility"}):
            claim = h.head.head
            s, passive = _subject(claim)
            actor = None if passive else s
        if actor is None and tok.dep_ in ("dobj", "attr", "nsubjpass") and pos(tok.head) == "VERB":
            head = tok.head
            if lemma_in(head, {"launch", "carry", "claim", "stage", "mount", "conduct", "lead",
                                         "continue", "begin"}):
                s, passive = _subject(head)
                actor = _agent(head) if passive else s
        return actor, recip
    subj, passive = _subject(verb)
    t, hops = verb, 0
    while subj is None and hops < 3 and t.dep_ in ("conj", "xcomp", "advcl", "ccomp") and t.head is not t:
        t = t.head
        subj, passive = _subject(t)
        hops += 1
    if passive:
        return _agent(verb), subj
    return subj, _object(verb)
