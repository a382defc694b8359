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
from .dispute_holders import own_voice
from .disputes import _claim, detector, holder

_OPEN_QUOTE = "\"\u201c\u2018'"

_Q = r"[\"“‘']?"
REMOVED = re.compile(
    r"\b(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?" + _Q + r"(?:overthrown|ousted|toppled|deposed|"
    r"dismissed|removed from power)\b|overthrew\b|(?:had|has|have)\s+(?:seized|taken)\s+(?:power|control of "
    r"the (?:country|government|state))\b"
    r"|(?<!to\s)(?:seizes|seized|takes|took)\s+power\b"    # "the army seized power", not "tried to seize"
    # the soldiers' own announcement: "we have decided to put an end to the regime", not "vowed to"
    r"|\b(?:ha(?:ve|s|d)\s+(?:decided\s+to\s+)?put|decided\s+to\s+put)\s+an\s+end\s+to\s+the\s+"
    r"(?:regime|rule|government|presidency)\b"
    # a junta's first communique: "announced the creation of a National Salvation Council"
    r"|\b(?:announc\w+|proclaim\w*)\s+(?:the\s+)?(?:(?:creation|formation|establishment)\s+of\s+)?(?:an?\s+|the\s+)?"
    r"[\"“]?(?:[A-Z][\w-]+\s+){1,3}(?:Council|Committee)\b)", re.I)
FAILED = re.compile(
    r"\b(?:(?:coup|putsch|takeover|uprising|mutiny|attempt|plot|overthrow)\b[^.;]{0,60}?\b(?:(?:has|had|have)\s+)?"
    r"(?:failed|been (?:foiled|thwarted|crushed|defeated)|not succeeded)\b|there was no coup\b|"
    r"denie[sd] the (?:overthrow|coup|takeover)\b"
    # the government's side: the attempt put down, the situation in hand
    r"|\b(?:put|puts|putting)\s+down\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:coup|putsch|mutiny|uprising|attempt|rebellion)\b"
    r"|\b(?:foiled|thwarted|crushed|quashed|quelled)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
    r"(?:coup|putsch|mutiny|attempt|plot)\b"
    r"|\bsituation\s+(?:is|was|remained|remains)\s+[\"“]?(?:under\s+control|calm)\b"
    r"|\b(?:tried|attempted)\s+unsuccessfully\b)", re.I)     # the plotters "tried unsuccessfully to rally the army"
MAX_SIDE = 2


def _sides(articles: list[Article], ctx: dict, cue: re.Pattern, own: bool = False) -> list[tuple]:
    """(article, sentence, holder) of every attributed sentence the cue matches; with `own`,
    an outlet's own statement too ("Military seizes power" is the outlet reporting a fact)."""
    out, unsaid = [], []
    for art in articles:
        res = ctx["res"][art.id]
        for s in ctx["sents"][art.id]:
            if not cue.search(s.text):
                continue
            if who := holder(s.text, res, s.start):
                out.append((art, s, who))
            elif own and s.text[:1] not in _OPEN_QUOTE:
                unsaid.append((art, s, own_voice(art.outlet)))
    return out + unsaid              # a named holder speaks first for its side


@detector("outcome")
def outcome(articles: list[Article], ctx: dict) -> list[Dispute]:
    done = _sides(articles, ctx, REMOVED, own=True)
    failed = [x for x in _sides(articles, ctx, FAILED) if not REMOVED.search(x[1].text)]
    done = [x for x in done if not FAILED.search(x[1].text)]
    failed = [x for x in failed if not any(one_side(x[2], d[2]) for d in done)]
    if not done or not failed:
        return []
    claims = [_claim(a, s, h) for a, s, h in done[:MAX_SIDE] + failed[:MAX_SIDE]]
    return [Dispute(f"whether the takeover succeeded: {done[0][2]} vs {failed[0][2]}", claims, "occurrence")]
