"""Casualty figures that `counts.py` reads in parts: coordinated groups of victims, a
single victim named or pointed at instead of counted, a toll only foreseen ("might rise to
50") and a part of the victims told as one ("13 foreigners among those killed").

Why: "20 first graders and six educators were killed" is a toll of 26, not of 6 (the cue
follows only the last part), and a report of one death often gives no number at all
("Heaven was shot in the back and died", "Officers returned fire, killing the man"),
and the wounded told beside the dead of a first report are as old as those dead.
Kept apart from counts.py so each module stays readable; counts.py calls in here.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Count

# words that may sit between a part and the "and" that joins the next part: a short plain
# noun phrase ("first graders", "police officers", "of them"); verbs, clauses and
# prepositions end the coordination
_BREAK = {"or", "but", "while", "when", "after", "before", "in", "on", "at", "with", "from",
          "by", "for", "which", "who", "as", "since", "than", "said", "says", "were", "was",
          "are", "is", "had", "have", "has", "been", "aged", "ages", "age"}


def coordinated(toks, a, b) -> bool:
    """Whether quantity `b` is the next part of a list that `a` opens: "20 first graders
    and six educators", "12 soldiers, and 3 civilians". Bare numbers joined by "and" are
    ages or ranges ("two boys, 13 and 14"), never parts: each part needs its noun."""
    between = toks[a.j:b.i]
    if len(between) < 2 or between[-1].low != "and":
        return False
    words = between[:-1]
    if words and words[-1].low == ",":
        words = words[:-1]
    if not 1 <= len(words) <= 4:
        return False
    for t in words:
        w = t.low
        if not w[0].isalpha() or w in _BREAK or w.endswith("ing") or (
                w.endswith("ed") and w not in ("armed", "unarmed")):
            return False
    nxt = toks[b.j] if b.j < len(toks) else None
    return nxt is not None and nxt.low[0].isalpha() and nxt.low not in _BREAK | {"and", "of"}


def joined(m, q):
    """A figure (counts.Mention) with one more part of its list added: the sum, over both."""
    hi = None if m.count.high is None or q.count.high is None else m.count.high + q.count.high
    return replace(m, count=Count(m.count.low + q.count.low, hi),
                   span=(min(m.span[0], q.start), max(m.span[1], q.end)),
                   qualifier=m.qualifier if m.qualifier == q.qualifier else "min")


def left(toks, q) -> bool:
    """'left three people stabbed': the cue after the figure is its state, not its act."""
    return q.i > 0 and toks[q.i - 1].low in ("left", "leaving", "leaves")


_NOT_NAME = ("The|This|That|It|Nobody|No|None|Everyone|Everybody|Nothing|Which|Who|Each|"
             "Police|Officials|Authorities|Somebody|Someone|Anyone|Witnesses|There|Here")
_SUBJECT = (rf"(?:(?<![\w,] )(?!(?:{_NOT_NAME})\b)[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){{0,2}}"
            r"|\b[Hh]e|\b[Ss]he)")
_WAS = r"\s+(?:was|had been|has been)\s+(?:(?:later|also|reportedly|fatally)\s+)?"
# one person by a singular noun of a human ("the boy", "his case worker")
_ONE_HUMAN = (r"(?:man|woman|boy|girl|child|toddler|baby|infant|teenager|teen|student|worker|caseworker|"
              r"officer|soldier|policeman|policewoman|trooper|deputy|guard|driver|pilot|passenger|victim|"
              r"doctor|nurse|journalist|reporter|photographer|father|mother|son|daughter|wife|husband|"
              r"brother|sister|neighbou?r|resident|employee|teacher|priest|activist|protester)\b")
SINGLE_DEAD = [
    # "Heaven was shot in the back and died half an hour later"
    re.compile(_SUBJECT + _WAS + r"(?:shot|stabbed|struck|hit|beaten|attacked|wounded|injured)\b"
               r"[^.;,\"\u201c]{0,50}?\band\s+(?:later\s+)?(?:died|killed)\b"),
    # "Sutton was killed", "she was fatally shot", "He had been stabbed to death"
    re.compile(_SUBJECT + _WAS + r"(?:killed|murdered|slain|shot dead|fatally shot|fatally "
               r"stabbed|(?:stabbed|beaten|burned|burnt|hacked) to death)\b"),
    # "Officers returned fire, killing the man": one person, pointed at
    re.compile(r"\b(?:killing|killed|shooting dead|shot dead)\s+(?:the|a|an)\s+(?:[a-z-]+\s+)?"
               r"(?:man|woman|boy|girl|suspect|gunman|attacker|assailant|shooter|driver|teenager|"
               r"child|officer|soldier|policeman|policewoman)\b(?!\s*(?:and|,\s*\w+\s+and)\b)"),
    # "His case worker was killed", "The boy, Jordan Belliveau, died": one person pointed at
    re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}" + _ONE_HUMAN
               + r"(?:,[^,.;:\"\u201c]{2,50},)?" + r"(?:" + _WAS + r"(?:killed|murdered|slain|shot dead|"
               r"fatally shot|(?:stabbed|beaten) to death)|\s+(?:later\s+)?died)\b"),
    # "The confrontation left the caseworker, 53-year-old Theresa Hunt, dead"
    re.compile(r"\bleft\s+(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}" + _ONE_HUMAN
               + r"(?:,[^,.;:\"\u201c]{2,50},)?\s+dead\b"),
]


def single_dead(sentence: str) -> list[tuple[int, int]]:
    """Spans where one person's death is told without a number."""
    return [m.span() for rx in SINGLE_DEAD for m in rx.finditer(sentence)][:1]


# a toll foreseen, not counted: "the death toll might rise to 50 or higher", "could climb to 60"
FORECAST_MODALS = frozenset("might could may will would expected likely feared set bound".split())
RISING = frozenset("rise climb increase grow reach top exceed surpass mount go".split())


_UP_TO = frozenset("to above past beyond over as high even further up".split())


def forecast(toks, start: int, end: int) -> bool:
    """Whether the words toks[start:end] between a toll and its figure foresee it: a verb of
    rising right before the figure ("to", "above" between), a modal (or "expected to") at most
    three words before that verb ("might rise to 50"; not "which could rise, stood at 41")."""
    words = [t.low for t in toks[start:end]]
    r = next((n for n in range(len(words) - 1, -1, -1) if words[n] in RISING), None)
    if r is None or not all(w in _UP_TO for w in words[r + 1:]):
        return False
    return any(w in FORECAST_MODALS for w in words[max(0, r - 3):r])


_VICTIM_WORDS = frozenset("killed dead died slain wounded injured hurt".split())


def among_after(toks, j: int) -> bool:
    """'13 foreigners among those killed', 'two Americans were among the dead': the figure
    counts part of the victims, whose whole is told elsewhere (or not at all)."""
    k = j
    for _ in range(3):
        if k >= len(toks):
            return False
        if toks[k].low == "among":
            return k + 1 < len(toks) and toks[k + 1].low in ("those", "the", "them")
        if not toks[k].low.isalpha() or toks[k].low in ("and", "or") or toks[k].low in _VICTIM_WORDS:
            return False      # "12 were killed among them": the figure is the whole toll
        k += 1
    return False


# what turns an old figure into a new one within the sentence ("38, revised to 31", "but now 45")
_NEWER = re.compile(r"\b(?:but|however|now|later|since|rose|risen|raised|revised|updated|latest|"
                    r"lowered|increased|climbed|jumped)\b", re.I)


def first_told_pairs(found: list, sentence: str) -> None:
    """"the initial report showed that 17 died while 57 were wounded": the wounded of an old
    report are as old as its dead, though the cue stands before the first figure only.
    `found` is the sentence's `counts.Mention`s in order; flags are set in place."""
    for a, b in zip(found, found[1:]):
        if a.superseded and not b.superseded and a.kind != b.kind \
                and not _NEWER.search(sentence[a.span[1]:b.span[0]]):
            b.superseded = True
