"""A passive denial that points back at the sentence before it: "The ministry said the convoy
was stopped because it carried arms. This was denied by the drivers' union."

Why a detector of its own: the denial detector reads an anaphoric denial in the active voice
("the union denied this"), and `dispute_denied_from.py` reads "That claim was denied by X" only
inside a story where some party's report is also denied by name. News wire copy often answers a
claim with a bare passive ("This was denied by ...", "That account was rejected by ...") and no
noun naming whose claim it was; the claim is the sentence just before. The signal is generic:
a sentence that opens with "This" / "That" (or a determiner + report noun), a passive
denial verb and a by-phrase naming the denier; a bare "It was rejected by" is left out (a
bill, an appeal or a request is rejected too). Precision first: the previous sentence must
state something (not a bare attribution) and, when it names a holder, that holder must not be
on the denier's side; one dispute per story.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_holders import after_previous
from .dispute_sides import one_side, states_claim
from .disputes import _claim, detector, holder

_NOUN = r"(?:claims?|accounts?|versions?|reports?|allegations?|assertions?|charges?|statements?|explanations?|suggestions?)"
PASSIVE_BACK = re.compile(
    r"^\W*(?:this|that|(?:this|that|these|those|such|the)\s+(?:\w+\s+)?" + _NOUN + r")\s+"
    r"(?:was|were|has\s+been|have\s+been|is|are)\s+(?:\w+ly\s+)?"
    r"(?:denied|rejected|disputed|dismissed|refuted|contradicted)\s+by\s+(?P<who>[^.,;]{3,80})", re.I)


@detector("denied_passive")
def denied_passive(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the claim and the passive denial right after it."""
    for art, res, prev, s in after_previous(articles, ctx, PASSIVE_BACK):
        who = PASSIVE_BACK.search(s.text).group("who").strip()
        hp = holder(prev.text, res, prev.start)
        if not states_claim(prev.text) or (hp and one_side(hp, who)):
            continue
        return [Dispute(f"whether it holds: {hp or art.outlet or 'the report'} vs {who}",
                        [_claim(art, prev, hp), _claim(art, s, who)], "occurrence")]
    return []
