"""Who broke it: rival blame for one breakdown. "The Russian Defense Ministry said rebels broke
the agreement" against "Opponents of Assad accused the government and its allies of scuttling
the deal"; or both at once: "Azerbaijan and Armenia accused each other of violating the truce".

Why a detector of its own: `culprit` reads the agent of an attack ("shelled by X") and needs
both holders to name each other's camp, but a ceasefire's collapse is blamed with a breach
verb on a pact ("violated the deal", "fired first"), often with one side holding for an ally
(Moscow for Damascus) or answering with a third party; no contrast opener or denial links
the two sentences, and they rarely share an article. Yet who broke the truce is the story's
open question. Precision first: each side is a named holder, blames a named party outside
its own side, the two blamed parties differ, and one holder belongs to the side the other
blames (the accused answering back). A negated or hypothetical breach ("if it breaches the
accord", "denied violating") blames no one.
"""
from __future__ import annotations

import re

from ..extract.speakers import subject_before
from ..model import Article, Dispute
from .dispute_culprit import _np_from, claim_holder
from .dispute_inline import WHEN_TAIL
from .dispute_sides import kin, party_names, side
from .disputes import _claim, detector

_PACT = r"(?:cease-?fire|truce|deal|agreement|accord|pact|armistice)s?"
BREACH = re.compile(
    r"\b(?:violat(?:ed|ing)|broke|broken|breaking|breach(?:ed|ing)|scuttl(?:ed|ing)|wreck(?:ed|ing)|"
    r"sabotag(?:ed|ing)|torpedo(?:ed|ing)|flout(?:ed|ing))(?!\s+(?:the\s+)?(?:news|story|word)\b)"   # broke news of
    r"\s+(?:[\w'\u2019-]+\s+){0,3}?" + _PACT + r"\b(?!\s+with\b)"                            # ... to deal with
    r"|\b(?:fired|opened\s+fire|shot|attacked|struck)\s+first\b"
    r"|\b(?:started|provoked|initiated)\s+(?:the\s+)?(?:fighting|clashes|hostilities)\b"
    r"|\b" + _PACT + r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?P<by>violated|broken|breached|"
    r"scuttled|wrecked|sabotaged|torpedoed)\s+by\s+"
    # a breakdown as a noun blames someone only inside an accusation ("blamed X for the collapse of")
    r"|\b(?P<noun>collapse|breakdown|failure|violations?|breach(?:es)?)\s+of\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,2}?" + _PACT + r"\b", re.I)
# "accused the government and its allies of scuttling": the accused, right before the breach
ACCUSED = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|charg(?:ed|es|ing))\s+"
                     r"((?:[\w'\u2019-]+\s+){0,6}?[\w'\u2019-]+)\s+(?:of|for)\s+(?:the\s+|an?\s+)?$", re.I)
RECIPROCAL = re.compile(r"\b(?:accus(?:ed|e|ing)|blam(?:ed|e|ing))\s+(?:each\s+other|one\s+another)\b"
                        r"|\btrad(?:ed|e|ing)\s+(?:blame|accusations)\b", re.I)
# what the parties blame each other for: a breach, or the fighting itself
_FOR_WHAT = re.compile(BREACH.pattern + r"|\b(?:fighting|clashes|violence|attacks?|shelling|collapse|"
                       r"breakdown|failure)\b|\b" + _PACT + r"\b", re.I)
# a breach that is not asserted: negated, hypothetical, feared or intended
_NOT_ASSERTED = re.compile(r"\b(?:not|never|no|n't|den(?:y|ied|ies|ying)|reject\w*|if|unless|whether|would|could|"
                           r"may|might|threat\w*|risk\w*|aim\w*|bid|attempt\w*|try|tried|trying|refus\w*)\b", re.I)
_DENIED = re.compile(r"\b(?:den(?:y|ied|ies|ying)|reject\w*|dismiss\w*|refut\w*|not|never)\b", re.I)
_CLAUSE = re.compile(r"(?:[,;:\u2013\u2014(]|\s-\s|\bthat\s|\b(?:said|says|say|claimed|claims|insisted|"
                     r"reported|stated|added|told\s+\w+)\s)")
_ACT_NOUN = re.compile(r"\b(?:bombing|shelling|fire|fighting|airstrikes?|strikes?|attacks?|raids?|"
                       r"violence|hostilities|clashes|rockets?|mortars?)$", re.I)
_VOID = {"it", "this", "that", "they", "he", "she", "who", "which", "there", "we", "i", "you", "each",
         "both", "the", "side", "one"}
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+)?$", re.I)   # "Turkey is violating"
_AUX_TAIL = re.compile(r"(?:\s+(?:\w+ly|had|have|has|is|are|was|were|been|also|again|then|now|later))+$", re.I)
def _party(np: str | None) -> str | None:
    """A party that can be blamed or blame: no pronoun, no act ('bombing resumed')."""
    if not np:
        return None
    np = _AUX_TAIL.sub("", WHEN_TAIL.sub("", _AUX_TAIL.sub("", np.strip(" ,"))))   # "Pakistan on Thursday"
    if not np or np.lower() in _VOID or len(np.split()) > 8 or _ACT_NOUN.search(np):
        return None
    return np if side(np) or party_names(np) else None


def blamed(text: str, m: re.Match) -> tuple[str | None, str | None]:
    """(the party blamed for the breach at `m`, the accuser when an accusation frame names
    them), or (None, None) when the breach is not asserted."""
    acc = ACCUSED.search(text[:m.start()])
    if acc:
        sub = subject_before(text[:acc.start()])
        return _party(acc.group(1)), _party(sub[0]) if sub else None
    if m.group("noun"):
        return None, None
    if m.group("by"):                # "the truce was broken by government forces"
        return _party(_np_from(text[m.end():])), None
    cut = max((x.end() for x in _CLAUSE.finditer(text[:m.start()])), default=0)
    lead = text[cut:m.start()]
    if _NOT_ASSERTED.search(lead) or _DENIED.search(text[max(0, cut - 40):cut]) \
            or (m.group().split()[0].lower().endswith("ing") and not _PROGRESSIVE.search(lead)):
        return None, None            # "denied violating", a participle whose agent is an act
    return _party(lead), None


def _claims(art: Article, ctx: dict) -> list[tuple]:
    out = []
    res = ctx["res"][art.id]
    for s in ctx["sents"][art.id]:
        m = BREACH.search(s.text)
        if not m or s.text[:1] in "\"\u201c\u2018'" or RECIPROCAL.search(s.text):
            continue
        who, accuser = blamed(s.text, m)
        held = accuser or _party(claim_holder(s.text, res, s.start))
        if held and (not who or not kin(held, who)):
            out.append((art, s, held, who))
    return out


def rivals(c1: tuple, c2: tuple) -> bool:
    """Each holder blames a party outside its side, the blamed differ, and one holder is of
    the side the other blames."""
    (_, _, h1, x1), (_, _, h2, x2) = c1, c2
    if not x1 or not x2 or kin(x1, x2) or kin(h1, h2) or h1 == h2:
        return False
    return kin(h2, x1) or kin(h1, x2)


def _reciprocal(art: Article, ctx: dict) -> list[Dispute]:
    """'A and B accused each other of violating the truce': one sentence, two holders."""
    for s in ctx["sents"][art.id]:
        m = RECIPROCAL.search(s.text)
        if not m or not _FOR_WHAT.search(s.text[m.end():m.end() + 80]):
            continue
        cut = max((x.end() for x in _CLAUSE.finditer(s.text[:m.start()])), default=0)
        lead = re.sub(r"(?:\s+(?:have|has|had|again|also|\w+ly))+\s*$", "", s.text[cut:m.start()].strip())
        parts = re.split(r"\s+and\s+", lead)
        if len(parts) != 2:
            continue
        a, b = _party(parts[0]), _party(parts[1])
        if a and b and not kin(a, b):
            return [Dispute(f"who is to blame: {a} vs {b}", [_claim(art, s, a), _claim(art, s, b)],
                            "responsibility")]
    return []


@detector("blame_breach")
def breach_blame(articles: list[Article], ctx: dict) -> list[Dispute]:
    found = [c for art in articles for c in _claims(art, ctx)]
    for i, c1 in enumerate(found):
        for c2 in found[i + 1:]:
            if not rivals(c1, c2):
                continue
            sides = [c1, c2]
            for c in found:                   # the same account from more holders of each side
                if c not in sides and len(sides) < 6 and any(
                        (c[3] and kin(c[3], r[3])) or (not c[3] and kin(c[2], r[2])) for r in (c1, c2)):
                    sides.append(c)
            return [Dispute(f"who broke it: {c1[3]} ({c1[2]}) vs {c2[3]} ({c2[2]})",
                            [_claim(a, s, h) for a, s, h, _ in sides], "responsibility")]
    return [d for art in articles for d in _reciprocal(art, ctx)][:1]
