"""A party that rejects another party's account: "relatives refused to accept the Malaysian
account of events", "the family disputes the police version", "the opposition rejected the
official toll".

Why a detector of its own: the rejecting sentence names the other side only as the owner of
an account ("the Malaysian account", "the police version"), never as a holder, so the
contrast and denial detectors, which pair two attributed sentences, miss it; yet whose
account of what happened stands is exactly what an analyst must see disputed. The account
is found as a sentence of the story attributed to that owner (a holder whose name shares
the owner's word stem, or an official voice for "official"), and without one no dispute is
made: precision first. A bare rejection ("But others disputed the police version.") says
nothing of its own: its rival account is the sentence after it (`dispute_told_next.py`).
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from ..extract.speakers import subject_before
from .disputes import _claim, detector, holder
from .dispute_told_next import told_next

_OWNER = r"(?:(official|government|police|military|army|authorities|[A-Z][\w'’-]+?)(?:['’]s?)?\s+)"
REJECTS = re.compile(r"\b(?:refus\w* to accept|reject(?:ed|s|ing)?|disput(?:ed|es|ing)|"
                     r"cast(?:s|ing)? doubt (?:on|over)|(?:do|does|did) not (?:accept|believe))\s+"
                     r"(?:the\s+|an?\s+)?" + _OWNER + r"(?:official\s+)?"
                     r"(account|version|explanation|findings?|conclusions?|narrative|figures?|toll)s?\b")
_OFFICIAL = {"official", "government", "authorities"}
_OFFICIAL_HOLDER = re.compile(r"\b(?:officials?|government|minist\w+|authorities|spokes\w+|police|"
                              r"army|military|president|prime minister|PM)\b", re.I)
_VOID = {"it", "this", "that", "which", "who", "there"}


def _stem(word: str) -> str:
    return word.lower()[:5]


def _owns(owner: str, who: str | None) -> bool:
    """Whether a holder speaks for the account's owner ("Malaysian" / "Malaysian PM")."""
    if not who:
        return False
    if owner.lower() in _OFFICIAL:
        return bool(_OFFICIAL_HOLDER.search(who))
    return any(_stem(w) == _stem(owner) for w in re.findall(r"[A-Za-z]{3,}", who))


@detector("account")
def account(articles: list[Article], ctx: dict) -> list[Dispute]:
    rejections = []
    for art in articles:
        for s in ctx["sents"][art.id]:
            m = REJECTS.search(s.text)
            if not m or s.text[:1] in "\"“‘'":
                continue
            sub = subject_before(s.text[:m.start()])
            if sub and sub[0].lower() not in _VOID:
                rejections.append((art, s, sub[0], m.group(1)))
    out = []
    for art, s, who, owner in rejections:
        if _owns(owner, who):
            continue                        # a party rejecting its own account is no dispute
        best = None
        for other in [art] + [a for a in articles if a is not art]:
            res = ctx["res"][other.id]
            for t in ctx["sents"][other.id]:
                if t is s:
                    continue
                h = holder(t.text, res, t.start)
                if _owns(owner, h) and not REJECTS.search(t.text):
                    best = (other, t, h)
                    break
            if best:
                break
        if best:
            said = told_next(art, s, ctx, REJECTS) or (s, who)
            out.append(Dispute(f"{who} rejects the {owner} {s.text[s.text.find(owner):].split()[1]}",
                               [_claim(best[0], best[1], best[2]), _claim(art, *said)], "claim"))
    return out[:1]
