"""Rival statements the reporter marks as such. A figure set against an earlier one: "Activists said at least 900 died" and,
further on, "In a conflicting report, a nurse at the field clinic said the toll stood at 140".

Why a detector of its own: `count` weighs each outlet's largest toll against the others', so two
rival figures inside one article never meet (the larger one stands for the article); `marked`
wants the reporter to name "rival claims" after the figures. Here the reporter opens the rival
figure with the contrast ("in a conflicting report", "in a contradictory account"), which is
what makes the two one quarrel. The signal is generic: the opener, a figure in its sentence,
and an earlier sentence of the same article a few sentences back giving another figure of the
same kind (a death toll against a death toll, else any count against a count). And a statement
the reporter says another's contradicts ("This seems to contradict remarks from ..."),
which points back to the sentence before it.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_holders import after_previous
from .disputes import _claim, _tolls, detector, holder, toll_holder

OPENER = re.compile(r"\b(?:in|by)\s+(?:a|an|one)\s+(?:conflicting|contradictory|differing|rival|competing)\s+"
                    r"(?:report|account|estimate|count|tally|version|statement)\b", re.I)
FIGURE = re.compile(r"(?<![\w,.])\d[\d,]*(?![\w,]\d)")
LOOK_BACK = 4


def _figures(text: str) -> set[int]:
    return {int(f.replace(",", "")) for f in FIGURE.findall(text)}


@detector("conflicting")
def conflicting(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: the first marked rival figure with the earlier figure it answers."""
    for art in articles:
        res, sents = ctx["res"][art.id], ctx["sents"][art.id]
        for i, s in enumerate(sents):
            if not OPENER.search(s.text) or not (mine := _figures(s.text)):
                continue
            toll = _tolls(art, [s])
            before = sents[max(0, i - LOOK_BACK):i]
            if toll:        # a toll answers a toll, a stated number before a word ("hundreds")
                rival = [p for p in before for _, v, _ in _tolls(art, [p]) if v[0] != toll[0][1][0]]
                rival = [p for p in rival if _figures(p.text)] or rival
                what = "death toll: " + " vs ".join(
                    str(v[0]) for v in [_tolls(art, [rival[-1]])[0][1], toll[0][1]]) if rival else ""
            else:
                rival = [p for p in before if _figures(p.text) - mine]
                what = "rival figures"
            if not rival:
                continue
            p = rival[-1]
            who = toll_holder if toll else holder
            claims = [_claim(art, p, who(p.text, res, p.start)), _claim(art, s, who(s.text, res, s.start))]
            return [Dispute(what, claims, "count")]
    return []


# "This seems to contradict remarks from the agency's spokesman, who said ...": the reporter
# sets the sentence before against another party's statement
CONTRADICTS = re.compile(r"^\W*(?:That|This|It|The\s+(?:claim|statement|account|remark|assertion)s?)\s+"
                         r"(?:(?:appeared|appears|seemed|seems)\s+to\s+|would\s+|also\s+)?"
                         r"contradict(?:s|ed)?\s+(?:a|an|the)?\s*(?:\w+\s+){0,2}?"
                         r"(?:statements?|claims?|accounts?|remarks?|assertions?|reports?|comments?)\b", re.I)


@detector("contradicted")
def contradicted(articles: list[Article], ctx: dict) -> list[Dispute]:
    """At most one per story: a sentence the reporter says another party's statement contradicts,
    with that statement (the sentence naming it)."""
    for art, res, p, s in after_previous(articles, ctx, CONTRADICTS):
        a, b = holder(p.text, res, p.start), holder(s.text, res, s.start)
        if a and b and a != b:
            return [Dispute(f"contradicting statements: {a} vs {b}", [_claim(art, p, a), _claim(art, s, b)],
                            "claim")]
    return []
