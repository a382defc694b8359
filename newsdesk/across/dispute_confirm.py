"""A party that cannot confirm what others report: "Kenyatta cannot confirm reports that
American and British nationals are among the attackers" against "the FBI is investigating
claims that up to five of the terrorists ... are Americans".

Why a detector of its own: the unconfirming sentence names the claim only as "reports" or
"claims", never its holder, and rarely sits next to it, so the contrast and denial detectors
miss it; yet an analyst must see that an official would not stand behind a circulating claim.
The signal is generic and two-fold: a refusal or inability to confirm whose object is a
report, claim or that-clause (not "confirm or deny", which takes no side), and another
sentence of the story stating the same thing (two content words in common, the attackers'
many names counted as one word), held by another party.
"""
from __future__ import annotations

import re

from ..extract.speakers import subject_before
from ..model import Article, Dispute
from .dispute_sides import one_side
from .disputes import _STOP, _claim, detector, holder

UNCONFIRMED = re.compile(
    r"\b(?:can(?:not|'t|’t| not)|could(?: not|n't|n’t)|(?:was|were|is|are) unable to|would(?: not|n't|n’t)|"
    r"declined to|refused to)\s+(?:immediately\s+|independently\s+|yet\s+)?(?:confirm|verify)\s+"
    r"(?!or\b)(?:(?:the\s+)?(?:reports?|claims?|rumou?rs?|accounts?)\s+(?:that\s+)?|that\s+)"
    r"([^;:\n]{10,160}?)(?=[,;.]|$)", re.I)
_ATTACKERS = re.compile(r"\b(?:gunm[ae]n|attackers?|assailants?|terrorists?|militants?|bombers?|shooters?)\b", re.I)
_SKIP = _STOP | {"among", "amongst", "reports", "report", "claims", "claim", "were", "being"}
MIN_SHARED = 2
MAX_SIDE = 3


def _words(text: str) -> set[str]:
    """Content stems of a text, with every name for the attackers read as one word; a
    capitalised stem stays apart from a lower-case one ("Nation" is no "nationals")."""
    text = _ATTACKERS.sub(" culpritword ", text)
    return {w[:4] for w in re.findall(r"[A-Za-z]{4,}", text) if w.lower() not in _SKIP}


def _party(art: Article, s, m: re.Match, res) -> str | None:
    sub = subject_before(s.text[:m.start()])
    if sub and sub[0].lower() not in {"it", "this", "that", "which", "who", "there"}:
        return res.resolve(sub[0], s.start + sub[1], [])[0] if res else sub[0]
    return holder(s.text, res, s.start)


@detector("unconfirmed")
def unconfirmed(articles: list[Article], ctx: dict) -> list[Dispute]:
    out = []
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            m = UNCONFIRMED.search(s.text)
            who = _party(art, s, m, res) if m else None
            if not who:
                continue
            topic = _words(m.group(1))
            sides = []
            for a in articles:
                for o in ctx["sents"][a.id]:
                    shared = topic & _words(o.text)
                    if o is s or UNCONFIRMED.search(o.text) or len(shared) < MIN_SHARED:
                        continue
                    other = holder(o.text, ctx["res"][a.id], o.start) or a.outlet or a.id
                    if not one_side(who, other) and other.split()[-1].lower() != who.split()[-1].lower():
                        sides.append((len(shared), a, o, other))
            if sides:
                sides.sort(key=lambda x: -x[0])
                claims = [_claim(a, o, h) for _, a, o, h in sides[:MAX_SIDE]] + [_claim(art, s, who)]
                what = " ".join(m.group(1).split()[:8])
                out.append(Dispute(f"whether {what}: {who} cannot confirm", claims, "occurrence"))
    return out[:1]
