"""Names without the NER model: runs of proper nouns from the tagger, told apart as places or
other names by position (after "in", "at", "near" ...) and the team gazetteer.

Why: spaCy's NER is the most expensive component of the small model (it carries its own
embedding layer) and the event layer needs only three things from it, all recoverable here:
the place names of a sentence, people for "he/she", and the extent of a proper-name actor.
"""
from __future__ import annotations

from functools import lru_cache

LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "around", "into", "through",
            "throughout", "between", "within", "off"}
# weaker prepositions: a place only when the gazetteer knows the name ("to Iraq", "from Doha")
LOCATIVE_WEAK = {"to", "from", "on", "toward", "towards", "of"}
PLACE_NOUNS = {"city", "town", "village", "villages", "province", "region", "district", "capital",
               "port", "area", "suburb", "neighbourhood", "neighborhood", "north", "south", "east",
               "west", "northeast", "northwest", "southeast", "southwest", "outskirts", "centre",
               "center", "governorate", "state", "towns", "cities", "provinces"}
ADJ_PREFIX = {"sunni", "shiite", "shia", "kurdish", "christian", "muslim", "arab", "western",
              "eastern", "northern", "southern", "central"}
CONNECT = {"al", "el", "de", "of", "la", "du", "bin", "ibn", "abu", "-", "'s"}
NOT_PLACE_HEADS = {"ministry", "council", "agency", "party", "front", "brotherhood", "army",
                   "forces", "police", "government", "news", "press", "times", "post", "reuters",
                   "minister", "president", "secretary", "state", "department", "union",
                   "prefecture", "agency", "tass", "online", "media", "centre", "committee",
                   "organization", "organisation", "office", "court", "cabinet", "congress"}
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "easter", "christmas", "ramadan"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"}
COMPASS = {"west", "east", "north", "south"}     # a bare compass point names no one place
TITLES = {"mr", "mrs", "ms", "dr", "president", "minister", "secretary", "gen", "general",
          "prime", "king", "emir", "sheikh", "senator", "sen", "rep", "spokesman", "leader",
          "chancellor", "ambassador", "colonel", "col", "lt", "brigadier", "commander", "pope"}


@lru_cache(maxsize=1)
def _gz():
    try:
        from .geo import gazetteer
        return gazetteer()
    except Exception:
        return None


@lru_cache(maxsize=20000)
def place_kind(name: str) -> tuple[str | None, int]:
    """(kind, population) of the best exact gazetteer hit for a name, or (None, 0)."""
    gz = _gz()
    if gz is None:
        return None, 0
    try:
        hits = gz.lookup(name, fuzzy=False)
    except Exception:
        return None, 0
    if not hits:
        return None, 0
    best = max(hits, key=lambda h: (gz.kind(h.id) in ("country", "admin1"), gz.pop[h.id]))
    return gz.kind(best.id), int(gz.pop[best.id] or 0)


def month_surname(words: list[str]) -> bool:
    """'Theresa May', 'Mrs May', 'Prime Minister May': a month word after a given name or a
    title is a surname, not the time of the act ('Russia Thursday', 'Tuesday May')."""
    if len(words) < 2 or words[-1].lower().strip(".,") not in MONTHS:
        return False
    from .gender import FEMALE_NAMES, MALE_NAMES
    prev = words[-2].lower().strip(".,")
    return prev in TITLES or prev in FEMALE_NAMES or prev in MALE_NAMES


def time_tail(words: list[str]) -> bool:
    """The last word of a name is a day, month or feast told as the time of the act."""
    return bool(words) and words[-1].lower().strip(".,") in TIME_WORDS and not month_surname(words)


def well_known_place(name: str) -> bool:
    kind, pop = place_kind(name)
    return kind in ("country", "admin1") or (kind == "city" and pop >= 100_000)


def runs(doc) -> list[tuple[int, int]]:
    """Token ranges [start, end) of proper-noun runs ("Nouri al-Maliki", "Stade de France")."""
    cached = doc.user_data.get("nd_runs")
    if cached is not None:
        return cached
    out, i, n = [], 0, len(doc)
    while i < n:
        if doc[i].tag_ in ("NNP", "NNPS") and doc[i].text[:1].isupper():
            j = i + 1
            while j < n and (doc[j].tag_ in ("NNP", "NNPS") or (
                    doc[j].lower_ in CONNECT and j + 1 < n and doc[j + 1].tag_ in ("NNP", "NNPS")
                    and doc[j].lower_ != "'s") or _inner_adjective(doc[j])):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    doc.user_data["nd_runs"] = out
    return out


def _inner_adjective(tok) -> bool:
    """A capitalised word the tagger read as an adjective right after a proper noun ("Yuen
    Long MTR station"): part of the name, which would otherwise end at "Yuen". Not a
    nationality or a qualifier ("Hong Kong Chinese", "Baghdad Sunni"), which only describe."""
    return tok.tag_ == "JJ" and tok.text[:1].isupper() and tok.text[1:].islower() and \
        tok.lower_ not in ADJ_PREFIX and not _demonym(tok.text)


def run_of(tok) -> tuple[int, int] | None:
    for a, b in runs(tok.doc):
        if a <= tok.i < b:
            return a, b
    return None


def _text(doc, a: int, b: int) -> str:
    # drop leading titles ("President Francois Hollande" keeps the title only when alone)
    while a < b - 1 and doc[a].lower_.rstrip(".") in TITLES:
        a += 1
    return doc[a:b].text


def places(doc, exclude: set | None = None, near: int | None = None) -> tuple[list[str], list[str]]:
    """(places after a locative preposition or "city of", other well-known places) of a
    sentence; each list ordered by distance to token `near` (the trigger) when given.
    The reading of the runs depends on the sentence only and is memoised on the Doc (the
    events step asks once per trigger and once per sentence); `exclude` and `near` are
    applied per call."""
    cached = doc.user_data.get("nd_places")
    if cached is None:
        cached = doc.user_data["nd_places"] = _place_runs(doc)
    first, rest = [], []
    for a, b, name, is_first in cached:
        if exclude and any(doc[k] in exclude for k in range(a, b)):
            continue
        dist = abs(a - near) if near is not None else 0
        (first if is_first else rest).append((dist, name))
    return [n for _, n in sorted(first, key=lambda t: t[0])], [n for _, n in sorted(rest, key=lambda t: t[0])]


def article_places(doc) -> list[str]:
    """The sentence's place names that may vote for the article's main place: all of
    them but a journey's ends, a capital named as the party that acts (geo/roles.py) and a
    country naming whose forces or strikes they are ("U.S. airstrikes" hit Kunduz)."""
    first, rest = places(doc)
    try:
        from .geo.roles import away_places
        ends = set(away_places(doc, first + rest))
    except Exception:            # the geo layer is optional
        ends = set()
    return [n for n in first + rest if n not in ends and not _forces_owner(doc, n)]


# nouns a country's name before them makes that country's forces or acts, not a place
FORCE_NOUNS = {"forces", "force", "troops", "military", "army", "navy", "soldiers", "jets", "warplanes", "drones",
               "drone", "airstrike", "airstrikes", "strike", "strikes", "raid", "raids", "bombing", "bombings",
               "bombers", "gunship", "gunships", "commandos", "marines", "aircraft", "helicopters"}


def _forces_owner(doc, name: str) -> bool:
    """Every use of the country `name` in the sentence qualifies forces or strikes."""
    if place_kind(name)[0] != "country":
        return False
    uses = [(a, b) for a, b in runs(doc) if doc[a:b].text == name]
    return bool(uses) and all(doc[b - 1].dep_ == "compound" and doc[b - 1].head.lower_ in FORCE_NOUNS
                              for a, b in uses)


def _place_runs(doc) -> tuple[tuple[int, int, str, bool], ...]:
    """(start, end, name, after a locative word) of the sentence's place-like runs."""
    out = []
    for a, b in runs(doc):
        core = a
        while core < b - 1 and _modifier(doc[core]):
            core += 1
        if core > a and not _literal_place(doc[a:b].text):
            a = core            # "Saudi Arabia", "Northern Ireland" keep their first word
        name = doc[a:b].text
        low = name.lower()
        if low in COMPASS and not (b < len(doc) and doc[b].lower_ in PLACE_NOUNS):
            continue            # "backing from the West": a bloc, not Cameroon's West region
        if low in TIME_WORDS or doc[b - 1].lower_ in NOT_PLACE_HEADS or doc[a].lower_.rstrip(".") in TITLES:
            continue
        if _weapon_opener(doc, a, b):
            continue            # "Grenade explosions and gunfire sent scores fleeing": a weapon
        if a > 0 and doc[a - 1].lower_.rstrip(".") in TITLES or _demonym(name) or actor_alias(name):
            continue
        if any(doc[k].lower_.rstrip(".") in TITLES for k in range(a + 1, b)):
            continue            # "UCPD Chief Mitch Celaya": a titled person, not a place
        k = a - 1
        while k >= 0 and doc[k].lower_ in ("the", "'s", "central", "northern", "southern", "eastern",
                                           "western", "north", "south", "east", "west", "a", "an"):
            k -= 1
        prep = doc[k].lower_ if k >= 0 else ""
        if prep == "to" and k > 0 and doc[k - 1].lower_ == "according":
            continue            # "according to Celaya": a source, not a place
        if prep in ("datelined", "dateline"):
            continue            # "a later report, datelined Moscow": where it was filed
        known = place_kind(name)[0] is not None
        if prep in LOCATIVE or (prep == "of" and k > 0 and doc[k - 1].lower_ in PLACE_NOUNS) \
                or (prep in LOCATIVE_WEAK and known and prep != "of"):
            out.append((a, b, name, True))
        elif well_known_place(name) and doc[core].dep_ not in ("nsubj", "nsubjpass"):
            out.append((a, b, name, False))
    return tuple(out)


# weapons whose names are also towns somewhere (Grenade, Tank, Mortara ...): capitalised only
# because they open the sentence, before the noun they qualify, they are the weapon
WEAPON_WORDS = {"grenade", "mortar", "rocket", "tank", "shell", "mine", "missile", "sniper", "artillery",
                "bomb", "blast", "bullet", "drone", "machete", "knife", "gun", "gunfire", "cannon"}


def _weapon_opener(doc, a: int, b: int) -> bool:
    first = next((t.i for t in doc if not t.is_punct), 0)
    return a == first and b == a + 1 and doc[a].lower_.rstrip("s") in WEAPON_WORDS and \
        doc[a].dep_ == "compound" and doc[a].head.i > a


def _modifier(tok) -> bool:
    """A leading word that qualifies a place rather than naming it ("Sunni", "Iraqi")."""
    return tok.lower_ in ADJ_PREFIX or _demonym(tok.text)


@lru_cache(maxsize=5000)
def _literal_place(name: str) -> bool:
    """The gazetteer holds the whole name as written, so a demonym or a compass adjective
    at its start is part of it ("Saudi Arabia", "British Columbia", "Central African
    Republic"), whereas "Northern Iraq" or "Iraqi Kurds" are a modifier before a name."""
    gz = _gz()
    if gz is None or " " not in name:
        return False
    try:
        return any(h.how == "exact" for h in gz.lookup(name, fuzzy=False))
    except Exception:
        return False


@lru_cache(maxsize=5000)
def _demonym(word: str) -> bool:
    try:
        from .geo import demonym_country
        return bool(demonym_country(word))
    except Exception:
        return word.lower().endswith(("ians", "ans", "ese", "is")) and word[:1].isupper() and len(word) > 5


@lru_cache(maxsize=20000)
def actor_alias(name: str) -> bool:
    """A name that is a party (the EU, NATO, the Taliban, Hamas), not a place: an armed
    group's name that some village also bears ("Taliban", "Hamas") is the group."""
    from .actors import _ALIAS_RX, _NAMED_RX
    return any(rx.match(name) for canon, rx in _ALIAS_RX if canon not in (
        "United States", "United Kingdom", "United Arab Emirates", "Russia", "Ukraine")) or \
        any(rx.fullmatch(name) for cls, rx in _NAMED_RX if cls == "rebels/militants")


def persons(doc) -> list[str]:
    """Multi-word proper names that are not places: people, for "he"/"she"."""
    out = []
    for a, b in runs(doc):
        if b - a >= 2 and doc[b - 1].lower_ not in NOT_PLACE_HEADS and doc[a].lower_ not in ADJ_PREFIX \
                and not well_known_place(doc[a:b].text) and not _places_joined(doc[a:b].text):
            out.append(_text(doc, a, b))
    return out


def _places_joined(name: str) -> bool:
    """'Iran-Iraq', 'Israel-Gaza': places joined by a hyphen name a relation, not a person."""
    parts = [p for p in name.replace(" ", "").split("-") if p]
    return len(parts) >= 2 and all(place_kind(p)[0] is not None for p in parts)


def is_person(tok) -> bool:
    r = run_of(tok)
    if r is None:
        return False
    a, b = r
    name = tok.doc[a:b].text
    if tok.doc[b - 1].lower_ in NOT_PLACE_HEADS or well_known_place(name):
        return False
    return (b - a >= 2) or (a > 0 and tok.doc[a - 1].lower_.rstrip(".") in TITLES)


# word tables for actors.is_party: heads that denote people, groups, organisations or polities
# (besides actors.HEAD_CLASS), what PLOVER codes as a party
PARTY_WORDS = frozenset("""
    man woman child boy girl person family resident citizen inhabitant local worshipper pilgrim
    student teacher worker employee journalist reporter medic doctor nurse patient passenger
    tourist visitor guest fan spectator shopper mourner refugee migrant immigrant prisoner
    inmate detainee hostage captive convict suspect suspects victim survivor casualty casualties
    wounded dead other member members leader official officer minister ministers president
    premier king queen prince emir sheikh cleric clerics imam priest bishop pope envoy diplomat
    delegation delegations spokesman secretary chief chiefs commander commanders general generals
    colonel governor mayor lawmaker legislator senator mp mps deputy deputies politician
    politicians candidate candidates judge judges prosecutor lawyer lawyers negotiator negotiators
    mediator mediators observer observers monitor monitors inspector inspectors investigator
    investigators administration regime authority ministry cabinet parliament congress senate
    council councils assembly committee commission agency agencies department office embassy
    party parties opposition coalition alliance bloc movement organisation organization
    organisations organizations group groups faction factions union unions federation league
    front brigade brigades battalion battalions unit division company companies firm firms
    corporation bank banks network cell cells tribe clan clans community communities population
    public crowd side sides country state nation power powers neighbour neighbours neighbor
    neighbors ally allies partner partners rival rivals enemy enemies insurgency government
    militiaman supporter loyalist loyalists dissident dissidents opponent opponents critic critics
    islamist islamists sunni sunnis shia shias shiite shiites christian christians muslim muslims
    kurd kurds turkoman turkomans turkmen jew jews arab arabs copts alawites yazidis druze
    gendarmerie squad squads crew crews team teams staff workforce electorate voters voter laureate
    chairman chairwoman chair head heads director directors representative representatives
    rapporteur commissioner adviser advisers advisor advisors aide aides owner owners manager
    managers executive executives founder founders coordinator witness witnesses
    ruler rulers junta juntas boss bosses media
""".split())
# last words of proper names that are places or things, not parties ("Tahrir Square", "Sunni Islam")
NOT_PARTY_HEADS = {"square", "street", "road", "highway", "avenue", "bridge", "airport", "crossing",
               "border", "stadium", "hall", "mosque", "church", "shrine", "hospital", "school",
               "market", "building", "hotel", "camp", "checkpoint", "station", "port", "river",
               "mountain", "mountains", "valley", "park", "palace", "compound", "prison", "jail",
               "islam", "christianity", "judaism", "quran", "koran", "day", "eve", "sunday"}
# agent-noun look-alikes that are no people ("-ist", "-ee", "-tor" words)
NOT_HUMAN = {"list", "lists", "wrist", "twist", "mist", "fist", "gist", "exist", "persist",
              "insist", "resist", "assist", "consist", "median", "meridian", "guardian", "fee",
              "fees", "tree", "trees", "free", "degree", "degrees", "agree", "decree", "decrees",
              "committee", "guarantee", "sector", "sectors", "factor", "factors", "reactor",
              "reactors", "tractor", "motor", "motors", "rotor", "indicator", "indicators",
              "generator", "generators", "elevator", "detector", "vector", "calculator",
              "fertilizer", "fertilizers", "fertiliser", "fertilisers", "stabilizer", "stabilizers",
              "sanitizer", "sanitizers", "synthesizer", "synthesizers"}


def adjective_state(tok) -> str | None:
    """'Syrian air strikes': a nation's adjective read as the doer names the state ("Syria"),
    not a word; a demonym noun ("a Palestinian was shot") is a person and keeps its word."""
    if tok.dep_ != "amod" or tok.tag_ != "JJ" or not tok.text[:1].isupper():
        return None
    try:
        from .geo.gazetteer import gazetteer
        gz = gazetteer()
        i = gz.demonym_place(tok.text)
        loc = gz.location(i) if i is not None else None
    except Exception:
        return None
    return loc.name if loc is not None and loc.precision == "country" else None
