"""Disputes where one party finds no evidence for what another party claims or charges:
"the FDLE declined to investigate, saying it had received no ... evidence of fraud" against
"Scott ... his allegations of fraud"; a defence lawyer's "not one piece of evidence that
anyone was born alive" against charges over "babies allegedly born alive".

Why a detector of its own: the two sides rarely sit in adjacent sentences or share a
contrast opener, so `contrast` misses them. The signal is generic and two-fold: a
no-evidence statement names what it denies ("evidence of X", "evidence that X"), and
another sentence of the story asserts, alleges or charges that same X, held by another
party (never the same voice or its own lawyer).
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_sides import one_side
from .disputes import ACCUSE, STRONG, _claim, _quoted_by, detector, holder

CLAIMED = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit)\b", re.I)

NO_EVIDENCE = re.compile(
    r"\b(?:no\s+(?:[\w'’-]+\s+){0,5}?evidence|not\s+(?:one|a|any)\s+(?:single\s+)?(?:piece|shred|bit)"
    r"\b[^\n]{0,40}?evidence|(?:found|find|finds|was|is|were|are)\s+no\s+(?:[\w'’-]+\s+){0,2}?(?:sign|trace|proof)s?)"
    r"\s+(?:of|that|to (?:suggest|show|support)|the)?\s*([^.;:\n]{3,90})",
    re.I)
# saying something happened: a claim verb, a charge, or an argument in court
ASSERT = re.compile(r"\b(?:argu(?:e|ed|es|ing)|allegations?|accusations?|claims? (?:of|that)|"
                    r"told (?:police|investigators|officers)|"
                    r"(?:said|says) (?:that )?(?:he|she|they) (?:was|were|had))\b", re.I)
_STOP = {"there", "their", "these", "those", "which", "would", "could", "should", "about", "anyone",
         "anything", "someone", "something", "other", "others", "being", "after", "before",
         "claims", "claim", "claimed", "evidence", "allegations", "alleged", "allegedly", "charges",
         "where", "while", "whether", "against", "people", "police", "officials", "support"}
MAX_SIDE = 3


_OPENERS = {"The", "This", "That", "There", "These", "Those", "Its", "His", "Her", "Their", "Any", "And", "But"}
_CLAUSE_END = re.compile(r"[,;]|\s(?:and|but|while|because|after|when|since)\s")
_WHEN = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)$")


def _topic(text: str) -> set[str]:
    """What the no-evidence statement denies: the content words (five letters or more) of
    its own clause ("evidence to back up his fraud allegations, and ..." stops at the comma)."""
    cut = next((m for m in _CLAUSE_END.finditer(text)      # "a link between X and Y" is one phrase
                if not (m.group().strip() == "and" and re.search(r"\bbetween\s", text[:m.start()]))), None)
    clause = text[:cut.start() if cut else len(text)]
    names = {w.lower() for w in re.findall(r"\b[A-Z][a-z]{2,}", clause) if w not in _OPENERS}   # "Dorn was involved"
    return {w for w in re.findall(r"[a-z]{5,}", clause.lower()) if w not in _STOP} | names


def _holder(art: Article, s, res) -> str | None:
    """The sentence's holder, unless that is a day the attribution rule took for a subject."""
    who = holder(s.text, res, s.start)
    if who and _WHEN.match(who):
        who = None
    return who or _quoted_by(art, s)


def _asserts(text: str) -> bool:
    """A claim, charge or argument; a claim of responsibility too, which a finding of no tie
    between the claimant and the act contests."""
    return bool(STRONG.search(text) or ACCUSE.search(text) or ASSERT.search(text) or CLAIMED.search(text))


@detector("evidence")
def evidence(articles: list[Article], ctx: dict) -> list[Dispute]:
    out: list[Dispute] = []
    seen: set[tuple[str, int]] = set()
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            m = NO_EVIDENCE.search(s.text)
            if not m or (art.id, s.start) in seen:
                continue
            topic = _topic(m.group(1))
            who = _holder(art, s, res)
            if not topic or not who:
                continue
            sides = []
            for a in articles:
                for o in ctx["sents"][a.id]:
                    if o is s or NO_EVIDENCE.search(o.text) or not _asserts(o.text):
                        continue
                    shared = topic & set(re.findall(r"[a-z]{3,}", o.text.lower()))
                    if not shared:
                        continue
                    other = _holder(a, o, ctx["res"][a.id]) or a.outlet or a.id
                    if other.split()[-1].lower() == who.split()[-1].lower() or one_side(who, other):
                        continue
                    sides.append((len(shared), a, o, other))
            if not sides:
                continue
            sides.sort(key=lambda x: -x[0])
            seen.add((art.id, s.start))
            claims = [_claim(a, o, h) for _, a, o, h in sides[:MAX_SIDE]] + [_claim(art, s, who)]
            what = " ".join(m.group(1).split()[:8]).rstrip(",")
            out.append(Dispute(f"whether {what}: {who} finds no evidence", claims, "occurrence"))
    return out
