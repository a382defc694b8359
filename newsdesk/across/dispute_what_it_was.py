"""What a thing was, told two ways: "officers found two parcels they suspected were bombs"
against "the commander later said the parcels were not bombs"; or "early reports spoke of a
device on a scooter, but the commander said it was not a car bomb" against "'It was a pipe
bomb,' the commander said".

Why a detector of its own: neither side accuses, denies a named report or gives a figure, and
the two sentences sit in different outlets with no contrast word between them, so the other
detectors miss them; yet whether a find was a bomb, or which kind of weapon was used, is a
question an analyst must see left open. The signal is a negated copula on a noun ("were not
bombs", "did not appear to be bombs", "was not a car bomb") held by a named party, against
another sentence of the story that puts the same noun on the same thing while hedging it
("suspected were bombs", "believed to be a bomb"), or, when the denial itself answers another
account in its own sentence ("X said ..., but Y said it was not a car bomb"), that names
another kind of it ("it was a pipe bomb"). Precision first: the negated noun is a noun a
reporter can name a thing by (not "clear", "known"), the denial is attributed, and a story
keeps at most one such dispute of each shape (a suspicion denied, another kind named).
"""
from __future__ import annotations

import re

from ..model import Article, Dispute, Sentence
from .disputes import _claim, _quoted_by, detector, holder

MAX_CLAIMS = 6
# up to three words naming what it was, cut at a preposition, a clause word or punctuation
_NP = r"(?P<det>an?\s+|the\s+)?(?P<np>[a-z-]+(?:\s+(?!(?:in|inside|on|at|near|from|to|of|and|or|but|that|which|" \
      r"as|after|before|by|with|for|there)\b)[a-z-]+){0,2})"
NOT_WAS = re.compile(r"\b(?:(?:was|were|is|are)(?:\s+not|n[\u2019']t)|"
                     r"(?:did|does|do)(?:\s+not|n[\u2019']t)\s+(?:appear|seem)\s+to\s+be|"
                     r"(?:turned\s+out|proved|proven)\s+not\s+to\s+be)\s+(?:in\s+fact\s+)?[\u201c\"]?" + _NP)
HEDGED = re.compile(r"\b(?:suspected|believed|thought|feared|presumed)\s+(?:to\s+be\s+|of\s+being\s+|"
                    r"(?:that\s+)?(?:(?:they|it|these|those)\s+)?(?:were|was|are|is|might\s+be|could\s+be)\s+)"
                    + _NP)
WAS_A = re.compile(r"\b(?:it|this|that)\s+(?:was|is)\s+(?:an?\s+)" + _NP, re.I)
# the denial answers another account in its own sentence ("Some accounts said ..., but ...")
ANSWERS = re.compile(r"\b(?:said|say|says|reported|claimed)\b[^.]{3,200}?,\s*(?:but|while|whereas)\s+", re.I)
# words a negated copula takes that name no thing ("was not clear", "were not immediately known")
NOT_THING = frozenset("""clear known immediately available able sure aware responsible involved true
    enough yet certain allowed likely possible open safe present hurt injured harmed affected
    related connected linked part used given told expected until than only just even much more
    less over""".split())
NEGATION = re.compile(r"\b(?:not|no|never|n[\u2019']t)\b", re.I)


def _head(m: re.Match) -> str | None:
    """The noun a phrase ends on, singular ("unexploded bombs" -> "bomb"), when it can name a
    thing: not a verb form with no article before it ("is not discounting", "was not closed")."""
    words = m.group("np").lower().split()
    if not words or any(w in NOT_THING for w in words) or words[-1].endswith(("ly", "ing", "ed")) or \
            (not m.group("det") and words[0].endswith("ing")):
        return None
    w = words[-1]
    if len(w) < 3:
        return None
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _mods(np: str) -> set[str]:
    return set(np.lower().split()[:-1]) - {"a", "an", "the"}


def _who(art: Article, s: Sentence, ctx: dict) -> str | None:
    return holder(s.text, ctx["res"][art.id], s.start) or _quoted_by(art, s)


@detector("what_it_was")
def what_it_was(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story of each kind (a suspicion denied, another kind named): the first
    attributed denial that another sentence answers."""
    denials, hedged, kinds = [], [], []
    for art in articles:
        for s in ctx["sents"][art.id]:
            m = NOT_WAS.search(s.text)
            head = _head(m) if m else None
            if head:
                denials.append((art, s, head, _mods(m.group("np")), bool(ANSWERS.search(s.text[:m.start()]))))
                continue
            for cue, out in ((HEDGED, hedged), (WAS_A, kinds)):
                m = cue.search(s.text)
                if m and not NEGATION.search(s.text[max(0, m.start() - 12):m.end()]) and _head(m):
                    out.append((art, s, _head(m), _mods(m.group("np"))))
    found: dict[str, Dispute] = {}
    for art, s, head, mods, answers in denials:
        who = _who(art, s, ctx)
        if not who:
            continue
        # a denial naming a kind ("not a car bomb") answers a suspicion of that kind only
        same = [(a, o) for a, o, h, m in hedged if h == head and o is not s and (not mods or mods & m)]
        path = "suspected"
        if not same and answers and mods:      # another kind of the same thing: "a pipe bomb"
            same = [(a, o) for a, o, h, m in kinds if h == head and m and not m & mods and o is not s]
            path = "kind"
        if not same or path in found:
            continue
        claims = [_claim(a, o, _who(a, o, ctx)) for a, o in same[:MAX_CLAIMS - 1]] + [_claim(art, s, who)]
        if path == "suspected":               # other holders saying the same find was no such thing
            claims += [_claim(a, o, _who(a, o, ctx)) for a, o, h, m, _ in denials
                       if h == head and not m and o is not s and _who(a, o, ctx)][:MAX_CLAIMS - len(claims)]
        art_ = "an" if head[0] in "aeiou" else "a"
        topic = f"whether it was {art_} {head}" if path == "suspected" else f"what kind of {head} it was"
        found[path] = Dispute(topic, claims, "occurrence" if path == "suspected" else "cause")
    return list(found.values())
