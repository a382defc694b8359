"""The event place of one sentence.

Picks the most specific resolvable name, reads relative phrasing ("south of Kirkuk",
"50 miles north of Baghdad", "outside Mosul": the anchor place, marked near), and falls
back to the smallest named admin area when villages are unknown ("the villages of A, B and
C ... in Salahuddin province" -> Salahuddin). A small place is accepted only when it lies
inside an area the same sentence names, or when the article backs its country: unknown
Iraqi villages must not resolve to namesakes in Azerbaijan. A sentence whose names are all
unknown gets the resolver's fallback (landmark -> its town -> the article's city), and one
whose names are all namesakes abroad gets the article's main place. neighbour_place() finds
the town a landmark's own sentence names next to it; city_mentions() counts the article's
cities for its focus, names glued onto a city ("La Paz Morales") included.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from newsdesk.nlp.words import literal_then
from .backing import text_backs
from .named_roles import owner_only

if TYPE_CHECKING:
    from newsdesk.model import Location

    from .resolve import ArticleGeo

_DIR = r"(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?"
_RELATION = re.compile(
    r"(?P<rel>(?:(?:about|some|around|nearly|roughly|approximately)\s+)?"
    r"(?:\d[\d,.]*|a few|several|\w+)\s*[- ]?(?:miles?|mi|km|kms|kilometers?|kilometres?)\s+"
    r"(?:\(\d[\d,.]*\s*(?:miles?|km)\)\s+)?(?:to the\s+)?" + _DIR + r"\s+of"
    r"|(?:to the\s+|just\s+)?" + _DIR + r"\s+of"
    r"|near|nearby|outside|outside of|close to|on the outskirts of|the outskirts of|outskirts of"
    r"|on the edge of|on the road (?:from|to)|road (?:from|to)|highway (?:from|to)"
    r"|between)\s+(?:the\s+)?(?:(?:city|town|village|province|district|capital)\s+of\s+)?$",
    re.IGNORECASE)


# every _RELATION match ends with one of these words and then white space: a window that
# does not cannot match, and most cannot ("... said in Baghdad"), so the search is skipped
_RELATION_ENDS = ("of", "near", "nearby", "outside", "to", "from", "between", "the")


def relation_before(sentence: str, start: int) -> str | None:
    """The relative phrase ending right before a name, if any."""
    window = sentence[max(0, start - 80):start]
    tail = window.rstrip()
    if len(tail) == len(window) or (tail[-8:].isascii() and not tail[-8:].lower().endswith(_RELATION_ENDS)):
        return None
    m = _RELATION.search(window)
    return m.group("rel").strip() if m else None


def locate_in_sentence(geo: "ArticleGeo", sentence: str, names: list[str]) -> "Location | None":
    found, unknown = [], []
    for order, name in enumerate(dict.fromkeys(n.strip() for n in names if n and n.strip())):
        b = geo.best(name)
        if not b:
            unknown.append(name)
            continue
        pos = sentence.find(name)
        rel = relation_before(sentence, pos) if pos >= 0 else None
        found.append((b[0], name, rel, pos if pos >= 0 else 10_000 + order))
    if not found:
        return _unknown(geo, sentence, unknown)
    areas = [f for f in found if geo.gz.kind(f[0].id) in ("admin1", "admin2", "country")]
    accepted = []
    for f in found:
        hit, name = f[0], f[1]
        if geo.gz.kind(hit.id) in ("city", "feature", "admin2"):
            inside = [a for a in areas if a is not f and geo.specificity(a[0]) < geo.specificity(hit)]
            if inside:
                if not any(geo.contains(a[0], hit) for a in inside) and not (
                        all(geo.gz.kind(a[0].id) == "country" for a in inside)
                        and geo.supported(hit, name, strict=True)):
                    continue      # ("the border with Jordan where tribes took Turaibil": a
                    # named neighbour country does not veto a place the article backs)
            elif not geo.supported(hit, name, strict=(alt := geo.alternate(hit, name))) and \
                    (alt or not text_backs(geo, hit, name)):
                continue          # "Molotov cocktails" is not Perm (once Molotov), abroad
        accepted.append(f)
    if not accepted:              # every name is a namesake abroad: the article's place
        return _unknown(geo, sentence, unknown) or (geo.main_place() if found else None)
    spread = _coordinated_area(geo, sentence, accepted)
    if spread is not None:
        return spread
    # most specific; among equals, a direct mention beats a "near" one, then text order
    hit, name, rel, _ = max(accepted, key=lambda f: (geo.specificity(f[0]), f[2] is None, -f[3]))
    loc = geo.resolve(name)
    if loc is None:
        return None
    return replace(loc, near=True, relation=rel) if rel else loc


SPREAD_KM = 50.0


def _coordinated_area(geo: "ArticleGeo", sentence: str, accepted: list) -> "Location | None":
    """Towns named together ("supporters in Alexandria and Suez attacked ...", "in Homs,
    Hama and Aleppo") place the event in the smallest area holding them all, not in the
    first one: the admin1 they share, else their country. None when the sentence does not
    coordinate distinct, distant towns."""
    from .roles import coordinated_gap
    towns = [f for f in accepted if geo.gz.kind(f[0].id) in ("city", "admin2") and f[2] is None
             and f[3] < 10_000]
    if len(towns) < 2:
        return None
    towns.sort(key=lambda f: f[3])
    for x, y in zip(towns, towns[1:]):
        between = sentence[x[3] + len(x[1]):y[3]]
        if not coordinated_gap(between):
            return None
    gz = geo.gz
    ids = [f[0].id for f in towns]
    pts = [gz.location(i) for i in ids]
    if all((pts[0].km_to(p) or 0.0) <= SPREAD_KM for p in pts[1:]):
        return None                                     # one town and its suburb
    if len({gz.cc[i] for i in ids}) != 1:
        return None
    a1 = {gz.a1[i] for i in ids}
    if len(a1) == 1 and next(iter(a1)):
        area = next((h for n in geo.counts for h, _ in (geo.cands.get(n) or [])[:1]
                     if gz.kind(h.id) == "admin1" and gz.cc[h.id] == gz.cc[ids[0]]
                     and gz.a1[h.id] == gz.a1[ids[0]]), None)
        if area is not None:
            return gz.location(area.id, area.how)
    i = gz.country_idx.get(gz.cc[ids[0]])
    return gz.location(i) if i is not None else None


def _unknown(geo: "ArticleGeo", sentence: str, names: list[str]) -> "Location | None":
    """Only unknown names in the sentence ("the Bataclan", "Bastian Mawatha", "Rabaa
    al-Adawiya"): the resolver's fallback (a known place inside the name, a close spelling
    the article backs, else the article's focus city, marked near)."""
    for name in names:
        loc = geo.resolve(name)
        if loc is not None:
            pos = sentence.find(name)
            rel = relation_before(sentence, pos) if pos >= 0 else None
            return replace(loc, near=True, relation=rel) if rel else loc
    return None


def leading_city(geo: "ArticleGeo", name: str):
    """The well-known city an unknown name begins with ("La Paz Morales": the name finder
    glued the next word on), as a hit; None when no such city leads it. The article's
    focus counts it as a mention of that city."""
    from .resolve import _GENERIC
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        sub = " ".join(words[:n])
        if sub.lower() in _GENERIC or len(sub) < 4:
            continue
        hits = [h for h in geo.gz.lookup(sub, fuzzy=False) if geo.gz.kind(h.id) == "city"]
        if hits:
            h = max(hits, key=lambda h: geo.gz.prior(h.id) + geo._context(sub, h))
            return h if geo._well_known(h.id, sub) else None
    return None


def city_mentions(geo: "ArticleGeo", country: str) -> list:
    """((mentions, population), hit) per name resolved to a city of `country`, for the
    article's focus; an unknown name led by such a city adds its mentions to that city's."""
    gz, out, lead = geo.gz, [], {}
    for n, w in geo.counts.items():
        b = geo.best(n)
        h = b[0] if b else leading_city(geo, n)
        if h is None or gz.cc[h.id] != country or gz.kind(h.id) != "city":
            continue
        if b:
            out.append(((w, gz.pop[h.id]), h))
        else:
            lead[h.id] = (lead.get(h.id, (0.0, h))[0] + w, h)
    for k, ((w, pop), h) in enumerate(out):
        if h.id in lead:
            out[k] = ((w + lead.pop(h.id)[0], pop), h)
    return out + [((w, gz.pop[h.id]), h) for w, h in lead.values()]


def neighbour_place(geo: "ArticleGeo", name: str, chars: int, after: bool) -> "Location | None":
    """The nearest known town or area named next to an unknown one in the text ("the
    House of Trade Unions in the city of Odessa", "Royal Street, New Orleans"): a
    landmark lies in the place its sentence names, which need not be the article's
    focus."""
    if not geo.text:
        return None
    best, best_d = None, chars + 1
    for m in re.finditer(re.escape(name), geo.text):
        lo, hi = max(0, m.start() - chars), m.end() + chars
        window = geo.text[lo:hi]
        cut = [i for i, ch in enumerate(window) if ch in ".!?\n" and
               (i + 1 >= len(window) or window[i + 1].isspace())]
        for other in geo.counts:
            if other == name or name in other or other in name:
                continue
            for o in re.finditer(r"\b" + re.escape(other) + r"\b", window):
                a, b = lo + o.start(), lo + o.end()
                d = m.start() - b if b <= m.start() else a - m.end()
                if after and a < m.end():
                    continue
                if d < 0 or d >= best_d:
                    continue
                x, y = sorted((m.start() - lo, o.start()))
                if any(x < c < y for c in cut):              # another sentence
                    continue
                h = geo.best(other)
                if h and geo.gz.kind(h[0].id) in ("city", "admin2", "admin1") and \
                        geo.supported(h[0], other) and not geo.far_variant(h[0], other):
                    best, best_d = h[0], d
    return geo.gz.location(best.id, best.how) if best is not None else None


HARVEST_MIN_POP = 200_000


_POSSESSIVE_END = re.compile(r"['’]s$")


def name_sequences(text: str) -> list[tuple[int, str]]:
    """(offset, text) of runs of up to three capitalised words, possessive 's dropped."""
    return [(m.start(), _POSSESSIVE_END.sub("", m.group(0)).rstrip("'’-"))
            for m in re.finditer(r"\b[A-Z][\w'’-]*(?:\s+(?:of\s+|al-|el-)?[A-Z][\w'’-]*){0,2}", text)]


def _surnames(gz, seqs: list[tuple[int, str]], text: str = "") -> set[str]:
    """Surnames of the people an article names: the last word of a two-word name that is no
    place and is shown to be a person (an age after it, a title before it, or 'said' after it
    or after the surname alone: "Mitch Celaya" ... "Celaya said"; "Jonathan Stoffel, 33")."""
    out = set()
    for k, (start, n) in enumerate(seqs):      # rejoin runs the 3-word pattern cut ("UCPD Chief Mitch" "Celaya")
        nxt = seqs[k + 1] if k + 1 < len(seqs) else None
        toks, end = n.split(), start + len(n)
        if nxt and " " not in nxt[1] and nxt[0] == end + 1:
            toks, end = toks[-2:] + [nxt[1]], nxt[0] + len(nxt[1])
        pair = toks[-2:]
        if len(pair) != 2 or not pair[0][:1].isupper() or pair[0] in _NOT_NAME or len(pair[1]) < 3 \
                or pair[1].lower() in _ORG_WORDS or gz.lookup(" ".join(pair), fuzzy=False):
            continue
        titled = (len(toks) > 2 and toks[-3].lower().rstrip(".") in _PERSON_TITLES) or bool(
            _TITLE_BEFORE.search(text[max(0, end - len(" ".join(pair)) - 8):end - len(" ".join(pair))]))
        if titled or _PERSON_AFTER.match(text[end:end + 12]) or \
                literal_then(text, pair[1], _SAID_RX, word_start=True):
            out.add(pair[1])
    return out


def given_names(gz, seqs: list[tuple[int, str]], text: str) -> set[str]:
    """First names of the people an article names, when the name is also a place's ("Jordan
    Belliveau" ... "offered her and Jordan a ride"): the first word of a two-word name shown
    to be a person (as for _surnames, or an age or a kin noun right before it: "2-year-old
    Jordan Belliveau", "The boy, Jordan Belliveau,") whose second word is no place. Kept a
    place when the text also uses it after a locative word ("in Jordan")."""
    out = set()
    for start, n in seqs:
        toks = n.split()
        if len(toks) != 2:
            continue                # before the role patterns: most runs are one word
        before, end = text[max(0, start - 24):start], start + len(n)
        role = bool(_ROLE_BEFORE.search(before) or _STAGE_AFTER.match(text, end))   # "singer Ariana
        # Grande", "an Ariana Grande concert": a performer, and Grande is no town here
        if len(toks) != 2 or toks[0] in _NOT_NAME or len(toks[1]) < 3 or toks[1].lower() in _ORG_WORDS \
                or not toks[1][1:].islower() or toks[0] in out or (gz.lookup(toks[1], fuzzy=False) and not role) \
                or gz.lookup(n, fuzzy=False) or not gz.lookup(toks[0], fuzzy=False):
            continue
        if not (role or _GIVEN_BEFORE.search(before) or _TITLE_BEFORE.search(before) or
                _PERSON_AFTER.match(text[end:end + 12]) or _KIN_AFTER.match(text[end:end + 24])):
            continue
        if not _located(text, toks[0], toks[1]):
            out.add(toks[0])
    for m in _LONE_PERSON.finditer(text):      # "the boy, Jordan,", "Jordan's grandmother"
        name = m.group(1) or m.group(2)
        if name not in out and name not in _NOT_NAME and gz.lookup(name, fuzzy=False) and not _located(text, name):
            out.add(name)
    return out


def _located(text: str, name: str, surname: str | None = None) -> bool:
    """Whether the text uses `name` after a locative word ("in Jordan"), not as a person
    ("loyal to Grace", "married to Grace" name a person)."""
    tail = r"(?!\s+" + re.escape(surname) + ")" if surname else ""
    return any(not _TIED_TO.search(text, max(0, m.start() - 12), m.start() + 2)
               for m in re.finditer(r"\b(?:in|at|near|outside|across|throughout|into|to)\s+(?:the\s+)?"
                                    + re.escape(name) + r"\b" + tail, text))


# "to" after words that tie one person to another: the name after it is a person's
_TIED_TO = re.compile(r"\b(?:loyal|close|married|related|allied|devoted|wed|engaged)\s+to$")


# one-word names shown to be a person: an appositive after a kin noun, or a person's kin
_LONE_PERSON = re.compile(r"\b(?:boy|girl|son|daughter|child|toddler|baby|wife|husband|widow|widower|"
                          r"brother|sister|mother|father),\s+([A-Z][a-z]+),|"
                          r"\b([A-Z][a-z]+)['’]s\s+(?:mother|father|parents|grandmother|grandfather|"
                          r"uncle|aunt|stepfather|stepmother|body|funeral)\b")


_GIVEN_BEFORE = re.compile(r"(?:\d+-(?:year|month)-old\s+|\b(?:boy|girl|son|daughter|child|toddler|baby|"
                           r"brother|sister|victim|suspect|man|woman),\s+)$", re.I)
# a person's trade written right before the name, with no comma ("pop singer Ariana Grande")
_ROLE_BEFORE = re.compile(r"\b(?:singer|rapper|actor|actress|musician|comedian|footballer|athlete|"
                          r"journalist|reporter|photographer|student|teacher|nurse|doctor|pastor|imam)\s+$")
_STAGE_AFTER = re.compile(r"\s+(?:concert|gig|tour|album|song|single|show|fans)\b")   # a performer's
_KIN_AFTER = re.compile(r"['’]s\s+(?:death|killing|murder|body|mother|father|parents|family|grandmother|"
                       r"grandfather|uncle|aunt|brother|sister|wife|husband)\b")
_ORG_WORDS = {"police", "troopers", "ministry", "minister", "state", "department", "mayor", "press",
              "examiner", "diplomats", "office", "council", "committee", "agency", "news", "times", "post"}
_PERSON_TITLES = {"mr", "mrs", "ms", "dr", "gov", "sen", "rep", "chief", "president", "minister", "mayor",
                  "officer", "sgt", "lt", "capt", "col", "gen", "judge", "attorney", "prosecutor", "spokesman",
                  "spokeswoman", "commissioner", "secretary", "senator", "governor", "deputy", "inspector"}
_PERSON_AFTER = re.compile(r",\s+\d{1,2}\b|\s+(?:said|says|told)\b")
_SAID = r"(?:\s+(?:said|says|told|added|testified|wrote|explained)\b|'(?=\s+[a-z]))"
_SAID_RX = re.compile(_SAID)
_TITLE_BEFORE = re.compile(r"\b(?:Sen|Gov|Rep|Dr|Mr|Mrs|Ms|Lt|Sgt|Gen|Col|Capt|Supt|Det)\.\s*$")


# a journey's end told before the name ("flying between Kuala Lumpur and Amsterdam", "en route
# from Amsterdam to"): where the vehicle came from or went, not where the story happens
_TRIP_END = re.compile(r"\b(?:flying|flew|travell?ing|sailing|en route|bound|heading|headed)\s+"
                       r"(?:from|to|for|between)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
                       r"(?:(?:and|to)\s+(?:the\s+)?)?$")


@lru_cache(maxsize=8)
def _text_names(gz, text: str) -> tuple:
    """The text's name sequences, its persons' surnames and given names ("Ariana" of "singer
    Ariana Grande": no Tunisian town), read once per text: the focus vote and the text's
    country backing both harvest the same article."""
    seqs = name_sequences(text)
    return seqs, _surnames(gz, seqs, text), given_names(gz, seqs, text)


def harvest_names(gz, text: str, given: set[str]) -> dict[str, int]:
    """Well-known places the text names that the caller did not pass (a caller that only
    reads event sentences misses the "Colombo" of the lede): countries, admin1 areas and
    cities of HARVEST_MIN_POP+ people, exact names only, never sentence-initial words
    ("Reading the report"). The article's coherence then rests on the whole text."""
    out: dict[str, int] = {}
    seqs, surnames, firsts = _text_names(gz, text)
    for start, name in seqs:
        before = text[max(0, start - 2):start]
        if start == 0 or before.strip() in (".", "!", "?", "\"", "“") or before.endswith("\n"):
            continue
        if name in given or name.isupper() or gz.demonym_place(name) is not None or name in surnames \
                or owner_only(name, text, gz) \
                or name.split()[0] in _NOT_NAME or _TRIP_END.search(text[max(0, start - 80):start]):
            continue            # "according to Celaya" after "Chief Mitch Celaya": a person
        person_led = " " in name and name.split()[-1] in surnames
        for sub in (name, name.split()[0]) if " " in name and not person_led else (name,):
            if sub in firsts or sub != name and sub in _COMPASS:
                continue            # "West African country": no region called West
            hits = gz.lookup(sub, fuzzy=False)
            if any(h.how == "exact" and (gz.kind(h.id) in ("country", "admin1") or
                                         gz.pop[h.id] >= HARVEST_MIN_POP) for h in hits):
                out[sub] = out.get(sub, 0) + 1
                break
    return out


# -- unknown villages -> the smallest named admin area ------------------------------------
_STOP = r"(?!(?:The|A|An|In|On|At|Near|From|And|Of|But|After|When|Then)\b)"
_NAME = (_STOP + r"[A-Z][\w'’-]*[\w-](?:\s+(?:de|del|da|di|al|el|bin|ibn)\b)?(?:\s+(?:al-|el-)?"
         + _STOP + r"[A-Z][\w'’-]*[\w-])?\b(?<!['’]s)(?!['’]s\b)")    # "Ceamurlia de Jos", not "Obama's"
_SETTLEMENT = r"(?:villages?|towns?|hamlets?|settlements?|townships?)"
_VILLAGE_RX = [
    # "the neighbouring villages of Chardaghli, Brawchi and Karanaz", "the town of X"
    re.compile(r"\b" + _SETTLEMENT + r"\s+of\s+(" + _NAME + r"(?:\s*,\s*" + _NAME + r")*"
               r"(?:,?\s+and\s+" + _NAME + r")?)"),
    re.compile(r"\b" + _SETTLEMENT + r",?\s+(" + _NAME + r")"),          # "a fourth village, Beshir"
    re.compile(r"\b(?:in|at|near|from|to|into)\s+(?:the\s+)?(" + _NAME + r")\s+" + _SETTLEMENT + r"\b"),
]
_AREA_NOUN = r"(?:province|governorate|district|region|state|county|prefecture|oblast|department)"
_AREA_RX = re.compile(r"\b(" + _NAME + r")\s+" + _AREA_NOUN + r"\b|\b" + _AREA_NOUN +
                      r"\s+of\s+(" + _NAME + r")|\b(" + _NAME + r")")
_COMPASS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"}
_NOT_NAME = {"The", "A", "An", "In", "On", "At", "Near", "From", "And", "Of", "Shia", "Sunni"}


def village_names(sentence: str) -> list[str]:
    """Place-like proper names the sentence calls villages or towns ("the villages of A, B
    and C", "a fourth village, D", "in E village"), in text order."""
    out: list[str] = []
    for rx in _VILLAGE_RX:
        for m in rx.finditer(sentence):
            for n in re.split(r"\s*,\s*|,?\s+and\s+", m.group(1)):
                n = n.strip()
                if n and n.split()[0] not in _NOT_NAME and n not in out:
                    out.append(n)
    return out


def _country_code(geo: "ArticleGeo") -> str | None:
    return geo.tc.most_common(1)[0][0] if getattr(geo, "tc", None) else None


def unknown_villages(geo: "ArticleGeo", sentence: str) -> list[str]:
    """The sentence's village names the gazetteer does not hold in the article's country
    (a namesake abroad, "Karanaz" ~ Keren in Eritrea, does not count as known)."""
    from .resolve import candidates
    cc = _country_code(geo)
    out = []
    for n in village_names(sentence):        # spelling variants count ("Tal Afar")
        if not any(cc is None or geo.gz.cc[h.id] == cc for h, _ in candidates(n, geo.gz)):
            out.append(n)
    return out


def admin_areas(geo: "ArticleGeo", text: str) -> list[tuple[int, int, "Location"]]:
    """Admin areas (admin1/admin2) of the article's country named in `text`, as
    (position, specificity, Location named as the text spells it). A bare name that is also
    a town there ("Kirkuk") counts only with its area noun ("Kirkuk province")."""
    gz, cc = geo.gz, _country_code(geo)
    out = []
    for m in _AREA_RX.finditer(text):
        noun = m.group(1) or m.group(2)
        name = noun or m.group(3)
        if name.split()[0] in _NOT_NAME:
            continue
        hits = [h for h in gz.lookup(name, fuzzy=False)
                if h.how == "exact" and (cc is None or gz.cc[h.id] == cc)]
        areas = [h for h in hits if gz.kind(h.id) in ("admin1", "admin2")]
        if not areas or (not noun and len(areas) < len(hits)):
            continue
        h = max(areas, key=geo.specificity)
        out.append((m.start(), geo.specificity(h), replace(gz.location(h.id, h.how), name=name)))
    return out


def village_area(geo: "ArticleGeo", text: str, start: int, end: int) -> "Location | None":
    """Where unknown villages lie: the smallest admin area the same sentence names, else
    the nearest one named earlier in its paragraph or the paragraph before, else the
    country. None when the sentence names no unknown village."""
    sentence = text[start:end]
    if not unknown_villages(geo, sentence):
        return None
    para = text.rfind("\n", 0, start) + 1
    prev = text.rfind("\n", 0, max(0, para - 1))
    while prev > 0 and not text[prev + 1:para].strip():      # blank lines between paragraphs
        prev = text.rfind("\n", 0, prev)
    scopes = [(start, end), (para, start), (prev + 1, para)]
    for lo, hi in scopes:
        found = admin_areas(geo, text[lo:hi])
        if found:       # the most specific; among equals the nearest to the sentence
            return max(found, key=lambda f: (f[1], f[0]))[2]
    from .resolve import event_place
    return event_place(geo.main_country())
