"""A person is charged (or arrested) once: reports of a legal action against the same named
person within a few days are one event, across outlets and within one article.

Why: crime coverage tells one charging in many shapes ("Shawn J. Smith was charged with
second-degree murder" / "prosecutors charged Smith with murder" / "Smith, 20, faces
charges") whose wording, actor ("police", "prosecutors", none) and default day differ, so
the wording-based linker leaves one record per outlet, and an article restating its lede
keeps two. The accused person's name is a far surer key than wording: one story seldom
charges one person twice within days. Different people, charges that share no word
("murder" / "drug possession"), or days further apart stay separate events.

A charging whose accused is not named ("a 20-year-old man has been charged with murder")
joins the one named charging of its type in the story when the story charges exactly one
named person within those days (a story with two suspects leaves it alone).

Only ACCUSE events that read as legal action (charged, indicted, a criminal complaint),
COERCE arrests, RETREAT resignations (a person resigns a post once; keyed on who resigned)
and releases from custody (keyed on who was released: two people freed on bail in one story
are two events) take part; statements and other measures never do.
"""
from __future__ import annotations

import re

from ..extract.ev_actor_fix import ORG_HEADS as _PLACE_ORG
from ..extract.speakers import ORG_HEADS, looks_person

# words that make an accusation a legal action rather than a verbal one
_LEGAL = re.compile(r"\b(?:charg(?:ed|es|ing)|indict(?:ed|ment|s)?|arraign\w*|booked|"
                    r"criminal complaint|affidavit|in (?:police |federal )?custody|arrest(?:ed|s)?|counts? of)\b", re.I)
_NAME = r"(?:[A-Z][\w'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.)){0,3}"
_CUE = r"(?:charged|arrested|indicted|booked|detained|accused|taken into custody|arraigned)"
# "Shawn J. Smith, 20, was charged", "Stinson was arrested", "Smith is also accused"
_BEFORE = re.compile(rf"(?<![\w'’-])({_NAME})(?:,? \d{{1,3}},)?(?: of [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,)?"
                     rf",?\s+(?:(?:was|is|were|are|has been|"
                     rf"have been|had been|got|being|been|also|later|now|formally|each|both|"
                     rf"then|since)\s+){{1,3}}{_CUE}\b")
# "arrested 49-year-old Kenneth White", "charged Charisse Stinson with", "the arrest of X"
_AFTER = re.compile(rf"\b(?:charged|arrested|indicted|booked|detained|arrest of|charges against|"
                    rf"indictment of)\s+(?:(?:the\s+)?\d{{1,3}}-year-old\s+)?({_NAME})")
# "Stinson's arrest ended a two-day search"
_POSS = re.compile(rf"(?<![\w'’-])({_NAME})(?:['’]s|(?<=s)['’])\s+(?:arrest|indictment|arraignment)\b")
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Det|Sgt|Officer|Former|Suspect)\.?\s+")
_NOT_NAMES = {"he", "she", "they", "it", "who", "police", "officials", "authorities", "the",
              "investigators", "prosecutors", "deputies", "officers", "detectives", "a", "an",
              "one", "two", "three", "four", "both", "all", "each", "others", "his", "her",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "federal", "state", "county", "city", "agents", "troopers", "fbi", "court", "in",
              "on", "at", "after", "when", "as", "but", "and", "then", "earlier", "later", "also",
              "meanwhile", "last", "this", "that", "there", "here", "we", "i", "you"}
# the charge itself: "charged with second-degree murder and ...", "on suspicion of murder"
_CHARGE = re.compile(r"\b(?:charged (?:\w+ ){0,3}?with|indicted (?:\w+ ){0,3}?(?:on|for)|on suspicion of|"
                     r"charges? of|counts? of|accused of)\s+([^.;:!?\"“”]{3,90})", re.I)
_CHARGE_STOP = {"first", "second", "third", "fourth", "degree", "count", "counts", "one", "two",
                "three", "and", "of", "a", "an", "the", "with", "to", "in", "for", "his", "her",
                "their", "being", "having", "after", "charge", "charges", "attempt", "attempted",
                "allegedly", "making", "own", "its", "who", "was", "were", "that"}
# where the charge ends: the day, the place, the case it belongs to, the source
_CHARGE_END = re.compile(r",|\b(?:on|after|following|at|last|this|since|when|while|during|"
                         r"police|prosecutors|according|in (?:the|connection|his|her|their))\b",
                         re.I)
_ORG = ORG_HEADS | _PLACE_ORG          # "Pittsburgh Public Schools" is no person
GAP_STATED = 2           # days apart two stated days may be and still tell one charging
GAP_ANY = 3              # ... when a day is only an article's default


def _texts(group) -> list[str]:
    return [sp.text for x in group for sp in [x.m.span, *x.m.extra_spans]]


# acts a person undergoes or does once, by type: their modes (an arrest; a resignation, keyed
# on its actor; a release from custody, keyed on who was released)
ONCE = {"COERCE": ("arrest",), "RETREAT": ("resign", "release")}


def _party(m) -> str | None:
    """Whom a legal act is about: who resigned (the actor), else who undergoes it."""
    return m.actor if m.type == "RETREAT" and m.mode == "resign" else m.recipient


def is_legal(group) -> bool:
    """Whether the group is an arrest or a legal accusation (a charge, an indictment)."""
    m = group[0].m
    if m.type in ("COERCE", "RETREAT"):
        return m.mode in ONCE[m.type]
    return m.type == "ACCUSE" and any(_LEGAL.search(t) for t in _texts(group))


def person_key(name: str | None) -> tuple[str | None, str] | None:
    """(first name or None, surname), lower-cased, of a name that looks like a person's."""
    if not name:
        return None
    bare = _TITLE.sub("", re.sub(r"^\d{1,3}-year-old\s+", "", name.strip()))
    words = [w.strip(".,'’") for w in bare.split()]
    words = [w for w in words if w]
    if not words or len(words) > 3 or words[0].lower() in _NOT_NAMES or \
            words[-1].lower() in _NOT_NAMES or words[-1].lower().rstrip("s") in _ORG or \
            not looks_person(" ".join(words)):
        return None
    last = re.sub(r"['’]s$", "", words[-1]).lower()
    return (words[0].lower() if len(words) > 1 else None), last


def _starts_name(text: str, at: int, owner: bool = False) -> bool:
    """Whether a capitalised run found at `at` is a whole name: not the tail of a longer
    run ("Iditarod Trail Sled Dog Race") nor a thing or a place ("the ...", "of Nulato").
    An `owner` ("led to Kuisis' arrest") may follow a preposition: a place is not arrested."""
    prev = text[:at].split()[-1:]
    if not prev:
        return True
    w = prev[0]
    return not (w[:1].isupper() and not w.endswith((".", ":", "—"))) and \
        (owner or w.lower() not in {"the", "a", "an", "of", "in", "at", "from", "to", "near"})


def accused(group) -> set[tuple[str | None, str]]:
    """The named persons the group's legal sentences act against."""
    keys = set()
    if group[0].m.type == "RETREAT":            # who resigned, who was released
        return {k for k in (person_key(_party(x.m)) for x in group) if k}
    for x in group:
        if x.m.recipient and (x.m.type == "COERCE" or any(_LEGAL.search(t) for t in
                                                           [x.m.span.text])):
            k = person_key(x.m.recipient)
            if k:
                keys.add(k)
    for text in _texts(group):
        if not _LEGAL.search(text) and "accused" not in text:
            continue
        for rx in (_BEFORE, _AFTER, _POSS):
            for hit in rx.finditer(text):
                if not _starts_name(text, hit.start(1), rx is _POSS):
                    continue
                k = person_key(hit.group(1))
                if k:
                    keys.add(k)
    return keys


def same_person(a: tuple[str | None, str], b: tuple[str | None, str]) -> bool:
    """Same surname, first names equal, one an initial of the other, or one missing."""
    if a[1] != b[1]:
        return False
    fa, fb = a[0], b[0]
    return not fa or not fb or fa == fb or (fa[0] == fb[0] and min(len(fa), len(fb)) == 1)


def _shared(ka: set, kb: set) -> bool:
    return any(same_person(a, b) for a in ka for b in kb)


def charges(group) -> set[str]:
    """The words of the charges the group states (degree and count words left out)."""
    out = set()
    for text in _texts(group):
        for hit in _CHARGE.finditer(text):
            phrase = _CHARGE_END.split(hit.group(1), maxsplit=1)[0]
            for w in re.findall(r"[a-z]+", phrase.lower()):
                if w not in _CHARGE_STOP and len(w) > 2:
                    out.add(w[:6])
    return out


def _days(group) -> tuple[list[int], list[int]]:
    stated = [x.day for x in group if x.day is not None and x.stated]
    return stated, [x.day for x in group if x.day is not None]


def _near(g, h) -> bool:
    sg, ag = _days(g)
    sh, ah = _days(h)
    s, a = sg + sh, ag + ah
    return (not s or max(s) - min(s) <= GAP_STATED) and (not a or max(a) - min(a) <= GAP_ANY)


def _fits(g, h) -> bool:
    cg, ch = charges(g), charges(h)
    return _near(g, h) and not (cg and ch and not cg & ch)


SAME_DETAIL = 4
_UNRELATED = re.compile(r"\b(?:unrelated|separate|another|other) (?:case|incident|investigation)s?\b",
                        re.I)
SAME_CHARGE = 2         # charge words two chargings short of a name must share ("bomb threat")


def _same_case(g, h, kg: set, kh: set) -> bool:
    """The same accused (named in both), or the same charge where a name is missing on a side
    ("charged with calling in a bomb threat" / "indicted for making a hoax bomb threat")."""
    if not _near(g, h):
        return False
    cg, ch = charges(g), charges(h)
    if kg and kh:
        return _shared(kg, kh) and not (cg and ch and not cg & ch)
    if any(_UNRELATED.search(t) for t in _texts(g) + _texts(h)):
        return False
    # a named accused against an unnamed one needs a long charge in common ("eight counts of
    # permitting a minor to illegally possess alcohol"), not a common one ("sexual assault")
    return len(cg & ch) >= (SAME_DETAIL if kg or kh else SAME_CHARGE)


_ROLES = (r"(?:man|woman|teen(?:ager)?|boy|girl|suspect|brother|sister|father|mother|son|"
          r"daughter|husband|wife|officer|teacher|driver|student|employee|official|coach|nurse|"
          r"doctor|priest|pastor|executive|manager|guard)")
_ROLE = re.compile(rf"^(?:a |an |the )?(?:[\w'’-]+ ){{0,4}}{_ROLES}$", re.I)
_SINGLE = re.compile(rf"\b(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}?{_ROLES}\b[^.]{{0,40}}?\b"
                     r"(?:has been|was|is|had been)\s+"
                     r"(?:also\s+|now\s+)?(?:charged|arrested|indicted|in (?:police )?custody)", re.I)


def clashes(ms: list) -> list[tuple[int, int]]:
    """For the linker: pairs (i, j) of legal mentions that name different people (one
    arrest of Smith, another of Brown), which wording, place and a shared kind of act must
    not join. Only mentions naming someone are compared, so large stories stay cheap."""
    keyed = [(i, k) for i, k in ((i, accused([x]) if is_legal([x]) else None)
                                 for i, x in enumerate(ms)) if k]
    return [(i, j) for n, (i, a) in enumerate(keyed) for j, b in keyed[n + 1:]
            if not _shared(a, b)]


def _unnamed_one(group) -> bool:
    """One person described, not named: "a 20-year-old man has been charged", or the party
    itself is such a description ("Pittsburgh elementary school teacher")."""
    party = [_party(x.m) for x in group]
    return any(_SINGLE.search(t) for t in _texts(group)) or any(
        p and _ROLE.search(p) and not any(ch.isdigit() for ch in p) for p in party)


def _words(x) -> set[str]:
    return {w.lower() for sp in [x.m.span, *x.m.extra_spans] for w in re.findall(r"[A-Za-z]{4,}", sp.text)}


def split_people(group) -> list[list]:
    """A legal group whose mentions name different people is split per person: the linker
    vetoes such pairs, but an unnamed mention ("a court ... released them") can bridge two
    named ones. Each unnamed mention goes with the person whose mentions share most words."""
    parts: list[tuple[set, list]] = []
    loose = []
    for x in group:
        k = accused([x])
        part = next((p for p in parts if _shared(p[0], k)), None) if k else None
        if not k:
            loose.append(x)
        elif part:
            part[0].update(k)
            part[1].append(x)
        else:
            parts.append((set(k), [x]))
    if len(parts) < 2:
        return [list(group)]
    for x in loose:
        w = _words(x)
        max(parts, key=lambda p: sum(len(w & _words(y)) for y in p[1]))[1].append(x)
    return [p[1] for p in parts]


def join_legal(groups: list[list]) -> list[list]:
    """Groups (lists of linker mentions, each with `.m`, `.day`, `.stated`) of legal actions
    against the same named person within a few days join; an unnamed single accused joins
    the story's one named accused of that type. Others pass through unchanged."""
    out = [part for g in groups for part in (split_people(g) if is_legal(g) else [list(g)])]
    legal = [i for i, g in enumerate(out) if is_legal(g)]
    keys = {i: accused(out[i]) for i in legal}
    owner = {i: i for i in legal}

    def root(i):
        while owner[i] != i:
            i = owner[i]
        return i

    for n, i in enumerate(legal):
        for j in legal[n + 1:]:
            ri, rj = root(i), root(j)
            if ri == rj or out[ri][0].m.type != out[rj][0].m.type:
                continue
            if _same_case(out[ri], out[rj], keys[ri], keys[rj]):
                out[ri].extend(out[rj])
                keys[ri] |= keys[rj]
                owner[rj] = ri
    for i in legal:                                     # unnamed single accused
        if root(i) != i or keys[i] or not _unnamed_one(out[i]):
            continue
        named = [r for r in {root(j) for j in legal} if r != i and keys[r]
                 and out[r][0].m.type == out[i][0].m.type and _fits(out[r], out[i])]
        people = {k[1] for r in named for k in keys[r]}
        if len(named) == 1 and len(people) == 1:
            out[named[0]].extend(out[i])
            owner[i] = named[0]
    return [g for k, g in enumerate(out) if k not in owner or owner[k] == k]
