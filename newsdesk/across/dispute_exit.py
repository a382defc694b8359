"""Whether someone left a place: "the embassy says the activist walked out an hour later" against
his lawyer's "she waited at the gate and he never came out".

Why a detector of its own: the denial detectors need a denying verb or a report noun, but in a
disappearance the two sides state opposite facts with plain verbs: one side says the person
left, the other that he never emerged. Neither sentence denies the other, they share no cue
word, and often the two sides sit in one sentence ("X says he left, but Y says he never came
out"). The signal is a pair of opposite movement clauses: an exit stated as done ("he left
shortly afterwards", "she exited the building") and an exit stated as never done ("never came
out", "did not come back out", "never emerged"), each held by a named party, the two parties
not one side. Precision first: the exit must be a person's (a pronoun or a name as subject),
not negated, and leave a place or a moment ("the building", "shortly afterwards"), so that
"left the country last year" or "left 12 dead" state no exit; a never-exit clause must not go
on to another thing ("came out of a coma", "came out against").
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_inline import TURN, _party
from .dispute_sides import one_side
from .disputes import _claim, _quoted_by, detector, holder

MAX_CLAIMS = 6
_PLACE = (r"(?:building|consulate|embassy|premises|compound|mission|house|home|station|hospital|prison|jail|"
          r"court(?:house)?|office|hotel|headquarters|residence|gate|room)")
_AFTER = (r"(?:shortly|soon|minutes|hours|moments|later|afterwards|after|alive|safely|unharmed|through|via|"
          r"by\s+(?:the\s+)?(?:back|front|rear|side)|(?:the|that|this)\s+(?:\w+\s+)?" + _PLACE + r")\b")
EXIT = re.compile(r"\b(?:he|she|[A-Z][a-z]+)\s+(?:had\s+|has\s+|then\s+|later\s+)?(?:left|exited|departed|walked\s+out|"
                  r"emerged)\s+(?:of\s+)?" + _AFTER)
NEVER_OUT = re.compile(r"\b(?:never|not|n['\u2019]t)\s+(?:(?:\w+ly|again|even|yet)\s+)?(?:re-?)?(?:came|come|walked|walk|"
                       r"got|get)\s+(?:back\s+)?out\b(?!\s+(?:of|against|in|with|on|for)\b)"
                       r"|\bnever\s+(?:(?:\w+ly|again)\s+)?(?:re-?)?(?:emerged|left|exited|reappeared)\b"
                       r"|\bdid(?:\s+not|n['\u2019]t)\s+(?:re-?)?(?:emerge|leave|exit|reappear)\b(?!\s+(?:the\s+)?country)",
                       re.I)
_NEGATED = re.compile(r"\b(?:not|never|no|n['\u2019]t|den(?:y|ied|ies|ying)|whether|if)\b[^.,;]{0,30}$", re.I)


def _exit(text: str) -> bool:
    """An exit stated as done (not negated or doubted just before)."""
    return any(not _NEGATED.search(text[:m.start()]) for m in EXIT.finditer(text))


def _sides(art: Article, ctx: dict) -> list[tuple[str, object, str]]:
    """('out' | 'in', sentence, holder) for each held clause of an exit or a never-exit; a
    sentence turning from one to the other ("X says he left, but Y says he never came out")
    gives both, each with its own party."""
    res = ctx["res"][art.id]
    out = []
    for s in ctx["sents"][art.id]:
        t = s.text
        if not (EXIT.search(t) or NEVER_OUT.search(t)):
            continue
        turn = TURN.search(t)
        if turn:
            first, second = t[:turn.start()], t[turn.end():]
            pair = [("out", first, s.start), ("in", second, s.start + turn.end())] \
                if _exit(first) and NEVER_OUT.search(second) else \
                [("in", first, s.start), ("out", second, s.start + turn.end())] \
                if NEVER_OUT.search(first) and _exit(second) else []
            held = [(k, _party(part, res, at)) for k, part, at in pair]
            if held and all(w for _, w in held):
                out.extend((k, s, w) for k, w in held)
                continue
        kind = "in" if NEVER_OUT.search(t) else "out" if _exit(t) else None
        who = holder(t, res, s.start) or _quoted_by(art, s) or _party(t, res, s.start)
        if kind and who:
            out.append((kind, s, who))
    return out


@detector("exit")
def left_or_not(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the exit claims against the never-exit claims of other parties."""
    found = [(art, *x) for art in articles for x in _sides(art, ctx)]
    outs = [f for f in found if f[1] == "out"]
    ins = [f for f in found if f[1] == "in"]
    if not any(not one_side(a[3], b[3]) and a[3] != b[3] for a in outs for b in ins):
        return []
    claims = [_claim(art, s, who) for art, _, s, who in (outs[:3] + ins)[:MAX_CLAIMS]]
    return [Dispute(f"whether the person left: {outs[0][3]} vs {ins[0][3]}", claims, "occurrence")]
