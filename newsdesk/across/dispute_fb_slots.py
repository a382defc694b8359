"""Slots of a quarrel the generic dispute fallback reads besides figures and denials: who did
the act, how the harm was done, and whether it was done on purpose.

Why: of the tuning sets' gold disputes the figure and denial slots miss, about a fifth name
rival culprits ("X was behind" against "blamed on Y", or against "X denied it was behind"),
a few tell the manner of death two ways (gunshot wounds against a blast, a rocket against an
explosion) or the act as done on purpose against a mishap ("targeted" / "collateral damage").
Each reader here is a small generic frame; two sentences hold the slot two ways when their
parties or kinds share nothing. The pair's other evidence (two voices, shared words, a
contrast) stays with dispute_fb_features.features; this module only reads. Tried and left
out: inside against outside one site (1 of 13 candidate pairs gold) and a bare "there was no /
never" against the other's words (9 of 64).
"""
from __future__ import annotations

import re

from .dispute_doer_scope import not_rivals, recalled_at

# a party: a capitalised name of up to four words, or a common head for a side ("the army")
_SIDE = (r"army|military|police|government|regime|rebels?|militants?|troops|forces|separatists|insurgents|"
         r"protesters|students|opposition|activists|soldiers|jihadists|guerrillas|gangs?|bandits|arsonists")
_NAME = r"(?:(?:al-|el-)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})"
_PARTY = r"((?:the\s+)?" + _NAME + r"|(?:the\s+)?(?:[a-z-]+\s+)?(?:" + _SIDE + r"))"
# frames that name the doer (the party is group 1): in _BEFORE the party comes before the verb
_BEFORE = (
    _PARTY + r"(?:\s+\w+)?\s+(?:was|were|is|are|had been|has been|have been)\s+(?:\w+\s+)?behind\b",
    _PARTY + r"(?:\s+\w+)?\s+(?:has\s+|have\s+|had\s+)?claimed\s+(?:responsibility|the attack)\b",
    _PARTY + r"\s+(?:was|were|is|are)\s+(?:\w+\s+)?responsible\s+for\b",
    _PARTY + r"\s+(?:had\s+|has\s+|have\s+)?carried out\s+(?:the|this|that)\b",
    _PARTY + r"['’]s?\s+(?:forces|troops|fighters|jets|planes|warplanes|army|militia)\s+(?:had\s+)?"
             r"(?:fired|struck|attacked|bombed|shelled|opened fire|set fire|killed)\b",
)
_AFTER = (
    r"\bblam(?:ed|es|ing)\s+(?:[\w'’-]+\s+){0,5}?on\s+" + _PARTY,
    r"\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|held)\s+" + _PARTY + r"\s+(?:of|for|responsible)\b",
    r"\b(?:carried out|committed|perpetrated|orchestrated|staged|started|set|fired|launched|planted)\s+by\s+" + _PARTY,
    r"\bblam(?:ed|es|ing)\s+" + _PARTY + r"['’]s?\s",
    r"\bresponsibility\s+(?:for\s+(?:[\w'’-]+\s+){1,5})?lies\s+with\s+" + _PARTY,
)
DOER = [(re.compile(p), True) for p in _BEFORE] + [(re.compile(p), False) for p in _AFTER]
# the capitalised words beside the party name it further: "Taliban spokesman X", "separatists from Y"
_CAPS = re.compile(r"(?:al-|el-)?[A-Z][\w'’-]+")
# words that may sit between a party and the rest of its name
ROLE = {"spokesman", "spokeswoman", "leader", "group", "faction", "commander", "chief", "from", "of", "the", "militant",
        "splinter", "wing", "allied", "linked", "backed"}
# a doer of the act answered, not of this one: "revenge for raids carried out by ..."
OTHER_ACT = re.compile(r"\b(?:revenge|retaliat\w*|reprisal|response|avenge)\b[^.;]{0,40}$", re.I)
# a denial of a doer's part: "denied it was behind", "denied involvement"
DENIED_PART = re.compile(r"\b(?:deni(?:ed|es|al)|deny(?:ing)?|rejected|dismissed)\s+(?:[\w'’-]+\s+){0,4}?"
                         r"(?:behind|involvement|responsibility|role|part|carried out|responsible)\b", re.I)
NOT_PARTY = {"the", "a", "an", "it", "its", "he", "she", "they", "we", "you", "this", "that", "but", "however",
             "and", "on", "in", "at", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

# kinds of death or damage; a kind counts only inside a cause frame ("killed by", "died of", "hit by")
KINDS = {
    "gunfire": r"gunfire|gunshots?|gun\s+shots?|bullets?|live\s+(?:fire|ammunition|rounds)|automatic\s+weapons|"
               r"firearms?|rifles?",
    "blast": r"explosions?|blasts?|explosives?|bombs?|mortars?|shells?|shelling|grenades?|detonations?",
    "air": r"air\s*strikes?|aerial\s+\w+|missiles?|rockets?|drones?|warplanes?|helicopters?",
    "fire": r"fires?|blaze|flames|arson|Molotov\s+cocktails?|burns",
    "gas": r"chemicals?|chlorine|sarin|nerve\s+agents?|toxic\s+gas|poison\w*|suffocat\w+",
}
_FRAME = r"\b(?:killed|died|dead|deaths?|wounded|injured|hit|struck|destroyed|damaged|caused|victims)\s+" \
         r"(?:[\w'’-]+\s+){0,4}?(?:by|of|from|in|with|when|after)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
CAUSE = {k: re.compile(_FRAME + r"(?:" + v + r")\b", re.I) for k, v in KINDS.items()}
_WAS = r"\b(?:it|this|that|which|the (?:blast|explosion|attack|device|cause))\s+(?:was|were|is)\s+(?:not\s+)?" \
       r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
# "it was a pipe bomb", "the bombs were planted, not ...": the thing itself named
ITSELF = {k: re.compile(_WAS + r"(?:" + v + r")\b", re.I) for k, v in KINDS.items()}
# a wound that names its cause: "gunshot wounds to the head", "shrapnel wounds"
WOUND = {"gunfire": re.compile(r"\b(?:gunshot|bullet)\s+wounds?\b", re.I),
         "blast": re.compile(r"\b(?:shrapnel|blast)\s+(?:wounds?|injuries)\b", re.I),
         "fire": re.compile(r"\bburn\s+(?:wounds?|injuries)\b", re.I)}

# on purpose or by mishap: "deliberately targeted" against "collateral damage", "went awry"
DELIBERATE = re.compile(r"\b(?:deliberate(?:ly)?|intentional(?:ly)?|targeted|on purpose|premeditated|planned|"
                        r"massacre|murder(?:ed)?)\b", re.I)
MISHAP = re.compile(r"\b(?:accident(?:al|ally)?|mistake(?:n|nly)?|by error|in error|collateral|unintentional(?:ly)?|"
                    r"malfunction\w*|misfire\w*|went awry|stray|failure)\b", re.I)


def _key(party: str, aside: str = "") -> frozenset[str]:
    """A party as the 5-letter stems of its words ("Russia" and "Russian forces" meet), with the
    initials of a name of several words ("Islamic State" meets "IS" and "ISIS")."""
    words = [w.strip("'’.").lower() for w in f"{party} {aside}".split()]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    out = {w[:5] for w in words if w and w not in NOT_PARTY and len(w) > 1}
    caps = [w for w in party.split() if w[:1].isupper() and w.lower() not in NOT_PARTY]
    if len(caps) >= 2:
        out.add("=" + "".join(w[0] for w in caps).lower())
    return frozenset(out)


def _aside(text: str, m: re.Match, before: bool) -> str:
    """The capitalised words that run on from the party: "Taliban spokesman X" before it, "X,
    the Y Front" or "X from Y" after it; a role word may sit between them, nothing else."""
    near = text[max(0, m.start(1) - 40):m.start(1)].split()[::-1][:3] if before else \
        text[m.end(1):m.end(1) + 50].split()[:6]
    out = []
    for w in near:
        if _CAPS.match(w):
            out.append(w)
        elif w.strip(",").lower() not in ROLE:
            break
    return " ".join(out)


def named_doers(text: str) -> list[tuple[str, frozenset[str]]]:
    """The parties the sentence names as the ones who did the act, as written and as keys."""
    out = []
    for pat, before in DOER:
        for m in pat.finditer(text):
            if OTHER_ACT.search(text[:m.start()]) or recalled_at(text, m.start()):
                continue
            k = _key(m.group(1), _aside(text, m, before))
            if k and k not in [x for _, x in out]:
                out.append((m.group(1).strip(), k))
    return out


def doers(text: str) -> list[frozenset[str]]:
    return [k for _, k in named_doers(text)]


def kinds(text: str) -> set[str]:
    """The kinds of death or damage the sentence names as the cause."""
    return {k for k in KINDS
            if CAUSE[k].search(text) or ITSELF[k].search(text) or (k in WOUND and WOUND[k].search(text))}


def intent(text: str) -> set[str]:
    """Whether the sentence tells the act as done on purpose or by mishap."""
    return {k for k, pat in (("deliberate", DELIBERATE), ("mishap", MISHAP)) if pat.search(text)}


def _same(x: frozenset[str], y: frozenset[str]) -> bool:
    if x & y:
        return True
    ini = {w[1:] for w in x | y if w.startswith("=")}
    return any(w.startswith(i) for w in x | y if not w.startswith("=") for i in ini)


def _meet(a: list[frozenset[str]], b: list[frozenset[str]]) -> bool:
    return any(_same(x, y) for x in a for y in b)


def _mentions(r, parties: list[frozenset[str]]) -> bool:
    """The sentence names one of the other's doers somewhere ("Y arms and funds X"): it sets Y
    beside X, not against it."""
    return any(stems and stems <= r.words for stems in ({w for w in p if not w.startswith("=")} for p in parties))


def doer_clash(a, b) -> bool:
    """Two sentences name different doers, neither naming the other's, or one names a doer and
    the other denies a part in the act ("denied it was behind", "denied any involvement")."""
    if a.doers and b.doers:
        pairs = [(x, y) for x, _ in named_doers(a.text) for y, _ in named_doers(b.text)]
        return not _meet(a.doers, b.doers) and not _mentions(a, b.doers) and not _mentions(b, a.doers) \
            and not (pairs and all(not_rivals(x, y) for x, y in pairs))     # one group, one name a description
    for one, other in ((a, b), (b, a)):
        if one.doers and DENIED_PART.search(other.text):
            return True
    return False


def kind_clash(a, b) -> bool:
    """Two sentences give different kinds of cause and neither names the other's."""
    return bool(a.kinds and b.kinds and not a.kinds & b.kinds)


def intent_clash(a, b) -> bool:
    """One sentence tells the act as done on purpose, the other as a mishap."""
    return len(a.intent) == 1 and len(b.intent) == 1 and a.intent != b.intent
