"""Whether a takeover happened: "a general says the president has been overthrown" against
"the presidency said there was no coup" or "the attempted coup had failed".

Why a detector of its own: the two sides rarely share a sentence, a figure or a contrast
word, and the failure side often comes from a third party (the plotters' own later
admission, the presidency's tweets), so the contrast, denial and count detectors miss it;
yet whether power changed hands is the first thing an analyst must see in dispute. The
signal is generic: a sentence stating a ruler or government removed ("has been overthrown",
"had seized power") and another stating the attempt failed or denying it ("no coup",
"denied the overthrow", "the attempt has failed"), held by parties not on one side.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .dispute_sides import one_side
from .disputes import _claim, detector, holder

_Q = r"[\"“‘']?"
REMOVED = re.compile(
    r"\b(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?" + _Q + r"(?:overthrown|ousted|toppled|deposed|"
    r"dismissed|removed from power)\b|overthrew\b|(?:had|has|have)\s+(?:seized|taken)\s+(?:power|control of "
    r"the (?:country|government|state))\b)", re.I)
FAILED = re.compile(
    r"\b(?:(?:coup|putsch|takeover|uprising|mutiny|attempt|plot|overthrow)\b[^.;]{0,60}?\b(?:(?:has|had|have)\s+)?"
    r"(?:failed|been (?:foiled|thwarted|crushed|defeated)|not succeeded)\b|there was no coup\b|"
    r"denie[sd] the (?:overthrow|coup|takeover)\b)", re.I)
MAX_SIDE = 2


def _sides(articles: list[Article], ctx: dict, cue: re.Pattern) -> list[tuple]:
    """(article, sentence, holder) of every attributed sentence the cue matches."""
    out = []
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            if cue.search(s.text) and (who := holder(s.text, res, s.start)):
                out.append((art, s, who))
    return out


@detector("outcome")
def outcome(articles: list[Article], ctx: dict) -> list[Dispute]:
    done = _sides(articles, ctx, REMOVED)
    failed = [x for x in _sides(articles, ctx, FAILED) if not REMOVED.search(x[1].text)]
    done = [x for x in done if not FAILED.search(x[1].text)]
    failed = [x for x in failed if not any(one_side(x[2], d[2]) for d in done)]
    if not done or not failed:
        return []
    claims = [_claim(a, s, h) for a, s, h in done[:MAX_SIDE] + failed[:MAX_SIDE]]
    return [Dispute(f"whether the takeover succeeded: {done[0][2]} vs {failed[0][2]}", claims, "occurrence")]
