"""Who acted and on whom: the actor and recipient of a trigger from the dependency parse, one
canonical name per entity (within an article and across the run), and an actor class.

Canonical names: a small alias table for groups with many spellings (the Islamic State's six
names), and for people the longest full name seen with the same surname, so "Mr Maliki",
"Maliki", "Nouri al-Maliki" and "Nuri al-Maliki" are one person. The cross-article registry is
per process (a run), which is what merging needs.

Parties only (is_party): an actor or recipient is a person, group, organisation, a state acting
as a polity, or a count of people; a seized road, a rejected call or "end of which" is none.
The class comes from the head noun ("anti-terrorist commandos" are state forces), so the
cross-source merge does not join a police assault with the attackers' event.
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
    "United States": r"us|u\.s\.?|usa|u\.s\.a\.|united states|america|washington|the us|the u\.s\.",
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

# named parties whose class no head word can tell (first match wins)
NAMED = [
    ("international organisation", r"\b(?:un|u\.n\.|united nations|security council|eu|european union|"
     r"nato|osce|iaea|red cross|icrc|unhcr|unicef|african union|arab league|who|peacekeepers?)\b"),
    ("militia", r"\b(?:popular mobili[sz]ation|peshmerga|self-defen[cs]e (?:units?|forces|groups?))\b"),
    ("rebels/militants", r"\b(?:islamic state|isis|isil|daesh|al[- ]qa[\'\u2019]?(?:e|i)da|taliban|boko haram|"
     r"al-shabaab|shabaab|hamas|hezbollah|hizbollah|houthis?|right sector|nusra|"
     r"(?:armed|masked) (?:men|man|group)|men armed)\b"),
]
_NAMED_RX = [(c, re.compile(rx, re.I)) for c, rx in NAMED]

# the class of a name's head noun: "anti-terrorist commandos" are commandos, whatever the
# modifier says; "Four of the attackers" are attackers
HEAD_CLASS = {
    "state forces": "police policeman policemen policewoman officers troops troop soldiers soldier army "
                    "armies military forces force commandos commando gendarmes gendarme gendarmerie guards "
                    "guardsmen navy marines paratroopers personnel units warplanes jets helicopters "
                    "servicemen coastguard",
    "rebels/militants": "militants militant insurgents insurgent rebels rebel gunmen gunman jihadists "
                        "jihadist fighters attackers attacker assailants assailant bombers bomber "
                        "terrorists terrorist extremists extremist separatists separatist kidnappers "
                        "hijackers abductors hostage-takers radicals nationalists ultranationalists "
                        "hardliners thugs looters raiders",
    "militia": "militia militias militiamen tribesmen tribes vigilantes paramilitaries",
    "protesters": "protesters protestors demonstrators activists marchers rioters strikers supporters "
                  "crowd crowds mob students",
    "civilians": "civilians civilian villagers people persons residents worshippers churchgoers diners "
                 "concert-goers passengers children women men families refugees prisoners inmates "
                 "detainees hostages victims survivors mourners pilgrims fans spectators workers "
                 "miners farmers journalists reporters medics doctors citizens tourists guests "
                 "others shoppers migrants jurors voters parents teachers nurses relatives "
                 "neighbours neighbors employees customers patients athletes players",
    "government": "government governments ministry ministries minister ministers president premier "
                  "cabinet parliament congress senate officials official authorities administration "
                  "regime spokesman spokeswoman spokesperson ambassador ambassadors envoy envoys "
                  "embassy diplomats lawmakers legislators senators governor mayor prosecutors court "
                  "judiciary ombudsman states countries nations kingdom leaders leader chancellor "
                  "secretary king emir",
}
_HEAD_CLASS = {w: c for c, ws in HEAD_CLASS.items() for w in ws.split()}
QUANTITY = {"dozens", "hundreds", "thousands", "tens", "millions", "scores", "number", "handful",
            "some", "many", "several", "few", "most", "all", "both", "each", "none", "rest",
            "majority", "members", "member", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "twenty", "fifty", "hundred", "thousand",
            "dozen", "score", "group", "groups", "bodies", "lives"}

# heads whose modifiers tell the class ("militant forces", "rebel units", "Islamist fighters")
GENERIC_HEADS = {"forces", "force", "fighters", "units", "men", "groups", "group", "personnel"}

# fallback: class words anywhere in the name (order = specificity)
CLASSES = [
    ("militia", r"\b(?:militias?|tribes?|tribesmen|tribal fighters|vigilantes?|paramilitar\w*)\b"),
    ("rebels/militants", r"\b(?:militants?|insurgents?|rebels?|gunmen|jihadists?|islamists?|fighters|"
     r"separatists?|bombers?|attackers?|assailants|extremists?|terrorists?|radicals|suicide)\b"),
    ("state forces", r"\b(?:security forces|police\w*|army|troops|soldiers|military|armed forces|"
     r"forces|navy|air force|commandos?|gendarme\w*|guards?|officers)\b"),
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
_STANCE = re.compile(r"\b(?:anti|counter|pro)-[\w\u2019']+", re.I)   # what a party opposes is not what it is

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


def surname_key(name: str) -> str:
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


@lru_cache(maxsize=8192)
def _alias(name: str) -> str | None:
    """The alias table's name for a group or state ("ISIS" -> "Islamic State"), else None."""
    for canon, rx in _ALIAS_RX:
        if rx.match(name):
            return canon
    return None


_GLUED = re.compile(r"(?<=[a-z0-9])\.(?=(?:The|A|An|In|On|At|His|Her|Their|Its)\b)")


_LEAD_TIME = re.compile(r"^(?i:(?:january|february|march|april|june|july|august|september|october|november|"
                        r"december)\s+)+(?=[A-Z])")


def canonical(name: str | None, art_people: dict[str, str] | None = None,
              is_person: bool = False) -> str | None:
    """One name per entity: alias table for groups/states, surname unification for people."""
    if not name:
        return None
    name = re.sub(r"\s+", " ", name).strip(" ,.;:'\"\u201c\u201d\u2018\u2019")
    name = _GLUED.split(name)[-1]     # "July 2.The district attorney's office": two sentences glued
    name = _LEAD_TIME.sub("", name) or name     # "in October UConn police charged": the month is no name part
    if _NOT_A_PARTY.match(name):        # a bare number or a time is never who acted
        return None
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I) if not is_person else name
    name = re.sub(r"\s*['\u2019]s?$", "", name) or name      # a possessor: "the administration's"
    canon = _alias(name)
    if canon is not None:
        return canon
    if is_person:
        bare = _TITLES.sub("", name)
        key = surname_key(bare)
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


def _head_word(name: str) -> str:
    """The head noun of a name: the last word, or the complement of a quantity ("Four of the
    attackers", "members of the security forces"), else the part before "of"."""
    low = re.sub(r"\s+", " ", name.lower().replace("\u2019", "'")).strip(" .,")
    if " of " in low:
        before, after = low.split(" of ", 1)
        bw = before.split()[-1] if before.split() else ""
        if bw in QUANTITY or bw.isdigit():
            return _head_word(after)
        low = before
    words = re.findall(r"[a-z][a-z'-]*", low)
    return words[-1] if words else ""


@lru_cache(maxsize=8192)        # pure in the name; event grouping asks per pair of candidates
def actor_class(name: str | None) -> str | None:
    """Named groups first, then the head noun, then class words anywhere in the name, then
    states (a country or capital acting as a polity)."""
    if not name:
        return None
    low = name.lower()
    for cls, rx in _NAMED_RX:
        if rx.search(low):
            return cls
    hw = _head_word(name)
    head = _HEAD_CLASS.get(hw)
    if head and hw not in GENERIC_HEADS:
        return head
    plain = _STANCE.sub(" ", low)
    for cls, rx in _CLASS_RX:
        if rx.search(plain):
            return head if head and cls in ("state forces", "civilians") else cls
    if head:
        return head
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
    state = N.adjective_state(tok)
    if state is not None:
        return state
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
        if _toll_tail(c, tok):
            continue
        if (c.dep_ in _DROP_DEPS and not _word_hyphen(c)) or (c.dep_ == "prep" and c.lower_ not in ("of",)
                                                               and not _name_part(c, tok)
                                                               and not _adjective_complement(c, tok)):
            continue
        if c.i > tok.i and c.dep_ == "prep" and c.lower_ == "of" and (len(list(c.subtree)) > 6 or any(
                g.dep_ == "pcomp" or g.tag_ == "VBG" for g in c.children)):
            continue        # "accused the opposition of plotting a coup": the charge, not the name
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


def _toll_tail(c, head) -> bool:
    """'left 63 people dead and 151 wounded': after a counted noun, a bare adjective is the
    state the count ended in and a bare number the next count, a toll, not part of who they
    are (English puts a noun's own adjectives before it)."""
    if not any(k.dep_ == "nummod" or k.lower_ in QUANTITY for k in head.lefts):
        return False
    if c.i < head.i or any(True for _ in c.children):
        return False
    return (c.dep_ == "amod" and c.tag_ in ("JJ", "VBN")) or (c.dep_ == "conj" and c.tag_ == "CD")


def _adjective_complement(prep, head) -> bool:
    """'units loyal to the governor', 'groups close to the army': an adjective after the
    noun needs its preposition ("units loyal" says nothing)."""
    return prep.head.tag_ == "JJ" and prep.head.i > head.i and prep.head.head.i == head.i


def _name_part(prep, head) -> bool:
    """A capitalised preposition right after a name's head is part of the name ("Doctors
    Without Borders", "Reporters Without Borders"), not a phrase attached to it."""
    return prep.i == head.i + 1 and prep.text[:1].isupper() and head.text[:1].isupper() and \
        any(c.text[:1].isupper() for c in prep.children)


def _word_hyphen(t) -> bool:
    """The hyphen inside a word ("part-time"): dropping it as punctuation cut "part" off."""
    return t.text in ("-", "\u2011") and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_


@lru_cache(maxsize=8192)
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


# heads that denote people, groups, organisations or polities: what PLOVER codes as a party
PARTY_HEADS = set(" ".join(HEAD_CLASS.values()).split()) | N.PARTY_WORDS
_HUMAN_SUFFIX = re.compile(r"(?:ists?|ians?|ees?|tors?|i[sz]ers?)$")   # "organizers", "sympathisers"
PLACE_HEADS = N.NOT_PARTY_HEADS


def _dateline(doc, a: int, b: int) -> bool:
    """'BANGKOK, Thailand -- Myanmar's military seized ...': a capitalised place opening the
    sentence before a comma is where the story was filed (a dateline the article's start did
    not show), not a party the parser may take for the subject. So is a place of any case
    opening the sentence before the dash that ends a dateline ("Kabul - Rebels ...", "GAZA
    CITY (AP) — ...", "Harare, June 4 (Reuters) - ..."): names, figures and an agency in
    brackets may sit between, and a capitalised word opens the story after the dash."""
    words = doc[a:b]
    if not (a == 0 or doc[a - 1].is_space) or b >= len(doc) or N.place_kind(words.text)[0] is None:
        return False
    if doc[b].text == "," and all(t.text.isupper() and len(t.text) > 2 for t in words):
        return True
    return _dash_after(doc, b)


DASHES = {"-", "--", "\u2013", "\u2014", "\u2015", "\u2012"}


def _dash_after(doc, k: int) -> bool:
    """A dateline's closing dash within a few tokens of names, figures and brackets, with a
    capitalised word after it."""
    for t in doc[k:k + 10]:
        if t.text in DASHES:
            after = next((u for u in doc[t.i + 1:t.i + 4] if not u.is_space), None)
            return after is not None and after.text[:1].isupper()
        if not (t.is_space or t.text in (",", "(", ")", ".") or t.tag_ in ("NNP", "NNPS", "CD")):
            return False
    return False


def _of_object(tok):
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)


# "the UN body", "the 15-member body", "the world body": an institution, not a corpse
BODY_MODIFIERS = {"member", "world", "governing", "regional", "international", "advisory",
                  "oversight", "monitoring", "legislative", "executive"}


def _named_body(tok) -> bool:
    return tok.lower_ in ("body", "bodies") and any(
        c.dep_ in ("compound", "amod", "nmod") and (c.text[:1].isupper() or c.lower_ in BODY_MODIFIERS)
        for c in tok.children)


def _mass_power(tok) -> bool:
    """'seized power', 'took power', 'share power with civilians': "power" with no article,
    number or modifier is the mass noun (control); a polity is counted or qualified ("a
    foreign power", "world powers", "the colonial power")."""
    return tok.lower_ == "power" and not any(
        c.dep_ in ("det", "amod", "compound", "nmod", "poss", "nummod") for c in tok.children)


LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "throughout"}


def is_party(tok) -> bool:
    """A token that can head an actor or recipient: a proper name that is not a place or a
    thing, a personal pronoun (resolved later), a human or group noun, a demonym, or a count
    of such ("38 people", "Four of the attackers", bare "Dozens"). Abstract nouns, objects,
    roads and relative pronouns ("end of which") are not."""
    if tok is None:
        return False
    if tok.tag_ in ("WDT", "WP", "WP$"):
        return False
    if tok.tag_ in ("PRP",) or tok.lower_ in ("it", "they", "he", "she", "we"):
        return True
    r = N.run_of(tok)
    if r is not None:
        a, b = r
        doc = tok.doc
        if _dateline(doc, a, b):
            return False
        if doc[b - 1].lower_ in PLACE_HEADS or doc[a].lower_ in N.TIME_WORDS \
                or N.time_tail([t.text for t in doc[max(0, a - 1):b]]):
            return False
        name = doc[a:b].text
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS and N.well_known_place(name) \
                and N.place_kind(name)[0] != "country":
            return False        # "in the Kenyan capital Nairobi": where, not the government
        return not (N.well_known_place(name) and N.place_kind(name)[0] != "country"
                    and not _is_state(name) and _alias(name) is None)
    if tok.text[:1].isupper() and _dateline(tok.doc, tok.i, tok.i + 1):
        return False            # "LYON — ...": a dateline the tagger read as a common noun
    conj = [c for c in tok.children if c.dep_ == "conj"]
    if conj and all(c.dep_ in ("cc", "conj") for c in tok.children) and not is_party(conj[0]):
        return False            # "police and civilian cars": a modifier shared by both nouns
    if tok.lower_ in ("state", "states") and _of_object(tok) is not None:
        return False            # "a state of martial law", "a state of war": a condition
    if _mass_power(tok):
        return False            # "seized power": control, not "a foreign power"
    if lemma_in(tok, PARTY_HEADS) or tok.lower_ in PARTY_HEADS or _named_body(tok):
        return True
    if tok.lower_ in ("source", "sources") and tok.tag_.startswith("NN") and _of_object(tok) is None:
        return True             # "the source denounced the reports": a person who informs
    if tok.text[:1].isupper() and conj and any(is_party(c) for c in conj):
        return True             # "Morales and his senior officials" (a name tagged as a plural noun)
    if tok.tag_.startswith("NN") and len(tok.text) > 4 and _HUMAN_SUFFIX.search(tok.lower_) \
            and tok.lower_ not in N.NOT_HUMAN:
        return True             # agent nouns: "activists", "refugees", "investigators"
    if (tok.text.isupper() and len(tok.text) >= 2 and tok.text.isalpha()) or \
            _alias(tok.text) is not None:
        return True             # acronyms and known groups tagged as common nouns ("ISIS")
    if tok.text[:1].isupper() and (N._demonym(tok.text) or _is_state(tok.text)):
        return True             # "Iraqis", "Americans"; "Bahrain" mis-tagged as a common noun
    if tok.tag_ == "CD" or tok.lower_ in QUANTITY:
        of = _of_object(tok)
        return is_party(of) if of is not None else tok.tag_ != "CD" or tok.lower_ not in ("one",)
    return False


def guise_wearer(subj):
    """'fighters disguised as police opened fire', 'men posing as buyers attacked': a noun
    after "as" closing a participle that modifies another noun says what that noun looked
    like or was called; the parser often takes it for the verb's subject, but who acted is
    the noun the participle modifies. A proper name there ("a soldier identified as Ana
    Vel") is who the noun is, told more exactly: it stays."""
    if subj is None or subj.i < 2 or pos(subj) != "NOUN":
        return subj
    doc = subj.doc
    k = subj.left_edge.i
    if k < 2 or doc[k - 1].lower_ != "as":
        return subj
    part = doc[k - 2]
    if part.tag_ in ("VBN", "VBG") and part.dep_ == "acl" and part.head.i < part.i \
            and pos(part.head) in ("NOUN", "PROPN") and is_party(part.head):
        return part.head
    return subj
