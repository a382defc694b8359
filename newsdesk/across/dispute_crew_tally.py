"""Rival tallies of what became of one crew of attackers: "troops killed 14 of the raiders,
caught two and say four got away" against another outlet's "nine raiders were killed but
eleven escaped".

Why a detector of its own: each outlet tells the crew's fates as a plain tally, with no contrast
word and no figure of the victims, so the toll detectors pass it by; the headcount detector
reads the crew's size, and a part of the crew ("nine of the raiders") is no size; the fate
detector wants one side all dead and the other fled. What marks the form is generic: one
sentence counts the crew by at least two fates (killed, held, away), at least one of them on
the crew's own noun, and another article's tally gives a different count for a fate both tell.
Precision first: a count after an active verb whose subject is the crew is its victims
("the raiders killed five"), a count on another noun ("killed 20 villagers") is no fate, and
a tally needs two fates, so a lone "three gunmen were killed" never enters.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.quantities import UNITS
from ..model import Article, Dispute
from .dispute_holders import accounts
from .disputes import _claim, detector

_WORDS = {**UNITS, "twenty": 20}          # the quantity reader's number words, one to twenty
_NUM = r"(?:\d{1,3}|" + "|".join(_WORDS) + r")\b"    # \b: "six" is no reading of "sixteen"
_CREW = (r"(?:gunmen|attackers|assailants|militants|terrorists|hostage[- ]takers|kidnappers|captors|"
         r"insurgents|jihadists|raiders|bombers)")
# the noun a counted fate may carry: the crew's own, "others" / "more" (the rest of it), or none
_NOUN = rf"(?:\s+(?:of\s+(?:the|them)\s+)?(?:(?P<crew>{_CREW})|others?|more))?"
_AUX = r"(?:\s+(?:were|was|are|is|had|have|has|been|being|still|all|later|believed\s+to\s+be|reported(?:ly)?))*"
# fate -> (verb after the count, verb before the count)
_FATES = {
    "killed": (r"(?:\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:killed|shot\s+dead|neutrali[sz]ed)"
               r"|" + _AUX + r"\s+(?:dead|died))", r"(?:killed|shot\s+dead|neutrali[sz]ed|eliminated)"),
    "held": (r"(?:\s+(?:were|was|had\s+been|have\s+been)\s+(?:arrested|captured|detained|caught|taken\s+alive)"
             r"|" + _AUX + r"\s+in\s+custody)", r"(?:arrested|captured|detained|caught|seized)"),
    "away": (_AUX + r"\s+(?:escaped|fled|got\s+away|at\s+large|on\s+the\s+run)", r"(?!)"),
}
_AFTER = {f: re.compile(r"\b(?P<n>" + _NUM + r")" + _NOUN + a + r"\b", re.I) for f, (a, _) in _FATES.items()}
_BEFORE = {f: re.compile(r"\b" + b + r"\s+(?:all\s+)?(?P<n>" + _NUM + r")(?!\s*(?:%|per|hours|days|years))"
                         + _NOUN + r"(?P<tail>\s+[a-z]+)?", re.I) for f, (_, b) in _FATES.items()}
_CREW_RX = re.compile(_CREW, re.I)
_CREW_SUBJECT = re.compile(_CREW + r"(?:\s+\w+){0,2}\s*$", re.I)
# the people a bare count may stand for instead ("six hostages were killed and 25 had escaped")
_NOUNS = re.compile(r"\b(?:(?P<crew>" + _CREW + r")|hostages|captives|people|civilians|workers|villagers|"
                    r"passengers|students|children|pupils|foreigners|soldiers|troops|police\w*|officers)\b", re.I)
_STOP_TAIL = {"and", "but", "while", "when", "as", "in", "on", "at", "after", "during", "before", "with",
              "by", "others", "other", "more", "of", "the", "were", "was", "had", "have", "still"}


def _num(text: str) -> int:
    low = text.lower()
    return int(low) if low.isdigit() else _WORDS[low]


def _last_is_crew(head: str) -> bool:
    """Whether the people named last before a bare count are the crew (or none are named)."""
    last = None
    for last in _NOUNS.finditer(head):
        pass
    return last is None or bool(last.group("crew"))


@lru_cache(maxsize=20000)     # an incremental refresh reads a story's old sentences again
def tally(text: str) -> dict[str, int]:
    """{fate: count} the sentence tells of one crew, empty unless two fates, one on the crew's noun."""
    if not _CREW_RX.search(text):
        return {}
    got: dict[str, int] = {}
    on_crew = False
    for fate in _FATES:
        for rx, before in ((_BEFORE[fate], True), (_AFTER[fate], False)):
            for m in rx.finditer(text):
                if before:
                    tail = (m.group("tail") or "").strip().lower()
                    if (tail and not m.group("crew") and tail not in _STOP_TAIL) or \
                            _CREW_SUBJECT.search(text[max(0, m.start() - 40):m.start()]):
                        continue          # "killed 20 villagers", "the raiders killed five": victims
                if fate in got and got[fate] != _num(m.group("n")):
                    return {}             # one sentence, two counts of one fate: parts, not a tally
                if not m.group("crew") and not _last_is_crew(text[:m.start()]):
                    continue          # a bare count stands for the people counted last
                got[fate] = _num(m.group("n"))
                on_crew |= bool(m.group("crew"))
    return got if len(got) >= 2 and on_crew else {}


@detector("crew_tally")
def crew_tally(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first two tallies of two articles that count a fate differently."""
    told = accounts(articles, ctx, lambda text: ["tally"] if tally(text) else [], ("tally",))["tally"]
    for k, (a1, s1, h1) in enumerate(told):
        for a2, s2, h2 in told[k + 1:]:
            t1, t2 = tally(s1.text), tally(s2.text)
            if a1.id != a2.id and any(t1[f] != t2[f] for f in t1.keys() & t2.keys()):
                return [Dispute("what became of the attackers: the tallies differ",
                                [_claim(a1, s1, h1), _claim(a2, s2, h2)], "count")]
    return []
