"""A party's denial against the claim it answers, matched by what the denial denies.

Why a detector of its own: across crises the rebuttal and the claim it answers rarely share a
cue word or an anaphor ("the ministry denied its troops shelled the market" in one outlet,
"witnesses said troops shelled the market" in another); what they share is the proposition.
The words after the denial cue are matched against plain attributed statements of the story;
a statement by another holder that repeats at least MIN_SHARED of those content words is the
claim the denial answers. Built on the shape alone (no crisis's wording): "deny" takes any
object, "reject" only a claim noun ("rejected the bill" denies nothing).
Guards: the statement must not itself be negated or a rebuttal ("the reports were false"),
and a holder never disputes itself (same last word).
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .disputes import _claim, detector, holder

_CLAIM_NOUN = r"(?:(?:the|any|all|these|such)\s+)*(?:reports?|claims?|allegations?|accusations?|that)\b"
CUE = re.compile(r"\b(?:den(?:y|ies|ied|ying)\s+|reject(?:s|ed|ing)?\s+(?=" + _CLAIM_NOUN + r"))"
                 r"(?:(?:the|any|all|these|those|such|its|their|his|her|reports?|claims?|allegations?|"
                 r"accusations?|suggestions?|charges?|suspicions?|that|of|by|from|having)\s+)*", re.I)
STATED = re.compile(r"\b(?:said|says|say|told|accused|blamed|blames|claimed|claims|reported|"
                    r"according to|alleged|insisted|added)\b", re.I)
# a statement that is itself negated or a rebuttal states no claim
NOT_STATED = re.compile(r"\b(?:not|no|never|den(?:y|ies|ied|ying|ial)|reject\w*|dismiss\w*|refut\w*|whether|"
                        r"if|false|fakes?|baseless|lies|provocation|allegations?|accusations?)\b|n't\b", re.I)
# the denied clause ends at a new clause of the denier ("..., saying ...") or at a relative
# clause, which describes its nouns rather than states what is denied ("the dam, which ...")
OBJECT_END = re.compile(r"[;:]|,\s*(?:saying|and|but|adding|which|who|whose|where)\b|\s(?:in|at|during|by) which\b")
STOP = frozenset("""the a an and or but of to in on at by for with from that this these those it its his her their
they them he she we our was were is are be been being had has have having did do does said says say told
also after before over into about as than then there which who whom what when where while would could
should may might will can any all some such not no other more most one two three four five six seven
eight nine ten people city town area country government officials official statement spokesman
spokeswoman ministry minister friday saturday sunday monday tuesday wednesday thursday
claims claim claimed reports report reported allegations accusations denied denies deny rejected
dismissed""".split())
MIN_SHARED = 3       # two shared words pair a denial with any sentence of its crisis (35 made, 7 unmatched)
MAX_CLAIMS = 3       # statements kept per denial, the closest first


def _words(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in STOP}


@detector("denied_content")
def denied_content(articles: list[Article], ctx: dict) -> list[Dispute]:
    denials = []
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            m = CUE.search(s.text)
            obj = _words(OBJECT_END.split(s.text[m.end():])[0]) if m else set()
            if len(obj) >= MIN_SHARED and (who := holder(s.text, res, s.start)):
                denials.append((art, s, who, obj))
    if not denials:                  # the common case: no holder reads a statement (holder is costly)
        return []
    pool = set().union(*(obj for _, _, _, obj in denials))
    stated = []
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            w = _words(s.text)
            if len(w & pool) >= MIN_SHARED and not CUE.search(s.text) and STATED.search(s.text) \
                    and not NOT_STATED.search(s.text) and (h := holder(s.text, res, s.start)):
                stated.append((art, s, h, w))
    out = []
    for art, s, who, obj in denials:
        last = who.split()[-1].lower()
        hits = sorted(((len(obj & w), a, o, h) for a, o, h, w in stated
                       if h.split()[-1].lower() != last and len(obj & w) >= MIN_SHARED), key=lambda x: -x[0])
        if hits:
            claims = [_claim(art, s, who)] + [_claim(a, o, h) for _, a, o, h in hits[:MAX_CLAIMS]]
            out.append(Dispute(f"what {who} denies", claims, "accusation"))
    return out
