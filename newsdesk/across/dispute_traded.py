"""Blame traded over one attack: "the defence ministry said the rebels shelled the depot"
against "the rebel command accused the army of striking it to hide its own losses".

Why a detector of its own: `culprit` pairs the two accounts by actor class (the state against
its armed foes), so two states, or two parties of one class, blaming each other read as one
camp; `blame_breach` wants a broken pact; and the two accusations seldom share an article,
an opener or a denial verb. Yet which side did it is the story's open question. The signal
is generic: a named holder says a named party did the act ("X said Y struck", "X accused Y
of striking", "X blamed the blast on Y", "the attack was carried out by Y"), and another
holder of the story, of the side the first one blames, blames the first holder's side in
turn. Precision first: both holders and both blamed parties are named parties, the blame
runs both ways, and a negated act ("said Y had not struck") blames no one. A sentence
telling that the sides blamed each other joins the dispute as a further claim.
"""
from __future__ import annotations

import re

from ..extract.speakers import subject_before
from ..model import Article, Dispute
from .dispute_blame import RECIPROCAL, _party
from .dispute_culprit import _np_from, claim_holder
from .dispute_sides import kin
from .disputes import _claim, detector

_DID = (r"(?:struck|attacked|shelled|bombed|hit|fired\s+on|targeted|carried\s+out|launched|"
        r"perpetrated|committed|caused|staged|orchestrated)")
_DOING = (r"(?:striking|attacking|shelling|bombing|hitting|targeting|killing|firing\s+on|carrying\s+out|"
          r"launching|staging|committing|perpetrating|causing|orchestrating)")
_ACT = r"(?:attacks?|strikes?|air\s*strikes?|blasts?|explosions?|bombings?|shelling|massacres?|killings?)"
_NP = r"((?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+)"
# "accused Y of striking", "blamed Y for the attack"
ACCUSED_OF = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\s+" + _NP + r"\s+(?:of|for)\s+(?:the\s+|an?\s+)?"
                        r"(?:" + _DOING + r"|(?:[\w-]+\s+){0,2}?" + _ACT + r")\b", re.I)
# "blamed the blast on Y"
BLAMED_ON = re.compile(r"\bblam(?:ed|es|ing)\s+(?:the\s+|an?\s+|this\s+)?(?:[\w-]+\s+){0,3}?" + _ACT + r"\s+on\s+", re.I)
# "said (that) Y struck ...", "said the attack was carried out by Y"
SAID = re.compile(r"\b(?:said|says|claimed|claims|insisted|insists|alleged|alleges|maintained)\s+(?:that\s+)?", re.I)
DID_AFTER = re.compile(_NP + r"\s+(?:had\s+|has\s+|have\s+)?" + _DID + r"\b", re.I)
BY_AFTER = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _ACT + r"\s+(?:was|were|had\s+been)\s+"
                      r"(?:carried\s+out|launched|staged|perpetrated|caused|committed)\s+by\s+", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no|neither|nor|den(?:y|ied|ies|ying)|reject\w*)\b|n['\u2019]t\b", re.I)
_QUOTE_OPEN = "\"\u201c\u2018'"


def _holder(text: str, at: int, res, offset: int) -> str | None:
    sub = subject_before(text[:at])
    return _party(sub[0]) if sub else _party(claim_holder(text, res, offset))


def blame_of(text: str, res, offset: int) -> tuple[str, str] | None:
    """(holder, party it says did the act) for one sentence, or None."""
    m = ACCUSED_OF.search(text)
    if m and not _NEGATED.search(text[max(0, m.start() - 25):m.start()]):
        who, held = _party(m.group(1)), _holder(text, m.start(), res, offset)
        return (held, who) if who and held else None
    m = BLAMED_ON.search(text)
    if m and not _NEGATED.search(text[max(0, m.start() - 25):m.start()]):
        who, held = _party(_np_from(text[m.end():])), _holder(text, m.start(), res, offset)
        return (held, who) if who and held else None
    for s in SAID.finditer(text):
        rest = text[s.end():]
        by = BY_AFTER.match(rest)
        if by:
            who = _party(_np_from(rest[by.end():]))
        else:
            d = DID_AFTER.match(rest)
            who = _party(d.group(1)) if d and not _NEGATED.search(d.group()) else None
        held = _holder(text, s.start(), res, offset) if who else None
        if who and held:
            return held, who
    return None


def _claims(art: Article, ctx: dict) -> list[tuple]:
    out = []
    res = ctx["res"][art.id]
    for s in ctx["sents"][art.id]:
        if s.text[:1] in _QUOTE_OPEN or RECIPROCAL.search(s.text):
            continue
        got = blame_of(s.text, res, s.start)
        if got and not kin(*got):
            out.append((art, s, *got))
    return out


@detector("traded")
def traded(articles: list[Article], ctx: dict) -> list[Dispute]:
    found = [c for art in articles for c in _claims(art, ctx)]
    for i, (a1, s1, h1, p1) in enumerate(found):
        for a2, s2, h2, p2 in found[i + 1:]:
            if kin(h1, h2) or kin(p1, p2) or not (kin(h1, p2) and kin(h2, p1)):
                continue
            claims = [_claim(a1, s1, h1), _claim(a2, s2, h2)]
            for a, s, h, p in found:           # more holders telling either side's account
                if len(claims) < 6 and (s is not s1 and s is not s2) and (kin(h, h1) and kin(p, p1)
                                                                         or kin(h, h2) and kin(p, p2)):
                    claims.append(_claim(a, s, h))
            for art in articles:               # "the two sides blamed each other for the attack"
                for s in ctx["sents"][art.id]:
                    if len(claims) < 8 and RECIPROCAL.search(s.text):
                        claims.append(_claim(art, s, f"{h1} and {h2}"))
            return [Dispute(f"who carried it out: {p1} ({h1}) vs {p2} ({h2})", claims, "responsibility")]
    return []
