"""A denial that names what it denies, answered across the story: "the navy denied reports that
its divers had mined the harbour" in one outlet, "the rebels' spokesman claimed their divers
mined the harbour" in another; and a denial that names whose claim it denies: "the ministry
denied Ruritanian claims that its jets crossed the border".

Why a detector of its own: `denied_claim` looks for the denied claim only a few sentences
back in the same article, and the denial detector wants an accuser named in the charge or an
anaphor ("denied this"). Across outlets the claim and its denial are each a plain sentence,
and a sentence that names both the claimant and the denier holds a whole dispute by itself.
The signals are generic: "denied (reports / claims) that <clause>" whose clause shares two
content words with an attributed claim of another party elsewhere in the story; or "denied
<Party> claims / allegations / reports that ...", the party a capitalised name or adjective.
Precision first: named parties not on one side, and a story keeps at most one of each.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_denied_claim import DENIED_THAT, _claimant, _party, _words
from .dispute_sides import kin, one_side
from .disputes import _claim, detector, holder

# "denied Azerian claims that ...", "rejected the Ruritanian government's allegations that ..."
NAMED_CLAIMS = re.compile(r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\s+(?:the\s+)?"
                          r"((?:[A-Z][\w-]+\s+){0,2}?[A-Z][\w-]+(?:['\u2019]s?)?(?:\s+[a-z]+){0,1}?)\s+"
                          r"(?:claims?|allegations?|reports?|accusations?|assertions?)\s+(?:that|of)\b")
# "denied reports that X destroyed Y but instead said Z": what is denied ends where its own account begins
_OWN_TURN = re.compile(r"\s+(?:but|and)\s+(?:instead\s+|rather\s+)?(?:said|says|insisted|added|claimed|maintained)\b")
# the denier: the words before the denial verb ("Armenia and its ally meanwhile denied")
DENIER = re.compile(r"^\W*((?:[\w'\u2019-]+\s+){0,7}?[\w'\u2019-]+)\s+(?:\w+ly\s+|meanwhile\s+|also\s+|on\s+\w+day\s+)*"
                    r"(?:has\s+|have\s+|had\s+)?(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\b")


@detector("denied_across")
def denied_across(articles: list[Article], ctx: dict) -> list[Dispute]:
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            m = DENIED_THAT.search(s.text)
            if not m or NAMED_CLAIMS.search(s.text) or not (who := _party(holder(s.text, res, s.start))):
                continue                # a denial naming its claimant is a dispute by itself (below)
            denied = _words(_OWN_TURN.split(m.group(1))[0])
            for other in articles:
                if other.id == art.id:
                    continue
                for o in ctx["sents"][other.id]:
                    claimant = _claimant(other, o, ctx["res"][other.id])
                    if not claimant or DENIED_THAT.search(o.text) or one_side(who, claimant) or kin(who, claimant):
                        continue
                    if len(denied & _words(o.text)) >= 2:
                        return [Dispute(f"whether {' '.join(m.group(1).split()[:8])}: {claimant} vs {who}",
                                        [_claim(other, o, claimant), _claim(art, s, who)], "occurrence")]
    return []


@detector("denied_named_claims")
def denied_named_claims(articles: list[Article], ctx: dict) -> list[Dispute]:
    for art in articles:
        for s in ctx["sents"][art.id]:
            m = NAMED_CLAIMS.search(s.text)
            d = DENIER.match(s.text[:m.end()]) if m else None
            if not d:
                continue
            claimant, denier = m.group(1), d.group(1)
            if one_side(claimant, denier) or claimant.split()[0].lower() in denier.lower():
                continue
            return [Dispute(f"{claimant} claims vs {denier}: {' '.join(s.text[m.end():].split()[:10])}",
                            [_claim(art, s, claimant), _claim(art, s, denier)], "claim")]
    return []
