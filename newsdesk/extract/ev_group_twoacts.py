"""One sentence telling two acts: cut it at the word that turns from one act to the other.

Why: coverage packs an act and its answer, or an act and the next one, into one sentence
("Rebels shelled the depot in revenge for the army's raids", "Gunmen killed a judge and then
bombed the court", "Police blame the rioters for the fires, but residents say soldiers set
them"). Read as one statement, the mention carried both acts' words, parties and places, the
two events could no longer be told apart across articles and the second act had no record.
The sentence is cut at the turning cue; statements of one type on the two sides stay apart
when the cue always parts acts (an answer is never the act it answers) or when they differ
in doer (the parse's, or a passive's "by" phrase the parse lost) or target. Each side
of an answer keeps only the places its own words name: the act answered lies elsewhere, while
a next act is often at the same site ("before commandos stormed the building"). One act told
with several verbs ("stormed the hall and then opened fire") is not cut, nor an attacker's
end ("before killing himself").
"""
from __future__ import annotations

import re

from .ev_group_tellings import merge_in_sentence as _merge
from .cause_words import ANSWER_NOUNS, alternation
from .ev_motive import answered_apart, cause_at, keep_own_places

# an answer: the act after the cue is the one answered, another act by definition
_ANSWER = re.compile(r"\b(?:in\s+" + alternation(ANSWER_NOUNS) + r"\s+(?:for|to|against)|"
                     r"to\s+avenge)\b", re.I)
# a turn to the next act or to a rival account: parts acts only when they differ
# ("then said" turns to another report of one act, not to another act)
_TURN = re.compile(r"(?:,?\s+and\s+then|,\s+then(?!\s+(?:said|says|told|reported|announced))|"
                   r"\s+before|,\s+but\s+(?:[\w'-]+\s+){1,4}?"
                   r"(?:say|says|said|insist|insists|claim|claims|accuse|accuses|blame|blames))\b",
                   re.I)


# an act told as coming after the one just named and numbered as one more: "Shortly after
# the attack in X, a second bomb went off ..." (the opening clause only dates it)
_AFTER_NAMED = re.compile(r"^\W*(?:(?:shortly|soon|just|minutes|hours|moments)\s+)?after\s+(?:the|this|that)\s+"
                          r"(?:[\w'\u2019-]+\s+){0,2}?(?:attack|bombing|blast|explosion|shooting|assault|raid)"
                          r"\b[^,;]{0,60},\s*(?=(?:an?\s+(?:second|third|further|separate)|another)\b)", re.I)


def _cut(text: str) -> tuple[int, bool] | None:
    """Offset of the first turning cue and whether it always parts acts."""
    m = _AFTER_NAMED.search(text)
    if m:
        return m.end(), True
    m, cue = _ANSWER.search(text), cause_at(text)     # ev_motive's cues: a claim's reason
    if m or cue is not None:
        return min(x for x in (m.start() if m else None, cue) if x is not None), True
    m = _TURN.search(text)
    return (m.start(), False) if m else None


_SELF = {"himself", "herself", "themselves", "itself"}


def _differ(a, b, attr: str) -> bool:
    """Both name it and differently; a doer turning on himself ("before killing himself")
    names no other target."""
    x, y = getattr(a, attr), getattr(b, attr)
    return bool(x and y and x.lower() != y.lower() and not {x.lower(), y.lower()} & _SELF)


# the doer a passive side names where the parse lost it ("were shot, the paper said, by the
# rebels"): the words after "by", up to a clause break
_AGENT = re.compile(r"\bby\s+(?:the\s+|an?\s+)?((?:[A-Za-z-]+\s+){0,2}?[a-z-]*(?:ists?|ers?|ants?|"
                    r"ies|ces|ops|ary|ice|my|men|man|s))\b(?![^,.;]*\bby\b)")


def _doer(c, side: str) -> str | None:
    """The statement's doer, or the agent its side of the sentence names after "by"."""
    if c.actor:
        return c.actor
    m = _AGENT.search(side)
    return m.group(1) if m else None


def _parted(left: list, right: list, always: bool, sides: tuple[str, str] = ("", "")) -> bool:
    """Statements of one type on both sides that tell different acts: different doers
    (named by the parse or by a passive's "by" phrase) or targets. Means alone part nothing:
    one attacker "set off a bomb and then opened fire"."""
    for a in left:
        for b in right:
            if a.type != b.type:
                continue
            if always or _differ(a, b, "recipient"):
                return True
            x, y = _doer(a, sides[0]), _doer(b, sides[1])
            if x and y and x.lower() not in y.lower() and y.lower() not in x.lower():
                return True         # "militants" / "the Islamist militants": one doer
    return False


def _own_side(c, text: str, lo: int, hi: int) -> None:
    """The places of the sentence's side from lo to hi (ev_motive.keep_own_places)."""
    keep_own_places(c, text[lo:hi], text[:lo] + " " + text[hi:])


def merge_in_sentence(cands: list, text: str | None = None) -> list:
    """ev_group_tellings.merge_in_sentence on each side of a sentence's turning cue, when
    the two sides tell different acts of one type; the whole sentence otherwise. A claim's
    motive (ev_motive) is kept out first."""
    cands = answered_apart(cands, text)
    cut = _cut(text) if text and len(cands) > 1 else None
    if cut is None:
        return _merge(cands, text)
    at, always = cut
    left = [c for c in cands if (c.triggers[0].start if c.triggers else 0) < at]
    right = [c for c in cands if c not in left]
    if not left or not right or not _parted(left, right, always, (text[:at], text[at:])):
        return _merge(cands, text)
    if always:          # an answered act lies elsewhere; a next act often at the same site
        for c in left:
            _own_side(c, text, 0, at)
        for c in right:
            _own_side(c, text, at, len(text))
    return _merge(left, text) + _merge(right, text)
