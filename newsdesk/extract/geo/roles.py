"""Place roles: is a place name in a sentence where the event happened, or is it used for
something else?

A country or city name in news text is often not the event's place: a party ("France
closed its border"), a possessive or noun modifier ("Iran's nuclear programme", "a U.S.
official", "the Kiev authorities", "the Geneva agreements"), part of an organisation's name
("the Islamic State of Iraq and Syria"), the place of the reporting ("he told reporters at
Temple Trees" while the blasts were elsewhere), or the far side of a border ("the border
with Jordan", where the act happened on this side). These roles are read off the parse,
not off word lists of places, so they hold for any name. Landmarks that sit after a
non-locative word ("took over the Turaibal border crossing") are added as places.
"""
from __future__ import annotations

import re
from itertools import takewhile

from newsdesk.nlp import doc_text, lemma_in, pos
from newsdesk.nlp.words import occurrences

from .named_roles import (REPORTING, nation_of_group, object_of_stance, party_addressed,
                          polity_subject as _polity_subject, remit as _remit, whereabouts)
from .attach import NOT_SITES, attached_role, name_head, trigger_site_first
from .clauses import aside_role
from .party_votes import party_vote
from .sayer_office import sayer_office
from .trips import CONTAINERS, is_destination, is_origin, is_route

# landmark heads written in lower case after a proper name ("the Turaibal border crossing")
LANDMARK_HEADS = {"border crossing", "crossing", "checkpoint", "airport", "air base", "airbase",
                  "base", "prison", "jail", "dam", "refinery", "bridge", "oil field", "oilfield",
                  "camp", "refugee camp", "mosque", "shrine", "church", "cathedral", "hotel",
                  "stadium", "square", "market", "palace", "hospital", "power plant",
                  "power station", "port", "compound", "neighborhood", "neighbourhood",
                  "district", "village", "town", "province", "region", "area"}
# nouns a place name modifies without being where anything happened ("a U.S. official",
# "the Kiev authorities", "the Geneva agreements")
NOT_PLACE_NOUNS = {"official", "officials", "authorities", "authority", "government", "forces",
                   "troops", "army", "military", "police", "president", "minister", "leader",
                   "leaders", "leadership", "agreement", "agreements", "accord", "accords", "deal",
                   "sanctions", "programme", "program", "policy", "policies", "spokesman",
                   "spokeswoman", "spokesperson", "diplomat", "diplomats", "envoy", "delegation",
                   "side", "counterpart", "counterparts", "regime", "administration", "source",
                   "sources", "media", "press", "television", "newspaper", "agency", "ally",
                   "allies", "officer", "officers", "soldier", "soldiers", "backers", "prosecutors",
                   "investigators", "intelligence", "lawmakers", "parliament", "cabinet",
                   "ministry", "embassy", "ambassador", "mission", "team", "citizens", "nationals",
                   "residents", "people", "support", "pressure", "demands", "position", "stance",
                   "ultimatum", "economy", "currency",
                   "stocks", "shares", "company", "firm", "companies", "bank", "consulate"}
REPORT_NOUNS = {"conference", "briefing", "reporters", "journalists", "interview", "statement",
                "press", "media", "persons", "newspaper", "television", "broadcast"}
ORG_HEADS = {"state", "bank", "university", "church", "party", "front", "army", "council",
             "ministry", "government", "league", "movement", "brotherhood", "organization",
             "organisation", "institute", "college", "school", "museum", "company", "times",
             "post", "news", "agency", "association", "federation", "assembly", "court",
             "committee", "group", "corporation", "authority", "office", "police", "forces",
             "navy", "embassy", "hospital", "club"}


def _span_of(doc, name: str, near: int | None):
    """The token range [a, b) of `name` in the doc (the occurrence nearest `near`)."""
    best = None
    text = doc_text(doc)
    for start in occurrences(text, name):     # str.find: no pattern per name
        sp = doc.char_span(start, start + len(name), alignment_mode="expand")
        if sp is None:
            continue
        d = abs(sp.start - near) if near is not None else 0
        if best is None or d < best[0]:
            best = (d, sp.start, sp.end)
    return (best[1], best[2]) if best else None


def _text_before(doc, a: int) -> str:
    """`doc[:a].text` cut from the Doc's string: the Span would build a Token per word
    before the name, for every name asked about."""
    if a <= 0:
        return ""
    text = doc_text(doc)[:doc[a].idx]
    return text[:-1] if doc[a - 1].whitespace_ else text


def _governor(tok):
    """The word a place phrase attaches to, through its preposition: the verb or noun it
    modifies."""
    t = tok
    for _ in range(6):
        h = t.head
        if h is t:
            return None
        if h.dep_ == "prep" or pos(h) == "ADP":
            t = h
            continue
        return h
    return None


def role(doc, name: str, trigger=None) -> str:
    """'place' (may be the event's place), 'modifier', 'members' (a nation as a people), 'actor',
    'org', 'reporting', 'border' (the far side), 'seat' (an organisation's), 'filed' (a dateline),
    'origin' / 'residence' (where people come from / live), 'route' (a trip's ends),
    'destination' (where people are moved to), 'remit' (an office's: "envoy to X"),
    'whereabouts' (a person's, told aside), clauses.py's 'aside' (a clause on a party) and
    'onward' (another verb's goal), or 'unknown' (not found in the doc)."""
    span = _span_of(doc, name, trigger.i if trigger is not None else None)
    if span is None:
        return "unknown"
    a, b = span
    after = doc[b] if b < len(doc) else None
    if _filed_head(doc, a):
        return "filed"                 # "BANGKOK, Thailand -- Myanmar's military seized ..."
    if attached := attached_role(doc, a, b, trigger):     # geo/attach.py: what the phrase hangs on
        return "place" if attached == "site" else attached
    if _seat(doc, b):
        return "seat"                  # "a Washington-based institution": where it sits
    # possessive: "Iran's nuclear programme", "Ukraine's Black Sea city of Odessa"
    if after is not None and (after.tag_ == "POS" or after.text in ("-", "\u2013") and b + 1 < len(doc)
                              and doc[b + 1].tag_ in ("VBN", "JJ", "VBD")):
        return "modifier"              # ... and "the US-led coalition", "Iran-backed"
    head = name_head(doc, a, b)
    if sayer_office(head, trigger):
        return "seat"                  # "the ministry in X said 12 died": the office's seat
    if head.dep_ == "pobj" and head.head.dep_ == "agent" or \
            head.dep_ == "conj" and head.head.dep_ == "pobj" and head.head.head.dep_ == "agent":
        return "actor"                 # "reached by Iran and world powers"
    if head.dep_ in ("compound", "amod", "nmod") and head.head.i >= b and \
            head.head.tag_ in ("NN", "NNS"):
        noun = head.head.lower_
        if noun in NOT_PLACE_NOUNS:
            return "modifier"          # "a U.S. official", "the Kiev authorities"
    if object_of_stance(head, NOT_PLACE_NOUNS):
        return "modifier"              # "support for Iran", "sanctions against Oslo"
    if nation_of_group(head, name, b, trigger):
        return "members"               # "the Baltic states", "their Nordic partners": a party
    if _remit(head):
        return "remit"                 # "the envoy to the Great Lakes": an office's remit
    if whereabouts(head, trigger):
        return "whereabouts"           # "... while the president was in Lyon"
    if _in_org_name(doc, a) or _national_body(doc, head, name, b):
        return "org"
    if _polity_subject(head, trigger) or party_addressed(head):
        return "actor"                 # "Washington and Kabul had been informed", "urged the US"
    # "the border with Jordan", "the frontier with Syria": the other side of the line
    k = a - 1
    while k >= 0 and doc[k].lower_ in ("the",):
        k -= 1
    if k >= 1 and doc[k].lower_ in ("with",) and doc[k - 1].lower_ in ("border", "frontier", "borders"):
        return "border"
    if _BETWEEN_SIDES.search(_text_before(doc, a) + " "):
        return "line"                  # "the border between Kenya and Somalia": a reference line
    if is_origin(head, trigger) or _home_phrase(doc, a, trigger, HOME_BEFORE):
        return "origin"                # "football fans from the eastern city of Kharkov"
    if is_route(head, trigger):
        return "route"                 # "an airliner flying from Amsterdam to Kuala Lumpur"
    if is_destination(head):
        return "destination"           # "rebels who agreed to be evacuated to Idlib"
    if _home_phrase(doc, a, trigger, RESIDENCE_BEFORE):
        return "residence"
    gov = _governor(head)
    if gov is not None and trigger is not None and gov is not trigger and \
            (lemma_in(gov, REPORTING) and gov.tag_.startswith("VB")
             or gov.lower_ in REPORT_NOUNS):
        return "reporting"             # "he told reporters at Temple Trees"
    return aside_role(head, trigger) or "place"    # "a group banned in X", "... on to Y"


# bodies of people a country's name may lead ("Iran Revolutionary Guards", "Kenya Defence
# Forces"): the country is their nationality, not where they act
BODY_HEADS = NOT_PLACE_NOUNS | {"guards", "guard", "corps", "brigade", "brigades", "militia",
                                "militias", "navy", "command", "service", "services"}


def _national_body(doc, head, name: str, b: int) -> bool:
    """A country's name leading the proper name of a force or agency ("Iran Revolutionary
    Guards confirm the attack"): a party, wherever the act was. A town leading such a name
    ("Kabul Bank", "Baghdad Police") stays its place."""
    body = head.head
    return head.dep_ == "compound" and body.i >= b and body.tag_ in ("NNP", "NNPS") and \
        body.lower_ in BODY_HEADS and _country_id(name) is not None


def _country_id(name: str) -> int | None:
    """The gazetteer row of the country this is the exact name of, else None."""
    from .gazetteer import gazetteer
    gz = gazetteer()
    return next((h.id for h in gz.lookup(name, fuzzy=False)
                 if h.how == "exact" and gz.kind(h.id) == "country"), None)


# a dateline opening a sentence that is not the article's first ("BANGKOK, Thailand --"
# after a photo caption): where the copy was filed, which is the news's place unless the
# sentence goes on about another country ("... -- Myanmar's military seized power")
from .dateline_form import FILED_HEAD as _FILED_HEAD  # noqa: E402


def _filed_head(doc, a: int) -> bool:
    """The name lies in a capitalised dateline that opens the sentence, and the words
    before the first verb (the subject; the dateline confuses the parse) belong to another
    country ("Myanmar's military", "Syrian jets"); a dateline whose news only concerns
    other countries as objects ("cut ties to Qatar") stays."""
    m = _FILED_HEAD.match(doc_text(doc))
    if m is None or doc[a].idx >= m.end():
        return False
    from .candidates import resolve
    home = {loc.country for p in m.group(1).split(",") if (loc := resolve(p.strip().title()))}
    subject = takewhile(lambda t: not t.tag_.startswith(("VB", "MD")), (t for t in doc if t.idx >= m.end()))
    named = {_country_named(t.text) for t in subject if t.text[:1].isupper()}
    return bool(home) and bool(named - home - {None})


def _country_named(word: str) -> str | None:
    """ISO code of a country's own name or demonym ("Myanmar", "Syrian"), else None."""
    from .gazetteer import gazetteer
    gz = gazetteer()
    i = gz.demonym_place(word)
    i = _country_id(word) if i is None else i
    return (gz.cc[i] or None) if i is not None else None


# "a Washington-based institution", "the London-headquartered bank": the seat of the thing
# described, which acts elsewhere; the name is neither the act's place nor the article's
SEAT_WORDS = {"based", "headquartered", "registered", "listed", "incorporated"}


def _seat(doc, b: int) -> bool:
    """The name is glued by a hyphen to a word of where something is seated."""
    return b + 1 < len(doc) and doc[b].text in ("-", "\u2013") and doc[b + 1].lower_ in SEAT_WORDS


# where a person lives or comes from, told right before the name: "the family moved here from
# Guyana", "a native of Houston", "born in Jordan", "who lives in Ohio"; the act is elsewhere
HOME_BEFORE = re.compile(
    r"\b(?:(?:moved|emigrated|immigrated|relocated|hails?|hailed|originally|arrived)(?:\s+[\w'’-]+){0,4}?"
    r"\s+from|natives?\s+of|born\s+(?:and\s+raised\s+)?in|raised\s+in)\s+(?:the\s+)?$", re.I)
# where people live: often where the act happened too ("the Shia who lived in Mosul were given
# 24 hours"), so such a name only yields to another place the sentence gives
RESIDENCE_BEFORE = re.compile(r"\b(?:(?:lives|lived|living|resides|resided|residing)\s+in|residents?\s+of)"
                              r"\s+(?:the\s+)?$", re.I)

def trip_ends(doc, names: list[str]) -> list[str]:
    """The names the sentence gives only as a journey's ends: they must not vote for the
    article's main place either (a story about a downed airliner names its origin and
    destination in nearly every paragraph)."""
    return [n for n in names if role(doc, n) == "route"]


def away_places(doc, names: list[str]) -> list[str]:
    """A journey's ends, a place named as the party that acts ("the truce announced by
    Moscow", "cut all contacts with Moscow": party_votes.py) or as a people ("the Gulf
    states"), an organisation's seat ("a Washington-based institution"), a dateline inside
    the text and the site of an act days apart ("a week after the raid in X"): names that
    must not vote for the article's main place."""
    return [n for n in names
            if role(doc, n) in ("route", "actor", "seat", "filed", "background", "members")
            or party_vote(doc, _span_of(doc, n, None))]


def _home_phrase(doc, a: int, trigger, rx) -> bool:
    """The name ends an origin or residence phrase (`rx`) that is not the trigger's own
    wording ("troops moved from Kirkuk" is a movement, its trigger the verb itself)."""
    start = doc[a].idx
    lo = max(0, start - 60)
    m = rx.search(doc_text(doc)[lo:start])
    if m is None:
        return False
    return trigger is None or not (lo + m.start() <= trigger.idx < start)


def _in_org_name(doc, a: int) -> bool:
    """"(the) Islamic State of Iraq (and Syria)": a name after "of" (or after "and" in such a
    chain) whose governor is a capitalised non-container word."""
    k = a - 1
    if k >= 1 and doc[k].lower_ in ("and", "&"):
        # "... of Iraq and Syria": look past the first conjunct
        j = k - 1
        while j >= 0 and doc[j].tag_ in ("NNP", "NNPS"):
            j -= 1
        if j >= 0 and doc[j].lower_ == "of":
            k = j
        else:
            return False
    if k >= 1 and doc[k].lower_ == "of":
        w = doc[k - 1]
        named_org = k >= 2 and (doc[k - 2].lower_, w.lower_) in ORG_PAIRS   # "Islamic State of"
        if w.text[:1].isupper() and w.tag_ in ("NNP", "NNPS") and (w.lower_ not in CONTAINERS or named_org):
            return w.lower_ in ORG_HEADS or any(t.tag_ in ("NNP", "NNPS") and
                                                 t.lower_ in ORG_HEADS for t in doc[max(0, k - 4):k])
    return False


_GROUP_NOUNS = r"(?:cities|towns|villages|provinces|governorates|districts|areas|regions)"


def coordinated_gap(between: str) -> bool:
    """Whether the text between two names only lists more places ("Alexandria and Suez
    Canal cities, Luxor and Aswan"): separators, capitalised names, plural place nouns."""
    rest = re.sub(r"\b[A-Z][\w'\u2019-]*|\b" + _GROUP_NOUNS + r"\b", " ", between)
    return bool(re.search(r",|\band\b|\bor\b", rest)) and \
        re.fullmatch(r"(?:\s|,|\band\b|\bor\b)*", rest) is not None


def _coordinated(text: str, names: list[str], name: str) -> bool:
    """"in Alexandria and Suez": a name listed with a locative one shares its role."""
    at = text.find(name)
    for n in names:
        i = text.find(n)
        if 0 <= i < at and coordinated_gap(text[i + len(n):at]):
            return True
    return False


ORG_PAIRS = {("islamic", "state")}
# a border named by its two sides: the line, not where anything happened
_BETWEEN_SIDES = re.compile(r"\b(?:border|frontier|boundary)s?\s+between\s+(?:the\s+)?"
                            r"(?:[A-Z][\w'\u2019-]*\s+){0,3}?(?:and\s+(?:the\s+)?)?$")
DROP = {"modifier", "seat", "filed", "org", "reporting", "actor", "origin", "route", "line", "destination",
        "whereabouts", "onward", "members"}


def filter_places(doc, first: list[str], rest: list[str], trigger=None) -> list[str]:
    """The sentence's candidate event places, most telling first: names after a locative
    word and landmarks the name finder missed, else the other well-known places; names used
    as modifiers, actors, organisation parts or the reporting place are dropped, and a
    border's far side, a residence ("who lived in X"), an office's remit or a clause on a
    party ("a group banned in X") goes last."""
    out, last = [[], []], []
    for i, names in enumerate((first, rest)):
        for name in names:
            r = role(doc, name, trigger)
            if r in DROP or r in NOT_SITES:
                continue
            k = 0 if i == 1 and _in_part_of(doc, name, trigger) else i
            (last if r in ("border", "residence", "remit", "aside") else out[k]).append(name)
    lead = out[0] + [n for n in landmarks(doc) if n not in out[0] and n not in last]
    lead += [n for n in out[1] if n not in lead and _coordinated(doc_text(doc), lead, n)]
    found = list(dict.fromkeys((lead or out[1]) + last))
    return trigger_site_first(doc, found, out[0] + out[1], trigger, _span_of)


LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "throughout", "around"}


def _in_part_of(doc, name: str, trigger=None) -> bool:
    """A name told as the whole of a locative part ("in the heart of Berlin", "on the
    outskirts of Aleppo"): as telling as one right after the preposition."""
    span = _span_of(doc, name, trigger.i if trigger is not None else None)
    if span is None:
        return False
    head = name_head(doc, *span)
    of = head.head
    if head.dep_ != "pobj" or of.lower_ != "of" or of.head is of:
        return False
    part = of.head
    return part.dep_ == "pobj" and part.head.lower_ in LOCATIVE | {"on"} and part.tag_ in ("NN", "NNS")


_LANDMARK_RX = re.compile(
    r"\b((?:[A-Z][\w'\u2019.-]*)(?:\s+(?:al-|el-|de\s+|of\s+)?[A-Z][\w'\u2019-]*){0,3})\s+("
    + "|".join(sorted((re.escape(h) for h in LANDMARK_HEADS), key=len, reverse=True)) + r")\b")


def landmarks(doc) -> list[str]:
    """Proper names followed by a lower-case landmark head ("the Turaibal border crossing",
    "the Rabaa al-Adawiya mosque"): the proper name, which gazetteers and annotators use.
    Memoised on the Doc (it depends on the sentence only; asked once per trigger)."""
    cached = doc.user_data.get("nd_landmarks")
    if cached is None:
        cached = doc.user_data["nd_landmarks"] = tuple(_landmarks(doc))
    return list(cached)


def _landmarks(doc) -> list[str]:
    out = []
    for m in _LANDMARK_RX.finditer(doc_text(doc)):
        name = m.group(1)
        if m.start(1) == 0 or name.split()[0].lower() in ("the", "a", "an", "in", "at", "on"):
            continue
        sp = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if sp is None or any(t.tag_ not in ("NNP", "NNPS", "HYPH", "IN", "POS") for t in sp):
            continue
        if sp[0].i > 0 and doc[sp[0].i - 1].tag_ == "POS" or _demonym(name.split()[0]) \
                or _demonym(name):
            continue
        out.append(name)
    return out


def _demonym(word: str) -> bool:
    """"Shiite shrine", "Kurdish village", "a U.S. base": a people or a country owning the
    site, not the name of the place."""
    from .gazetteer import gazetteer
    try:
        gz = gazetteer()
        return gz.demonym_place(word) is not None or word.lower() in (
            "shiite", "shia", "sunni", "christian", "muslim", "jewish", "islamic", "arab",
            "kurdish") or any(h.how == "exact" and gz.kind(h.id) == "country"
                              for h in gz.lookup(word, fuzzy=False))
    except Exception:
        return False


# a town's own police or sheriff ("Los Angeles police said", "the Largo Police Department"):
# local forces work where the crime was, though the text names the town only as their owner
_AUTHORITY = re.compile(r"\b((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+(?:\s+County)?)(?:['\u2019]s)?\s+(?:police|"
                        r"Police(?:\s+Department)?|Sheriff['\u2019]s\s+(?:Office|Department)|Sheriff)\b")


def authority_towns(text: str | None) -> list[str]:
    """Cities and counties named as the owners of the local police or sheriff in the text (one
    vote per mention; "Madison County Sheriff" is the county's, not the city of Madison's)."""
    if not text:
        return []
    out = []
    for m in _AUTHORITY.finditer(text):
        name = m.group(1)
        if name.split()[0] in ("The", "A", "An", "State", "National", "Federal", "Military", "Secret"):
            continue
        try:
            from .candidates import resolve
            loc = resolve(name)
        except Exception:
            loc = None
        county = name.endswith(" County") and loc is not None and loc.precision in ("admin1", "admin2")
        if loc is not None and (loc.precision == "city" or county) and loc.name == name:
            out.append(name)
    return out
