"""Disputes over how many people did it or were held: "three gunmen who fled by car" against
"two masked attackers armed with assault rifles"; "police said three people were in custody"
against "four people taken into custody".

Why a detector of its own: the count detector reads death tolls only, yet early coverage
disagrees just as often on the number of attackers or of people arrested, and an analyst
must see which figure each source gives. The signal is generic: an exact small number
directly counting attackers (gunmen, attackers, bombers, "men armed with ...") or people held
(in custody, arrested, detained), stated by different holders of one story with different
values; an estimate of the crew ("around ten men armed with ...", "gunmen, perhaps four or
five, ...") counts too, with its margin. Not counts of the whole group: "two of the
attackers", "three other suspects" (a part, or the ones besides someone already counted),
"at least one gunman" (a bound), and attackers counted among the dead ("147 students and
four militants were killed").
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..extract.quantities import UNITS
from ..model import Article, Dispute
from .dispute_crew_range import crew_ranges, range_clash
from .dispute_crew import ONE_ATTACK_CREW, crew_acts, only_one
from .disputes import _anchors, _claim, detector, holder

_WORD = "|".join(w for w, n in UNITS.items() if 2 <= n <= 20)
_N = rf"(?:\d{{1,2}}|{_WORD})"
NUM = rf"(?<![\w-])({_N})"   # not the "two" of "Thirty-two"
_ADJ = r"(?:(?:masked|armed|hooded|suspected|alleged|heavily|islamist|militant|suicide|other|more|additional|" \
       r"further|another|unidentified)\s+){0,2}"
# "men" counts the crew when the attack verb follows within its own clause ("two men on a
# motorbike opened fire", "three men wearing masks stormed ..."), or as a passive's agent
_MEN_ACT = r"(?:armed|with (?:guns|rifles|assault|AK|Kalashnikov)|open(?:ed)? fire|storm\w*|burst|attacks|" \
           r"(?<!were )(?<!been )(?:attacked|shot|stabb\w+)|detonat\w+)"   # "men ... were shot": the victims
_CREW = r"(?:gunmen|attackers|assailants|shooters|bombers|hijackers|terrorists|militants|jihadists|insurgents|" \
        r"knifemen|perpetrators)"
ATTACKERS = re.compile(rf"\b{NUM}\s+{_ADJ}(?:{_CREW}|(?<=armed )men|men(?=\s+(?:[^\s,.;:]+\s+){{0,4}}?{_MEN_ACT}))\b"
                       rf"|(?<=\bby ){NUM}\s+men\b"
                       rf"|\bnumber of (?:attackers|gunmen|assailants|bombers) at {NUM}\b", re.I)
# a crew of one: "a lone gunman", "a single attacker" (a bare "one gunman" is often one of several)
LONE = re.compile(r"\b(?:a|the)\s+(?:lone|single|sole)\s+(?:gunman|attacker|assailant|shooter|bomber|"
                  r"knifeman|perpetrator|terrorist|militant)\b", re.I)
_PEOPLE = rf"{NUM}\s+{_ADJ}(?:people|persons|men|suspects|others)(?:\s+and\s+(a|one|{_N})\s+(?:woman|women|man|men))?"
HELD = re.compile(rf"\b(?:arrested|detained)\s+{_PEOPLE}|\btook\s+{_PEOPLE}\s+into custody"   # not "held hostage"
                  rf"|\b{_PEOPLE}\s+(?:(?:were|are|was|had been|have been|being)\s+)?(?:in custody|arrested|"
                  rf"detained|taken into custody)"
                  rf"|\bthe {NUM} (?:arrested|detained)\b"
                  # attackers taken alive: "troops captured six militants", "two gunmen were captured",
                  # "29 militants were killed and three were captured" (the bare count follows the crew)
                  rf"|\bcaptured\s+{NUM}\s+{_ADJ}(?:{_CREW}|suspects)\b"
                  rf"|\b{NUM}\s+{_ADJ}(?:{_CREW}|suspects)\s+(?:were|had been|have been)\s+(?:captured|taken alive)"
                  rf"|\b{_CREW} (?:were|had been|have been) killed and {NUM}\s+(?:were|had been|have been)\s+"
                  rf"(?:captured|taken alive)", re.I)
# words every match of a count pattern holds: tested first, as each pattern is tried at every
# position of every sentence of the story (keyed by pattern text: cue_memo wraps the patterns)
_CUES = {ATTACKERS.pattern: re.compile(rf"\b(?:{_CREW}|men)\b", re.I),
         HELD.pattern: re.compile(r"arrested|detained|custody|captured|taken alive", re.I)}


def _found(pattern: re.Pattern, text: str):
    """`pattern.finditer(text)`, none when the text lacks the pattern's cue."""
    cue = _CUES.get(pattern.pattern)
    return pattern.finditer(text) if cue is None or cue.search(text) else iter(())


_PART = re.compile(r"\b(?:other|more|additional|further|another)\b", re.I)
_PART_BEFORE = re.compile(r"\b(?:other|remaining|last|first|surviving)\s+$", re.I)   # "the other two gunmen"
BOUND_WORDS = r"at least|up to|as many as|more than|over|some|about|around|nearly"
_BOUND = re.compile(rf"\b(?:{BOUND_WORDS})\s+$", re.I)
# the top of a range ("ten to twelve gunmen"): an estimate, not an exact count
_RANGE_END = re.compile(rf"\b{_N}\s+(?:to|or)\s+$", re.I)
_AMONG_DEAD = re.compile(r"^\s+(?:(?:were|was|have been|had been|are|also|all)\s+)*"
                         r"(?:killed|dead|died|shot dead|slain)\b", re.I)
_HELD_AFTER = re.compile(r"^\s+(?:(?:were|are|was|now)\s+)?(?:in custody|arrested|detained|held)\b", re.I)
_LISTED = re.compile(r"\b(?:and|including|includes|included)\s+$", re.I)
MIN_HOLDERS = 2
# what the counted attackers did: the crew of the attack, not a warning about some of them
_ACTION = re.compile(r"\b(?:open(?:ed)? fire|storm\w*|fled|flee\w*|escap\w*|burst|enter\w*|began|slaughter\w*|"
                     r"kill\w*|shot|shoot\w*|attack(?:ed|s)|carried out|armed with|with (?:AK|Kalashnikov|guns|rifles|"
                     r"assault)|behind|wearing|exited|struck|blew|detonat\w*|took|seiz\w*|lock\w*|held|hold\w*|involved|took part)\b", re.I)
# a crew sized outright: "there were three attackers"
_THERE = re.compile(r"\bthere\s+(?:were|had\s+been|was)\s+$", re.I)


def _acting(text: str, m: re.Match) -> bool:
    """The counted attackers act in their clause ("three gunmen who fled"), are the agents
    of the attack ("carried out by seven bombers"), or a source sizes the crew outright;
    failing the cues, the clause's structure decides (`dispute_crew.crew_acts`)."""
    return m.group().lower().startswith("number of") or bool(
        _ACTION.search(text[m.end():m.end() + 50]) or re.search(r"\bby\s+$", text[:m.start()])
        or _THERE.search(text[:m.start()])) or crew_acts(text, m.end())


def killed(text: str) -> list[int]:
    """How many of one attack's perpetrators a sentence says were killed ("three attackers
    were killed"): sources that differ on it disagree on the crew's fate. Parts, bounds and
    listed dead ("ten guards and two gunmen were killed") are left out as in `counts`."""
    out = []
    for m in _found(ATTACKERS, text):
        if not ONE_ATTACK_CREW.search(m.group()) or not _AMONG_DEAD.match(text[m.end():]):
            continue
        before = text[:m.start()]
        if _PART.search(m.group()) or _BOUND.search(before) or _PART_BEFORE.search(before) \
                or _LISTED.search(before) or _RANGE_END.search(before):
            continue
        v = _value(m.groups())
        if v and 2 <= v <= 50:
            out.append(v)
    return out


def _value(groups: tuple) -> int | None:
    """The count a match states, 'three men and a woman' summed; None when not a number."""
    nums = [g for g in groups if g]
    if not nums:
        return None
    total = 0
    for g in nums:
        g = g.lower()
        total += 1 if g in ("a", "one") else int(g) if g.isdigit() else UNITS.get(g, 0)
    return total


def counts(text: str, pattern: re.Pattern) -> list[int]:
    """Exact whole-group counts a sentence states (parts, bounds and the dead left out)."""
    out = []
    for m in _found(pattern, text):
        if _PART.search(m.group()) or _BOUND.search(text[:m.start()]) or _PART_BEFORE.search(text[:m.start()]) \
                or _RANGE_END.search(text[:m.start()]):
            continue
        if _AMONG_DEAD.match(text[m.end():]) or _LISTED.search(text[:m.start()]):
            continue
        if pattern is ATTACKERS and (_HELD_AFTER.match(text[m.end():]) or not _acting(text, m)):
            continue                      # "11 gunmen in custody", "warned of two bombers": not the crew
        v = _value(m.groups())
        if v and 2 <= v <= 50:
            out.append(v)
    return out


_HEDGE = re.compile(r"\b(?:whether|if|not|unclear|possib\w*|may|might|could|or)\b", re.I)


def lone(text: str) -> set[int]:
    """{1} when the sentence says one person did it ("a lone gunman opened fire"), unless
    hedged ("whether a lone gunman ...", "not a lone attacker")."""
    m = LONE.search(text)
    if m and not _HEDGE.search(text[:m.start()]) and _acting(text, m):
        return {1}
    return {1} if only_one(text) and not _HEDGE.search(text) else set()


def rough_counts(text: str) -> list[int]:
    """Attackers' counts a source gives as an estimate: "around 10 men armed with guns", a
    range's top ("eight to ten gunmen stormed ..."), or set after the noun as an aside
    ("gunmen, perhaps four or five, took ..."). An estimate still sizes the crew; `_clash`
    allows it its margin."""
    out = []
    for m in _found(ATTACKERS, text):
        before = text[:m.start()]
        if (re.search(r"\b(?:about|around|roughly|some|nearly|an estimated|perhaps|possibly)\s+$", before, re.I)
                or _RANGE_END.search(before)) and not _PART.search(m.group()) and _acting(text, m):
            out.append(_value(m.groups()))
    for m in ASIDE.finditer(text):
        if _ACTION.search(text[m.end():m.end() + 50]):
            out.append(_value((m.group(1),)))
    return [v for v in out if v and 2 <= v <= 50]


# "masked gunmen, maybe six or seven, ...": the count set off after the noun
ASIDE = re.compile(rf"\b(?:gunmen|attackers|assailants|shooters|bombers|hijackers|terrorists|militants),\s+"
                   rf"(?:perhaps|possibly|maybe|about|around|some|roughly)\s+{NUM}(?:\s+(?:or|to)\s+{_N})?,", re.I)


def _clash(v1: int, v2: int, rough: set[int], spans: dict[int, tuple[int, int]]) -> bool:
    """Two crew sizes that cannot both hold: a range holds its ends, an estimate allows a third either way."""
    if (ranged := range_clash(v1, v2, spans)) is not None:
        return ranged
    if v1 in rough or v2 in rough:
        return abs(v1 - v2) > max(1, 0.3 * max(v1, v2))
    return v1 != v2


def _disjoint(a: list[tuple], b: list[tuple]) -> bool:
    """Every claim of each side names a place or target and the two sides share none: two
    attacks' crews, not one crew counted twice."""
    pa = [_anchors(s.text) for _, s, _ in a]
    pb = [_anchors(s.text) for _, s, _ in b]
    return all(pa) and all(pb) and not set().union(*pa) & set().union(*pb)


def _days_apart(a: list[tuple], b: list[tuple]) -> bool:
    """Every claim of each side is dated and no day is shared: arrests accumulate, so '13
    arrested' on Monday and '24 arrested' on Tuesday is a count that grew, not a dispute."""
    def day(art: Article) -> str:
        return str(art.published or art.layers.get("date_estimate") or "")[:10]
    da, db = {day(art) for art, _, _ in a}, {day(art) for art, _, _ in b}
    return "" not in da and "" not in db and not da & db


def _told_whole(main: int, part: list[tuple]) -> bool:
    """Every article giving the rival figure also counts the crew at the main figure (even as
    "the three attackers", which `counts` leaves to the first telling): in its own account the
    smaller figure is a part ("two gunmen opened fire" of three attackers), not a rival."""
    names = [w for w, n in UNITS.items() if n == main] + [str(main)]
    told = re.compile(rf"\b(?:{'|'.join(names)})\s+{_ADJ}{_CREW}\b", re.I)
    return all(told.search(art.text) for art, _, _ in part)


def _dispute(found: dict[int, list[tuple]], what: str, rough: set[int] = frozenset(),
             spans: dict[int, tuple[int, int]] | None = None) -> Dispute | None:
    # the most cited figure leads; on a tie an exact count leads an estimate ("two or three")
    values = sorted(found, key=lambda v: (-len(found[v]), v in rough))
    if what == "people held":        # arrests accumulate: only the two most cited counts meet
        values = values[:2]
    top = found[values[0]] if values else []   # a crew is one size: every rival estimate is a side
    values = values[:1] + [v for v in values[1:] if _clash(values[0], v, rough, spans or {})
                           and not _disjoint(top, found[v]) and not _told_whole(values[0], found[v])]
    if len(values) < 2:
        return None
    a, b = top, [x for v in values[1:] for x in found[v]]
    holders = {h for _, _, h in a} ^ {h for _, _, h in b}
    if not holders or len({h for _, _, h in a + b}) < MIN_HOLDERS:
        return None
    if what == "people held" and _days_apart(a, b):
        return None
    claims = [_claim(art, s, h) for art, s, h in a[:3] + b[:4]]
    return Dispute(f"number of {what}: " + " vs ".join(map(str, values[:4])), claims, "headcount")


@detector("headcount")
def headcount(articles: list[Article], ctx: dict) -> list[Dispute]:
    out = []
    spans: dict[int, tuple[int, int]] = {}     # the story's crew ranges, by the value read
    for pattern, what in ((ATTACKERS, "attackers"), (HELD, "people held"), (None, "attackers killed")):
        found: dict[int, list[tuple]] = defaultdict(list)
        rough: set[int] = set()
        for art in articles:
            res = ctx["res"][art.id]
            for s in ctx["sents"][art.id]:
                if pattern is None:
                    values = set(killed(s.text))
                else:
                    est = set(rough_counts(s.text)) if pattern is ATTACKERS else set()
                    spans.update(crew_ranges(s.text) if est else {})
                    rough |= est
                    values = set(counts(s.text, pattern)) | est | (lone(s.text) if pattern is ATTACKERS else set())
                for v in values:
                    found[v].append((art, s, holder(s.text, res, s.start) or art.outlet or art.id))
        d = _dispute(found, what, rough, spans)
        if d:
            out.append(d)
    return out
