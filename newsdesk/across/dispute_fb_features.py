"""What the generic dispute fallback reads off one sentence, and how two readings compare.

The hand-written detectors each know one wording of a quarrel; fresh coverage words its quarrels
in ways none of them knows. The fallback (dispute_fallback.py) instead ranks any two attributed
sentences of a story by features that hold for disagreement in general:
- a shared slot told differently: the same counted noun (attackers, blasts, dead, wounded) with
  figures that cannot both hold (15 against "dozens"), or a statement against a denial whose
  denied words are the statement's own;
- a contrast the reporter marks (however, but, while, insisted, not the case, varying reports);
- two different holders, or two outlets; two sentences side by side in one article;
- the event's own words shared by both sentences (they speak of one thing);
- against: a figure told as a moment of a growing count ("the latest toll", "rose to").
This module only reads; the weights and the choice live in dispute_fallback.py.
"""
from __future__ import annotations

from functools import lru_cache

import re
from dataclasses import dataclass, field

from ..extract.quantities import UNITS
from .dispute_fb_slots import doer_clash, doers, intent, intent_clash, kind_clash, kinds
from .figures import another_acts_toll
from .dispute_sides import NEGATED_BEFORE
from ..extract.toll_listed import one_place

# figures in words: the quantity reader's units from two up (one is "one of the"), and the tens
WORDS = {**{w: n for w, n in UNITS.items() if n >= 2},
         **{w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}}
# a vague quantity stands for a range; against a figure outside that range it is a rival account
# ("several", "a few" mostly name a subset: "several injured are in serious condition")
VAGUE = {"a dozen": (10, 14), "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999),
         "thousands": (2000, 99999)}
NUMBER = re.compile(r"\b((?:at least|more than|over|about|around|nearly|almost|up to|as many as|some|roughly|"
                    r"an estimated|approximately|fewer than|less than)\s+)?(\d[\d,]*(?![\d.:/-]\w)|" +
                    "|".join(sorted([*WORDS, *VAGUE], key=len, reverse=True)) + r")\b(?:\s+of\b)?", re.I)
# counted nouns, grouped by what they count: two figures only clash inside one group. A
# subgroup ("four soldiers", "three foreigners") is a part of a toll, not the toll, and is not read.
ATTACKER = r"gunm[ae]n|attackers?|assailants?|perpetrators?|terrorists?|militants?|bombers?|shooters?|" \
           r"insurgents?|hijackers?|kidnappers?|raiders?"
_BE = r"(?:(?:were|was|are|is|have|has|had|been|being|later|also|now|reportedly|confirmed)\s+){0,3}"
_WHOLE = r"(?:(?:people|persons|civilians|victims|others|more|casualties)\s+)?"
AFTER = {
    "attackers": re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:" + ATTACKER + r")\b", re.I),
    "blasts": re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:blasts?|explosions?|bombings?)\b", re.I),
    "dead": re.compile(r"\s+" + _WHOLE + _BE + r"(?:killed|dead|died|slain|deaths|fatalities|bodies)\b", re.I),
    "wounded": re.compile(r"\s+" + _WHOLE + _BE + r"(?:injured|wounded|hurt|injuries)\b", re.I),
}
# "killing at least six people", "the death toll stood at 19": the figure's act comes before it
BEFORE = {
    "dead": re.compile(r"(?:\bkill(?:ing|ed)|\bleaving|\bleft|\btoll\b(?:\s+[a-z]+){0,3}\s+(?:at|to|of))\s+$", re.I),
    "wounded": re.compile(r"\b(?:injur(?:ing|ed)|wound(?:ing|ed))\s+$", re.I),
}
PEOPLE = re.compile(r"\s+(?:people|persons|civilians|victims)\b"
                    r"(?!\s+(?:were|have|had)\s+(?:been\s+)?(?:injured|wounded|hurt))", re.I)
# the figure belongs to another event or time: "in which 148 died"; a sentence's count runs over
# a period ("since 2009", "since Feb. 15", "prior to", "in the past week") or is a running total
# ("have now died", "a total of")
BACKGROUND = re.compile(r"\b(?:in which|when|since|memor(?:y|ies) of|reminiscent|recall\w*|last year|"
                        r"in (?:19|20)\d\d)\b", re.I)
PERIOD = re.compile(r"\b(?:since|prior to|(?:have|has|had) now|now stands|a total of|in total|altogether|overall|"
                    r"(?:in|over) the (?:past|last)|in recent (?:days|weeks|months|years))\b", re.I)
# what one witness saw is a lower bound, not a count ("he saw at least two bodies")
SIGHTED = re.compile(r"\b(?:saw|seen)\b", re.I)
# a share of the whole: one site's or one hospital's figure, "another 14", "4 critically"
PART_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,4}?(?:at|in)\s+(?:one|another|the other|each)\b|"
                        r"\s+(?:critically|seriously)\b|\s+(?:[a-z]+\s+){0,3}?(?:were|are)\s+"
                        r"(?:in\s+(?:critical|serious)|critical|children|women|foreigners)\b", re.I)
PART_BEFORE = re.compile(r"\b(?:another|other|received|receiving|treating|treated|brought|includ\w+|among them)"
                         r"(?:\s+(?:at least|about|some|more than|over))?\s*$", re.I)
# "three gunmen were killed": the dead attackers, a count of its own beside the whole band
ATTACKERS_KILLED = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:" + ATTACKER + r")\s+(?:[a-z]+\s+){0,2}?"
                              r"(?:killed|dead|died|slain|shot dead|neutrali[sz]ed|blew)\b", re.I)
PART_OF = re.compile(r"^\s*(?:of|among)\s+(?:the|them|those|whom)\b", re.I)
# a denial, not any "not": a bare negation ("no one claimed it") contests nothing
NEGATION = re.compile(r"\b(?:deni(?:ed|es|al)|deny(?:ing)?|reject(?:ed|s)|dismiss(?:ed|es)|disput(?:ed|es)|"
                      r"ruled out|refut\w+|(?:is|was|were|are|as) false|untrue|baseless|unfounded|no evidence|"
                      r"not the case|not true|"
                      r"contrary to)\b", re.I)
# a thing withheld, not a claim contested: "were denied passage", "was denied bail", "denied them
# entry" (a passive denial of a claim names its denier or stops: "the report was denied by X")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|got)\s+$", re.I)
_THING_AFTER = re.compile(r"\s+(?!by\b)[a-z]")
_WHOM_AFTER = re.compile(r"\s+(?:them|him|her|us|me)\s+[a-z]")
# a demand or an offer turned down, or a post left: no account of what happened is contested
# ("rejected calls for his resignation", "dismissed from his post")
_DEMAND_AFTER = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its|all|any|repeated|growing)\s+)?(?:calls?|demands?|"
                           r"requests?|appeals?|offers?|proposals?|plans?|invitations?|bids?|ultimatum|pleas?)\b|"
                           r"\s+from\s+(?:his|her|their|the)\s+(?:post|job|position|office)\b", re.I)


def denial(text: str) -> re.Match | None:
    """The first denial of something said, skipping things withheld."""
    for m in NEGATION.finditer(text):
        before, after = text[:m.start()], text[m.end():]
        if m.group(0).lower().startswith("deni") and (
                (_BE_BEFORE.search(before) and _THING_AFTER.match(after)) or _WHOM_AFTER.match(after)):
            continue
        if _DEMAND_AFTER.match(after) or NEGATED_BEFORE.search(before):   # "no way to deny" asserts
            continue
        return m
    return None


CONTRAST = re.compile(r"^\W*(?:However|But|Yet|Still|Nevertheless|In contrast|Others|Meanwhile|On the other hand)\b|"
                      r"\b(?:however|contrary|contradict\w*|disput\w+|deni(?:ed|es)|deny|rejected|dismissed|"
                      r"not the case|conflicting|varying|differ(?:ed|ing|s)?|insist\w*|maintain\w*|"
                      r"instead|rather than|whereas|while)\b", re.I)
# the reporter says the accounts part: the sentence speaks for both sides
MARK = re.compile(r"\b(?:(?:varying|conflicting|contradictory|differing|contrasting|rival|competing)\s+"
                  r"(?:reports?|accounts?|claims?|versions?|figures?|estimates?|statements?)|reports?\s+"
                  r"(?:differ|vary|varied|conflict))\b", re.I)
# a figure told as a moment of a count that grows: two such figures are two times, not two sides
UPDATE = re.compile(r"\b(?:latest|risen|rose|rising|climbed|initial(?:ly)?|so far|as of|revised|updated|"
                    r"now stands|preliminary)\b", re.I)
STOP = set("""a an the and or but of to in on at by for with from as that this these those it its is are was were be
been being has have had do does did not no will would could should may might can said says say told tell
according reported reports report also he she they them their his her we our you i who whom which what when where
while however there here than then so if after before about over into more most some any all such one two three
other others only just very still yet being on upon against between during since until people""".split())


@dataclass
class Reading:
    """One sentence of one article, as the fallback sees it."""
    article: str
    outlet: str | None
    index: int                      # the sentence's place in its article
    text: str
    holder: str | None
    marked: bool                    # the reporter says the accounts differ
    counts: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    negated: bool = False
    contrast: bool = False
    words: frozenset[str] = frozenset()
    own: bool = False               # no holder: the outlet states it in its own voice
    doers: list = field(default_factory=list)     # dispute_fb_slots: who did the act,
    kinds: set = field(default_factory=set)       # how the dead died,
    intent: set = field(default_factory=set)      # on purpose or by mishap


def _range(hedge: str, num: str) -> tuple[int, int] | None:
    num = num.lower().replace(",", "")
    if num in VAGUE:
        return VAGUE[num]
    value = int(num) if num.isdigit() else WORDS.get(num)
    if value is None or value > 100000 or (1900 <= value <= 2100 and not hedge):
        return None
    hedge = (hedge or "").strip().lower()
    if hedge.startswith(("at least", "more than", "over", "as many as", "some")):
        return value, value * 3 if hedge.startswith(("at least", "more than", "over")) else value
    if hedge.startswith(("about", "around", "nearly", "almost", "roughly", "an estimated", "approximately")):
        return max(1, int(value * 0.8)), int(value * 1.2) + 1
    if hedge.startswith(("up to", "fewer", "less")):
        return 1, value
    return value, value


def _group(text: str, m: re.Match) -> str | None:
    """What the figure counts, read from the words after it (or the act before it)."""
    after, before = text[m.end(2):m.end(2) + 80], text[max(0, m.start() - 60):m.start()]
    if PART_OF.match(text[m.end(2):]) and m.group(2).lower() not in VAGUE:
        return None
    after = re.sub(r"^\s+of\b", "", after)
    if PART_AFTER.match(after) or PART_BEFORE.search(before):
        return None
    for group, pat in AFTER.items():
        if pat.match(after):
            return "attackers killed" if group == "attackers" and ATTACKERS_KILLED.match(after) else group
    if PEOPLE.match(after):
        for group, pat in BEFORE.items():
            if pat.search(before):
                return group
    if BEFORE["dead"].search(before) and re.match(r"\s*(?:[,.;]|and\b)", after):
        return "dead"               # "the toll stood at 19."
    return None


def counts(text: str) -> dict[str, set[tuple[int, int]]]:
    """Counted nouns with the ranges their figures allow, leaving out parts ("three of the") and
    figures of another event ("the 2004 bombings, in which 191 died") or of one of its places."""
    out: dict[str, set[tuple[int, int]]] = {}
    if PERIOD.search(text) or SIGHTED.search(text) or one_place(text) or another_acts_toll(text.replace("so far", "")):
        return out
    for m in NUMBER.finditer(text):
        if BACKGROUND.search(text[max(0, m.start() - 30):m.start()]):
            continue
        group = _group(text, m)
        rng = _range(m.group(1), m.group(2)) if group else None
        if rng:
            out.setdefault(group, set()).add(rng)
    return out


def content(text: str) -> frozenset[str]:
    """The sentence's content words, cut to a 5-letter stem so inflections meet."""
    return frozenset(w[:5] for w in re.findall(r"[a-z][a-z'-]+", text.lower()) if w not in STOP and len(w) > 2)


@lru_cache(maxsize=20000)
def _told(text: str) -> tuple:
    """What a sentence's own words tell, kept by text: an incremental refresh re-reads every old
    sentence of the story on each arrival (the readers are pure in the text)."""
    return (bool(MARK.search(text)), counts(text), denial(text) is not None, bool(CONTRAST.search(text)),
            content(text), doers(text), kinds(text), intent(text))


def read(article: str, outlet: str | None, index: int, text: str, holder: str | None) -> Reading:
    marked, counted, negated, contrast, words, doer, kind, meant = _told(text)
    return Reading(article, outlet, index, text, holder, marked, counted, negated, contrast, words,
                   doers=doer, kinds=kind, intent=meant)


def clash(a: Reading, b: Reading) -> str | None:
    """The counted group whose figures cannot all hold: no range of one meets any range of the other."""
    for group in a.counts.keys() & b.counts.keys():
        ra, rb = a.counts[group], b.counts[group]
        if not any(lo1 <= hi2 and lo2 <= hi1 for lo1, hi1 in ra for lo2, hi2 in rb):
            return group
    return None


def shared(a: Reading, b: Reading) -> float:
    """Share of the shorter sentence's content words found in the other."""
    if not a.words or not b.words:
        return 0.0
    return len(a.words & b.words) / min(len(a.words), len(b.words))


def same_holder(a: Reading, b: Reading) -> bool:
    """One voice: the same outlet speaking for itself, or holders sharing a name or a head
    ("Pakistan" and "Pakistan's Foreign Office", "the ministry" and "the Health Ministry")."""
    if a.own or b.own:
        return a.own and b.own and a.article == b.article
    na = {w.strip("’'s").lower() for w in a.holder.split() if w[:1].isupper()}
    nb = {w.strip("’'s").lower() for w in b.holder.split() if w[:1].isupper()}
    return bool(na & nb) or a.holder.split()[-1].lower() == b.holder.split()[-1].lower()


def answers(a: Reading, b: Reading) -> bool:
    """A denial against a statement, where the denied words are the statement's: the words after
    "denied" share a good part of its content ("denied that its troops fired" / "troops fired")."""
    if a.negated == b.negated:
        return False
    den, other = (a, b) if a.negated else (b, a)
    m = denial(den.text)
    denied = content(den.text[m.end():])
    return bool(denied) and len(denied & other.words) / len(denied) >= 0.3


def features(a: Reading, b: Reading) -> dict[str, float]:
    """The pair's generic features (`b` comes after `a` in its article, or in another outlet)."""
    return {
        "clash": 1.0 if clash(a, b) else 0.0,
        "polarity": 1.0 if a.negated != b.negated else 0.0,
        "contrast": 1.0 if b.contrast or a.contrast else 0.0,
        "marked": 1.0 if a.marked or b.marked else 0.0,
        "holders": 0.0 if same_holder(a, b) else 1.0,
        "outlets": 1.0 if a.article != b.article else 0.0,
        "shared": shared(a, b),
        "named": 1.0 if not (a.own or b.own) else 0.0,
        "answers": 1.0 if answers(a, b) else 0.0,
        "near": 1.0 if a.article == b.article and abs(a.index - b.index) <= 2 else 0.0,
        "update": 1.0 if UPDATE.search(a.text) or UPDATE.search(b.text) else 0.0,
        "doer": 1.0 if doer_clash(a, b) else 0.0,
        "kind": 1.0 if kind_clash(a, b) else 0.0,
        "intent": 1.0 if intent_clash(a, b) else 0.0,
    }
