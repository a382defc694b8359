"""A party's account against that party's own later admission: "Stinson maintained her story
that the boy was abducted" / "Ms. Stinson later admitted to leaving the child in the woods";
"the army insisted the plane was not hit" / "the army later acknowledged a missile struck it".

Why a detector of its own: the two sides come from one party at two times (often in two
outlets), so the contrast and denial detectors, which want two different holders, never
pair them; yet whether the first account happened is exactly what an analyst must see
disputed. The signal is generic: a claim verb (maintained, insisted, claimed, denied) and
an admission verb (admitted, confessed, acknowledged, conceded, recanted) whose subjects
resolve to the same named party, in different sentences of one story. A claim sentence that
itself admits something is not the account being contradicted; an admission neither told
as coming later ("later admitted", "has since conceded") nor sharing a word with the
account (the party's name aside) admits something else ("rumours he has denied" against
"he admitted that social media had been part of the problem").
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from ..extract.speakers import subject_before
from .disputes import _claim, _content, detector

CLAIMED = re.compile(r"\b(?:maintain(?:ed|s)|insist(?:ed|s)|den(?:ied|ies)|"
                     r"claim(?:ed|s)(?! (?:responsibility|credit)))\b")    # claiming an attack admits it
ADMITTED = re.compile(r"\b(?:admit(?:ted|s)|confess(?:ed|es)|acknowledg(?:ed|es)|conced(?:ed|es)|"
                      r"recant(?:ed|s))\b")
# the admission told as coming after the account
LATER = re.compile(r"\b(?:later|eventually|finally|subsequently|since|afterwards|now|then)\b", re.I)
_VOID = {"it", "this", "that", "there", "which", "who", "they", "we", "i", "you", "police",
         "officials", "authorities"}


def _party(text: str, m: re.Match, res, offset: int) -> tuple[str, str] | None:
    """(key, name) of the named party that is the subject of the verb at `m` (a pronoun
    resolved); the key is the name's last capitalised word, lower-cased."""
    sub = subject_before(text[:m.start()])
    if not sub or sub[0].lower() in _VOID:
        return None
    name = res.resolve(sub[0], offset + sub[1], [], offset)[0] if res else sub[0]
    caps = re.findall(r"\b[A-Z][a-z]{2,}", name or "")
    return (caps[-1].lower(), name) if caps else None


@detector("admission")
def admission(articles: list[Article], ctx: dict) -> list[Dispute]:
    claims: dict[str, list] = {}
    admits: dict[str, list] = {}
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            if s.text[:1] in "\"“‘'":
                continue                    # inside a quotation: the party's own words
            a = ADMITTED.search(s.text)
            if a:
                who = _party(s.text, a, res, s.start)
                if who:
                    admits.setdefault(who[0], []).append((art, s))
                continue
            c = CLAIMED.search(s.text)
            who = _party(s.text, c, res, s.start) if c else None
            if who:
                claims.setdefault(who[0], []).append((art, s, who[1]))
    out = []
    for who, said in claims.items():
        if who not in admits:
            continue
        said = [(a, s, h) for a, s, h in said
                if any(LATER.search(t.text) or (_content(t.text) & _content(s.text)) - _content(h)
                       for _, t in admits[who])]
        if not said:
            continue
        holder = said[0][2]
        parts = [_claim(a, s, holder) for a, s, _ in said[:2]] + \
                [_claim(a, s, f"{holder} (later admission)") for a, s in admits[who][:2]]
        out.append(Dispute(f"{holder}'s account vs {holder}'s admission", parts, "occurrence"))
    return out[:1]
