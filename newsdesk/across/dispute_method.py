"""Rival accounts of how one act was done: "the ship was hit by a torpedo" against "a mine
struck the ship", "a suicide driver set off the blast" against "it was detonated by remote".

Why a detector of its own: the contrast detector sees such a quarrel only when both sides sit
in two adjacent sentences of one article, the second opening with "However"; across outlets,
or with other sentences between, each side reads as a plain report and nothing pairs them.
The signal is the class of the means: each sentence that names the instrument of an act
(the means of a hit, a blast or a death) gives it a class on one of two axes, and two
classes of one axis exclude each other (a placed device, a fired projectile, gunfire, an air
strike, arson, a blaze given as the cause with no one said to have set it; a suicide attacker
or a remote trigger). A specification inside one class ("explosives" and "a mine", "a car
bomb" and "a suicide bomber") is no quarrel.
Precision first, since attacks often use several means at once and outlets tell different
parts of one: at least one side must put its means forward as a belief or an assertion (a
hedge, "insisted", "actually"), the two sides must come from different holders, name no two
different targets ("the first ship" and "the second ship"), and neither may be negated or
told as an older act.
"""
from __future__ import annotations

import re

from typing import NamedTuple

from ..extract.ev_names import MONTHS
from ..extract.attribution import right_speaker
from ..model import Article, Dispute, Sentence
from .dispute_background import background
from .dispute_elsewhere import elsewhere
from .dispute_holders import own_voice
from .disputes import _claim, _quoted_by, detector, holder

# the means of an act by class; each axis holds classes that exclude each other
MEANS = {
    "device": r"(?:limpet|magnetic|sea|land|naval)\s*mines?|mines|(?<!of )mine|IEDs?|improvised explosive devices?|"
              r"(?:car|truck|roadside|planted|parcel|pipe|nail)\s+bombs?|explosive devices?|booby[- ]traps?",
    "projectile": r"(?:surface|ground)[- ]to[- ]air\s+(?:strikes?|attacks?|fire)|anti-aircraft\s+fire|"
                  r"missiles?|torpedo(?:es)?|rockets?|mortars?(?:\s+(?:shells?|rounds?|fire|attacks?))?|"
                  r"artillery(?:\s+(?:shells?|fire))?|shelling|projectiles?|flying objects?",
    "gunfire": r"gunshots?(?:\s+wounds?)?|gunfire|bullets?(?:\s+wounds?)?|sniper\s+fire|shot\s+dead",
    "air": r"(?<!to-)(?<!to )air\s*strikes?|air\s+(?:raids?|attacks?)|warplanes?|fighter\s+jets?|drone\s+strikes?|"
           r"barrel\s+bombs?",
    # a blaze given as the cause, no one said to have set it: an accident against an attack
    "blaze": r"(?:result|cause)\s+of\s+(?:a|the)\s+fire|caused\s+by\s+(?:a|the)\s+fire|fire\s+traces|"
             r"(?:a|the)\s+fire\s+(?:which|that)\s+(?:\w+\s+)?(?:began|broke\s+out|started)",
    "arson": r"arson|set\s+(?:on\s+)?fire|set\s+ablaze|torched",
    "suicide": r"suicide\s+(?:bombers?|attackers?|car|truck|vehicle|vest|belt|bombing)|blew\s+(?:him|her)self\s+up|"
               r"fidayeen",
    "remote": r"remote(?:ly)?[- ](?:controlled|detonat\w+|triggered)|detonated\s+(?:remotely|by\s+remote)|"
              r"timers?\b|time\s+bombs?",
    # a bomb left at the target, against one carried there by an attacker
    "placed": r"(?:bombs?|explosives?|(?:explosive\s+)?devices?)\s+(?:were|was|had\s+been|have\s+been|had)\s+"
              r"(?:(?:already|earlier|apparently)\s+)?(?:planted|placed|hidden|left)",
    # the agent of a poisoning: a nerve agent, chlorine and mustard gas exclude each other
    "nerve": r"sarin|nerve\s+(?:agents?|gas)|VX|tabun|soman|novichok",
    "chlorine": r"chlorine(?:[- ]like)?(?:\s+(?:gas|odou?rs?|smell))?",
    "mustard": r"(?:sulfur\s+|sulphur\s+)?mustard\s+(?:gas|agent)",
}
AXIS = {"device": "means", "projectile": "means", "gunfire": "means", "air": "means", "arson": "means",
        "blaze": "means",
        "suicide": "trigger", "remote": "trigger", "placed": "trigger", "nerve": "agent", "chlorine": "agent",
        "mustard": "agent"}
# a poison shows in its victims, not only in an act verb: 'symptoms of', 'emitted a chlorine odour'
AGENT_SIGN = re.compile(r"\b(?:symptoms?|exposure|exposed|odou?rs?|smell\w*|suffocat\w+|foaming|"
                        r"respiratory|poison\w*|toxic|contained)\b", re.I)
_MEANS_RX = {c: re.compile(rf"\b(?:{p})\b", re.I) for c, p in MEANS.items()}
# what an instrument does to its target: it is the means of this act, not a thing in the story
ACT = re.compile(r"\b(?:hit|struck|strikes?|targeted|attack\w*|damag\w+|kill\w*|died|dead|wound\w*|"
                 r"explo\w+|detonat\w+|blast|sank|sunk|sink\w*|destroy\w*|rammed|caused?|blamed|planted)\b", re.I)
# a belief or an assertion puts the means forward as one side's account
EPISTEMIC = re.compile(r"\b(?:suspect\w*|believ\w+|thought|think\w*|suggest\w*|alleg\w+|insist\w*|"
                       r"claim\w*|maintain\w*|blam\w+|likely|probabl\w+|apparent\w*|possibl\w+|"
                       r"may have|might have|could have|appear\w*|actually|in fact|indicat\w+|assessments?|found that)\b", re.I)
# who did it, not how: "claimed responsibility for the rocket attack", "blamed the rebels for the bombing"
WHO_NOT_HOW = re.compile(r"\b(?:claim\w*|took|takes|taking)\s+(?:of\s+)?(?:responsibility|credit)\b|"
                         r"\bblam\w+\b.*?\bfor\b", re.I)
NEGATED = re.compile(r"\b(?:no|not|never|without|rul\w+ out|denied|den(?:y|ies)|rather than|instead of)\b|"
                     r"n['’]t\b", re.I)
_MONTHS = "|".join(sorted(m.capitalize() for m in MONTHS))
# an older or other act named beside this one
OTHER_ACT = re.compile(r"\b(?:previous|separate|similar|earlier (?:attacks?|incidents?)|"
                       r"last (?:week|month|year|" + _MONTHS + r")|(?:weeks?|months?|years?) (?:ago|before|earlier))\b",
                       re.I)
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
_HIT = r"(?:hit|struck|targeted|attacked|damaged|rammed|sunk|sank)"
PATIENT = [re.compile(rf"\b(?:attacks?|strikes?|assault|raid|explosions?|blasts?)\s+(?:on|at|against)\s+"
                      rf"(?:the\s+)?{_NAME}"),
           re.compile(rf"\b{_HIT}\s+(?:into\s+)?(?:the\s+)?{_NAME}"),
           re.compile(rf"\b{_NAME}\s+(?:[a-z]+\s+){{0,2}}?(?:was|were|is|are|had been|has been)\b"
                      rf"[^,;.]{{0,40}}?\b{_HIT}\b")]
_SEGMENT = re.compile(r"[,;:]\s+|\s+(?:while|whereas)\s+", re.I)
_FUNCTION = {"The", "A", "An", "At", "In", "On", "While", "Whereas", "However", "But", "It", "This", "That",
             "He", "She", "They", "According", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
             "Sunday", *_MONTHS.split("|")}
MAX_CLAIMS = 6
HEDGE_REACH = 10          # words before the means a belief verb may stand


def _segments(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses a sentence joins by commas or 'while': the unit whose names are
    the target of the means it holds."""
    cuts = [0] + [m.end() for m in _SEGMENT.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _patients(clause: str, first: str) -> frozenset[str]:
    """The names a clause gives as what the act hit ('the attack on X', 'struck X', 'X was
    hit'): two clauses naming different ones tell two acts. A source, a place or a date in
    the clause is no target. `first`: the sentence's opening word when it is no name."""
    out = set()
    for rx in PATIENT:
        for m in rx.finditer(clause):
            words = [w for w in m.group("name").split() if w not in _FUNCTION and w != first]
            if words:
                out.add(" ".join(words))
    return frozenset(out)


class Means(NamedTuple):
    cls: str                      # the class of MEANS
    targets: frozenset[str]       # the names the clause gives as what the act hit
    put: bool                     # put forward as a belief or an assertion
    phrase: str                   # the words naming it


class Account(NamedTuple):
    art: Article
    sent: Sentence
    who: str
    means: Means


# a mine that is dug, not laid: named ("the Santa Rita mine"), of a mineral, or run as a works
_DUG_BEFORE = re.compile(r"(?:\bthe\s+(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*(?<!ian)(?<!ese)(?<!ish)(?<!an)|\b(?:copper|gold|silver|coal|iron|diamond|uranium|lithium|"
                         r"tin|zinc|nickel|salt|potash|open[- ]pit|opencast|underground))\s+$")
_DUG_AFTER = re.compile(r"^\s+(?:workers?|owners?|operators?|company|companies|site|shafts?|pits?|tailings|"
                        r"dams?|waste|collapse|disaster|accident)\b", re.I)


def _pit(before: str, after: str) -> bool:
    """'the Santa Ines mine', 'a copper mine', 'the mine's tailings dam': a mine as a works."""
    return bool(_DUG_BEFORE.search(before) or _DUG_AFTER.search(after) or after.startswith(("'s", "’s")))


def means(text: str, known: set[str] | frozenset[str] = frozenset()) -> list[Means]:
    """(class, target names, put forward, phrase) for each instrument a sentence states as the means of
    an act, neither negated nor another act's; a clause with two classes of one axis states
    none. Put forward: a belief or assertion verb governs the means (it stands before it in
    its clause, a few words off), not some other part of the sentence ('apparently hiding').
    `known`: words the article writes capitalised inside a sentence (names, not openers)."""
    if OTHER_ACT.search(text):
        return []
    if not ACT.search(text):          # no act verb: only a poison shown by its signs can be named
        if not AGENT_SIGN.search(text):
            return []
        return [m for m in means(text + " caused", known) if AXIS[m.cls] == "agent"]
    opener = (text.split() or [""])[0]
    first = "" if opener in known else opener
    out = []
    for a, b in _segments(text):
        clause = text[a:b]
        found: dict[str, tuple[bool, str]] = {}
        for cls, rx in _MEANS_RX.items():
            for m in rx.finditer(clause):
                lead = clause[:m.start()]
                if cls == "device" and _pit(lead, clause[m.end():]):
                    continue
                if not NEGATED.search(lead[-40:]):
                    near = WHO_NOT_HOW.sub(" ", " ".join(lead.split()[-HEDGE_REACH:]))
                    put = bool(EPISTEMIC.search(near))
                    was = found.get(cls, (False, m.group()))
                    found[cls] = (was[0] or put, was[1])
        for axis in sorted(set(AXIS.values())):
            same = [c for c in found if AXIS[c] == axis]
            if len(same) == 1:
                put, phrase = found[same[0]]
                out.append(Means(same[0], _patients(clause, first), put, phrase.lower()))
    return out


def _targets_apart(t1: frozenset[str], t2: frozenset[str]) -> bool:
    """Two clauses that each name a target and share none tell two acts."""
    return bool(t1 and t2) and not any(a in b or b in a for a in t1 for b in t2)


def _quoted_part(text: str) -> tuple[int, int] | None:
    """The quoted span a sentence opens with or holds (a quote may run on from the sentence
    before, closing without an opening mark)."""
    close = re.search(r"[”\"]", text)
    if close and "“" not in text[:close.start()]:
        return 0, close.end()
    m = re.search(r"“[^”]*”", text)
    return (m.start(), m.end()) if m else None


def voice(art: Article, s: Sentence, res) -> str:
    """Who tells the sentence: its holder, unless that word is inside the quotation (the
    quote's own subject, "Reports suggest ...", said an officer), then the quote's speaker."""
    who = holder(s.text, res, s.start)
    part = _quoted_part(s.text)
    if who and part and who in s.text[part[0]:part[1]]:
        after = right_speaker(s.text[part[1]:])       # '..." said a senior officer'
        who = _quoted_by(art, s) or (after[0] if after else None)
    return who or own_voice(art.outlet)


def _accounts(art: Article, ctx: dict) -> list[Account]:
    res = ctx["res"][art.id]
    known = set(re.findall(r"(?<=[a-z,;] )[A-Z][\w'’-]+", art.text))
    out = []
    for s in ctx["sents"][art.id]:
        if not background(s.text, art) and (found := means(s.text, known)):
            who = voice(art, s, res)            # the voice only of a sentence telling a means
            out.extend(Account(art, s, who, m) for m in found)
    return out


def _rival(a: Account, b: Account) -> bool:
    """Two accounts of one act's means that exclude each other, from two voices, one of them
    put forward as a belief or an assertion."""
    if a.means.cls == b.means.cls or AXIS[a.means.cls] != AXIS[b.means.cls] or not (a.means.put or b.means.put):
        return False
    if a.sent is b.sent or (a.art.id == b.art.id and a.who == b.who):
        return False                        # one voice telling two means: parts of one act
    return not _targets_apart(a.means.targets, b.means.targets)


def _records(ctx: dict) -> dict[tuple[str, int], str]:
    """(article, sentence start) -> the event record the sentence reports."""
    return {(m.article, sp.start): ev.id for ev in ctx["events"] for m in ev.mentions
            for sp in [m.span, *m.extra_spans]}


def _joins(x: Account, a: Account, b: Account, records: dict) -> bool:
    """A further account joins the pair's dispute when it gives one of the two classes to a
    target the pair shares and either is put forward itself or reports the pair's record (a
    plain mention of the same means in another act of the story stays out)."""
    if x.means.cls not in (a.means.cls, b.means.cls) or _targets_apart(x.means.targets, a.means.targets |
                                                                         b.means.targets):
        return False
    pair = {records.get((y.art.id, y.sent.start)) for y in (a, b)} - {None}
    return x.means.put or records.get((x.art.id, x.sent.start)) in pair


@detector("method")
def method(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first rival pair, with the story's other accounts that
    join it."""
    found = [x for art in articles for x in _accounts(art, ctx)]
    records = _records(ctx)
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            if not _rival(a, b) or any(elsewhere(x.sent.text, y.sent.text, records.get((y.art.id, y.sent.start)),
                                                 ctx["events"]) for x, y in ((a, b), (b, a))):
                continue              # a rival means of an act told elsewhere (dispute_elsewhere.py)
            claims, seen = [], set()
            for x in [a, b] + [x for x in found if _joins(x, a, b, records)]:
                if (x.art.id, x.sent.start) not in seen:
                    seen.add((x.art.id, x.sent.start))
                    claims.append(_claim(x.art, x.sent, x.who))
            return [Dispute(f"how it was done: {a.means.phrase} vs {b.means.phrase}", claims[:MAX_CLAIMS], "cause")]
    return []
