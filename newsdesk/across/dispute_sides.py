"""Which holders of claims speak for one side: a party and its own voice never dispute.

Why: holder names come from attribution ("Hayes' lawyer said", "Russia's foreign ministry
said"), and a detector pairing two holders must not take a man and his lawyer, or a
country and its ministry, for two parties in conflict.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.actors import actor_class
from ..extract.geo import gazetteer

# a claim called untrue ('described the photographs as "fake"'): with "However, Y said …" after
# it, the two sentences are the two sides of a dispute (disputes.contrast)
CALLED_FALSE = re.compile(r"\b(?:den(?:y|ied|ies|ying)|fake|fabricat\w+|baseless|unfounded|untrue|refut\w+|"
                          r"(?:was|were|is|are|as) false)\b", re.I)      # not 'a false alarm'

_POSS = re.compile(r"['\u2019]s?\b")
_TITLES = {"the", "mr", "mrs", "ms", "dr", "president", "minister", "prime", "foreign", "state",
           "police", "army", "government", "ministry", "spokesman", "spokeswoman", "officials"}


def one_side(a: str | None, b: str | None) -> bool:
    """Two holders on one side: one names the other ("Hayes' lawyer" and "Cardell Hayes",
    "Russia's foreign ministry" and "Russia") -- a party and its own voice never dispute."""
    def names(h):
        return {w.lower() for w in re.findall(r"\b[A-Z][a-z]{2,}", _POSS.sub("", h or ""))} - _TITLES
    return bool(names(a) & names(b))


def same_voice(text_b: str, holder_a: str | None) -> bool:
    """'..., a U.S. official told CNN.' / 'However, the U.S. official ... said ...': the second
    sentence takes up the first holder again ("the" + the same words), so the two sentences are
    one voice qualifying itself, not two parties."""
    h = (holder_a or "").strip()
    return bool(h) and bool(re.search(r"\b[Tt]he\s+" + re.escape(h) + r"\b", text_b[:100]))


_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be|gets?|got|stands?|stood)\s+"
                      r"(?:(?:also|not|now|later|further|formally|each|both|\w+ly)\s+)*$", re.I)
_AGENT = re.compile(r"^\w+\s+by\b", re.I)
# "Dorn has denied it was behind the blasts": the cue is the charge its target denies
_DENIED_BEFORE = re.compile(r"\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:it|they|he|she|we)\s+$", re.I)


def passive_blame(text: str, start: int) -> bool:
    """'they are accused of vandalising ...': the blamed party is the subject and no one is
    named as blaming (no 'by X'), so the sentence's holder holds no side of a blame dispute;
    nor does one denying the charge ('denied it was behind the attack')."""
    before = text[max(0, start - 40):start]
    return bool(_PASSIVE.search(before)) and not _AGENT.match(text[start:]) or bool(_DENIED_BEFORE.search(before))


_OPEN_DESCRIBED = re.compile(r"^\W*(?:(?:However|But|Yet|Still|Nevertheless|In contrast),?\s+)?"
                             r"([Tt]he\s+[a-z]+(?:\s+[a-z]+)?)(?=[\s,])")


def same_description(text_a: str, text_b: str) -> bool:
    """'..., said the lawyer, who asked not to be named.' / 'Still, the lawyer, a veteran of
    ...': the second sentence's subject is the description that the first one attributes
    to, so it is one unnamed voice going on, whatever name the resolver guessed for it."""
    m = _OPEN_DESCRIBED.match(text_b)
    if not m:
        return False
    desc = r"the\s+" + re.escape(m.group(1).lower().split(" ", 1)[1]) + r"\b"
    return bool(re.search(r"\b(?:said|says|told|added|according to)\s+" + desc, text_a, re.I)
                or re.search(r"\b" + desc + r"(?:,[^,]{1,80},)?\s+(?:said|says|told|added)\b", text_a, re.I))


def accused_then_denied(text: str, denial: re.Pattern) -> bool:
    """'X accused Y of shelling the post, an accusation that Y denied': the denial is the
    accused party's, so the sentence's holder (X) rebuts nothing; it accuses."""
    m = denial.search(text)
    return bool(m) and bool(re.search(r"\b(?:accus|blam)e[ds]\b", text[:m.start()]))


def denied_in_aside(text: str, denial: re.Pattern) -> bool:
    """'The militia, which Ostra has denied arming, holds the port': a denial told in a relative
    clause is background to the sentence's own news, not a rebuttal of a charge in the story."""
    m = denial.search(text)
    return bool(m) and bool(re.search(r",\s*(?:which|whom|who|whose)\s[^,]*$", text[:m.start()])) \
        and "," in text[m.end():]


# a negator governing the cue: "there is no way to deny", "cannot be denied", "did not deny"
NEGATED_BEFORE = re.compile(r"\b(?:no way to|no reason to|cannot|can ?not|can['’]t|could not|couldn['’]t|"
                             r"did not|didn['’]t|does not|doesn['’]t|never|hard to|impossible to)"
                             r"\s+(?:be\s+)?$", re.I)


def negated_denial(text: str, denial: re.Pattern) -> bool:
    """'There is no way to deny the strike was theirs', 'it cannot be denied': a negated denial
    asserts what it names, so its holder rebuts nothing (and is no second side to a denial)."""
    m = denial.search(text)
    return bool(m) and bool(NEGATED_BEFORE.search(text[:m.start()]))


_CLAIM_WORD = re.compile(r"\b(?:said|says|claim\w*|report\w*|according to|told)\b", re.I)


def charge_elsewhere(text: str, prev: str, denial: re.Pattern, charges: tuple[re.Pattern, ...]) -> bool:
    """'Dorn rejected the accusation': a charge named as a noun points to an accusation; when
    the sentence before tells none (a bare account of the attack), the charge is elsewhere in
    the story and the denial rebuts that, not the sentence before."""
    m = denial.search(text)
    return bool(m) and m.group().split()[-1].lower() not in {"this", "it"} \
        and not (any(c.search(prev) for c in charges) or _CLAIM_WORD.search(prev))


# "the alleged attack", "Ostra's alleged role": an adjective that accuses no one
_ATTRIBUTIVE = re.compile(r"\b(?:the|an?|its|their|his|her|this|these|those|any)\s+$|['’]s\s+$", re.I)


# "claimed responsibility for the bombings": a group owning its act charges no one
_OWNED = re.compile(r"\b(?:claim\w*|took|takes|taking|accept\w*|assum\w+)\s+(?:full\s+|the\s+)?$", re.I)


def accuses(text: str, accuse: re.Pattern) -> bool:
    """An accusing word in the sentence that is not 'alleged' as an adjective after a determiner,
    nor the 'responsibility for' of a claim of responsibility; a question ("What impediments
    would there be to charging him?") charges no one."""
    if text.rstrip(" \"'\u201d\u2019").endswith("?"):
        return False
    return any(not (m.group().lower() == "alleged" and _ATTRIBUTIVE.search(text[max(0, m.start() - 12):m.start()]))
               and not (m.group().lower().startswith("responsib") and _OWNED.search(text[max(0, m.start() - 30):m.start()]))
               for m in accuse.finditer(text))


# the two sides of a state's conflict with its armed foes (dispute_blame, _deal, _allegiance)
_FOES_OF = re.compile(r"\b(?:opponents?|critics?|enemies|foes)\s+of\b.*", re.I)
_STATE_SIDE = re.compile(r"\b(?:pro-(?:government|regime|state)|loyalists?|regime)\b", re.I)
_FOES_SIDE = re.compile(r"\b(?:opponents?|critics?|opposition|anti-(?:government|regime)|rebels?|insurgents?|"
                        r"militants?|activists?|separatists?|guerrillas?|jihadists?|terrorists?)\b", re.I)
_SIDE_OF_CLASS = {"government": "state", "state forces": "state", "police": "state",
                  "rebels/militants": "foes", "protesters": "foes"}
_TITLE = {"president", "prime", "minister", "ministry", "defense", "defence", "foreign", "general",
          "army", "center", "centre", "state", "the", "mr", "media", "military", "forces", "force"}


def side(name: str) -> str | None:
    """The state and its armed foes are the two sides of a broken truce ('pro-government
    militias' hold for the state, 'opponents of President X' against it)."""
    if _STATE_SIDE.search(name):
        return "state"
    if _FOES_SIDE.search(name):
        return "foes"
    return _SIDE_OF_CLASS.get(actor_class(name) or "")


def party_names(name: str) -> set[str]:
    """Name stems of the party itself ('Azerbaijani' ~ "Azerbaijan's"); the party an
    'opponents of' phrase names is the other side, and a place after 'in' only locates it."""
    head = re.split(r"\s(?:in|at|from|near|of)\s", _FOES_OF.sub("", name), maxsplit=1)[0]
    return {_word_key(w) for w in re.findall(r"\b[A-Z][a-z]{2,}", head) if w.lower() not in _TITLE}


@lru_cache(maxsize=4096)
def _word_key(word: str) -> str:
    """A country and its demonym are one name ("Azerbaijan's" ~ "Azerbaijani", "Iran" ~
    "Iranian"); other names by their stem."""
    try:
        gz = gazetteer()
        cc = gz.demonym(word) or next((gz.cc[h.id] for h in gz.lookup(word, fuzzy=False)
                                       if h.how == "exact" and gz.kind(h.id) == "country"), None)
    except Exception:                 # the gazetteer is another layer's data; a stem still works
        cc = None
    return f"cc:{cc}" if cc else word[:5].lower()


def state_keys(name: str | None) -> set[str]:
    """The state a party of the state's side names by country or demonym ("the Turkish
    foreign ministry" -> Turkey): a state's organ answers a charge laid against the state; a
    body that only bears a demonym ("the Syrian Observatory", "Syrian rebels") does not."""
    if not name or side(name) != "state":
        return set()
    return {k for k in party_names(name) if k.startswith("cc:")}


def states_after(text: str, cue: re.Pattern) -> set[str]:
    """The states a charge names after its accusing word ("blamed Turkey for ..."), not a
    demonym of the state's armed foes ("blamed Syrian rebels")."""
    m = cue.search(text)
    return {k for w, rest in re.findall(r"\b([A-Z][a-z]{2,})((?:\s+[a-z-]+){0,2})", text[m.end():] if m else "")
            if (k := _word_key(w)).startswith("cc:") and side(w + rest) != "foes"}


# what a name may add and still name the same party: its people or its adjective ("Iran" /
# "Iranian", "Israelis")
_NAME_TAILS = frozenset({"", "s", "n", "ns", "an", "ans", "ian", "ians", "i", "is", "ese", "ish"})
_CAP = r"\b[A-Z][a-z]{3,}"


def alike(a: str, b: str) -> bool:
    """Two capitalised words name one party: equal, or one is the other with a demonym tail.
    Sharing the first letters alone does not ("Frontline", the owner, and "Front", its ship)."""
    short, long_ = sorted((a.lower(), b.lower()), key=len)
    return long_.startswith(short) and long_[len(short):] in _NAME_TAILS


def names_rebutter(text: str, cue: re.Pattern, key: str, holders: list[str]) -> bool:
    """Whether a charge names, after its accusing word, the party whose rebuttals carry `key`
    (the first five letters of a holder's first name word, or a state key): one of its states,
    or a word alike with that name word."""
    if key in states_after(text, cue):
        return True
    m = cue.search(text)
    names = {w for h in holders for w in re.findall(_CAP, h or "")[:1] if w[:5].lower() == key}
    return any(alike(w, n) for w in re.findall(_CAP, text[m.start():] if m else "") if w[:5].lower() == key
               for n in names)


def kin(a: str, b: str) -> bool:
    """Two parties on one side: named alike, else of one known side (two states named apart
    are two sides: Azerbaijan and Armenia)."""
    sa, sb = side(a), side(b)
    if sa and sb and sa != sb:
        return False
    na, nb = party_names(a), party_names(b)
    if na and nb:
        return bool(na & nb)
    return bool(sa and sa == sb)


_ONLY_SOURCE = re.compile(r"\W*according\s+to\s+[^,.;:]{1,60}[.:]?\W*", re.I)
_PROMISE = re.compile(r"^\W*(?:I|We|They)\s+(?:will|shall|(?:are|am)\s+going\s+to)\b")


def states_claim(text: str) -> bool:
    """Whether a sentence states something a denial can reject: not a bare attribution (a
    page's cut line "According to the BBC") nor a speaker's promise of what they will do
    ("We will announce it tomorrow"), which claim no event."""
    return not _ONLY_SOURCE.fullmatch(text) and not _PROMISE.match(text)
