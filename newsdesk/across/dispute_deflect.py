"""Who did it, when the accused points elsewhere: a ministry blames rebels for burning a market,
while a stallholder says soldiers lit the stalls.

Why a detector of its own: `culprit` needs blame to run both ways between two camps (rebels
name the state, the state names the rebels). A crackdown's abuses are often told the other way
round: victims, witnesses or monitors name the state's forces, and the state, the party they
accuse, names a third camp (insurgents, the residents themselves). No contrast opener links the
sentences and they rarely share an article. The signal is generic: one act both claims name
(an arson, a shooting), the agent each names, and the deflection shape - one holder's camp is
the camp another claim names as the culprit, while that holder names another camp itself.
Precision first: both holders are read, the culprits' camps are known and differ, the
deflecting holder has a camp and the other holder stands outside it, and nobody blames itself.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_culprit import _np_from, camp, claim_holder, culprit
from .dispute_sides import one_side
from .disputes import _claim, detector

# the acts whose culprit parties trade (registry: family -> the act told in the sentence)
ACTS: dict[str, re.Pattern] = {
    "arson": re.compile(
        r"\b(?:set(?:ting)?\s+(?:fire\s+to|(?:the\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:on\s+fire|ablaze|alight)"
        r"|the\s+(?:[\w-]+\s+)?(?:fires?|blazes?))"
        r"|burn(?:ed|t|ing)\s+(?:down\s+)?(?:their\s+(?:own\s+)?|the\s+|its\s+)?(?:[\w-]+\s+)?"
        r"(?:houses|homes|villages?|buildings?|huts|shops|mosques?|churches)"
        r"|torch(?:ed|ing)\s+|arson\b"
        r"|start(?:ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:fires?|blazes?))", re.I),
    "shooting": re.compile(r"\b(?:shot\s+(?:dead\s+)?(?:the\s+)?(?:protesters|demonstrators|crowds?|"
                           r"civilians|villagers|worshippers)|opened\s+fire\s+on|fired\s+(?:live\s+\w+\s+)?"
                           r"(?:on|into)\s+(?:the\s+)?(?:protesters|demonstrators|crowds?|civilians))", re.I),
}
# "accuse the army - flanked by mobs - of burning": the accused, an aside allowed
ACCUSED_OF = re.compile(r"\baccus(?:e|ed|es|ing)\s+((?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)"
                        r"(?:\s+[-\u2013\u2014]\s+[^-\u2013\u2014]{1,80}[-\u2013\u2014])?\s+of\b", re.I)
# "violence perpetrated by X", "fires started by X", "driven out by X"
DONE_BY = re.compile(r"\b(?:perpetrated|committed|started|set|burned|burnt|torched|driven\s+out|carried\s+out|"
                     r"arson)\s+by\s+", re.I)
# "Refugees who reached the border allege ...": the accuser is the subject of the charge verb
CHARGE = re.compile(r"\b(?:allege[sd]?|accuse[sd]?)\b", re.I)
_VOID = {"it", "this", "that", "they", "he", "she", "who", "which", "there", "we", "i", "you", "them"}
_OWN = re.compile(r"(?:his|her|their|our|its|my)\b", re.I)     # "his men": the holder's own side
_PRONOUN_OPEN = re.compile(r"^\W*(?:It|They)\s+(?:also\s+)?(?:blam|accus|sa(?:id|ys)|claim|insist)", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}(?:\([^)]{1,20}\))?\s*[-\u2013\u2014]+\s*")


def _subject(text: str, start: int) -> str | None:
    """The grammatical subject of the act verb at text[start:] (through a coordinated verb:
    'gunmen invaded villages and set fire to houses')."""
    from ..nlp import parse_one
    try:
        doc = parse_one(text)
    except Exception:              # the parser is another layer's; never let it stop us
        return None
    tok = next((t for t in doc if t.idx >= start), None)
    seen = 0
    while tok is not None and seen < 4:
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            if subj[0].dep_ == "nsubjpass":
                return None        # passive: the agent, if any, was read by DONE_BY
            sub = subj[0]
            words = [t for t in sub.subtree if t.dep_ not in ("relcl", "acl", "appos")]
            return " ".join(t.text for t in words) if len(words) <= 14 else sub.text
        if tok.dep_ not in ("conj", "xcomp") or tok.head is tok:
            return None
        tok, seen = tok.head, seen + 1
    return None


def agent(text: str, act: re.Match) -> str | None:
    """The party a sentence names as the one who did the act."""
    who = culprit(text)
    if who:
        return who
    m = ACCUSED_OF.search(text)
    if m:
        return m.group(1)
    subj = _subject(text, act.start())
    if subj:
        return subj
    m = DONE_BY.search(text)
    return _np_from(text[m.end():]) if m else None


def _holder(art: Article, sents, i: int, res) -> str | None:
    """Who tells the sentence; 'It blames ...' is the holder of the sentence before."""
    s = sents[i]
    who = claim_holder(s.text, res, s.start)
    if who and who.lower() not in _VOID:
        return who
    charge = CHARGE.search(s.text)
    if charge:
        lead = re.split(r"\s+(?:who|which|that)\s+", s.text[:charge.start()].strip())[0]
        if 0 < len(lead.split()) <= 6 and "," not in lead:
            return lead
    if i and _PRONOUN_OPEN.match(s.text):
        prev = sents[i - 1]
        who = claim_holder(prev.text, res, prev.start)
        return who if who and who.lower() not in _VOID else None
    return None


def _claims(art: Article, ctx: dict) -> list[tuple]:
    out = []
    res, sents = ctx["res"][art.id], ctx["sents"][art.id]
    for i, s in enumerate(sents):
        for family, pat in ACTS.items():
            act = pat.search(s.text)
            if not act:
                continue
            who = agent(_DATELINE.sub("", s.text), pat.search(_DATELINE.sub("", s.text)) or act)
            held = _holder(art, sents, i, res)
            if not who or not held or who.lower() in _VOID or _OWN.match(who) or one_side(held, who) \
                    or held.lower() in who.lower() or who.lower() in held.lower():
                continue
            out.append((art, s, held, camp(held), who, camp(who), family))
    return out


@detector("deflect")
def deflected(articles: list[Article], ctx: dict) -> list[Dispute]:
    found = [c for art in articles for c in _claims(art, ctx)]
    for a1, s1, h1, hc1, w1, wc1, f1 in found:
        if not hc1 or not wc1 or wc1 == hc1:
            continue                          # the deflecting side: a camp naming another camp
        accusers = [c for c in found if c[6] == f1 and c[5] == hc1 and c[3] != hc1
                    and c[1] is not s1 and not one_side(h1, c[2])]
        if not accusers:
            continue
        deflectors = [c for c in found if c[6] == f1 and c[3] == hc1 and c[5] and c[5] != hc1]
        claims = [_claim(a, s, h) for a, s, h, *_ in (deflectors[:3] + accusers[:3])]
        w2, h2 = accusers[0][4], accusers[0][2]
        return [Dispute(f"who did it: {w1} ({h1}) vs {w2} ({h2})", claims, "responsibility")]
    return []
