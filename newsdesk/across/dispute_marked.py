"""Disputes the reporter names: "Each party put enemy losses in the hundreds, rival claims that
could not be independently verified."

Why a detector of its own: the parties' figures sit in the sentences before ("the ministry
said 31 of its soldiers were killed", "Karabakh acknowledged the loss of 30 fighters"), each
attributed but none contradicting the other in words; the reporter's "rival claims" is what
says they conflict. The marker must name claims, accounts, figures or versions (not "reports",
which often means only that news is unclear), and at least one earlier sentence of the
paragraph run must give an attributed figure.
"""
from __future__ import annotations

import re

from ..model import Article, Dispute
from .disputes import _claim, detector, holder

MARKER = re.compile(r"\b(?:rival|conflicting|contradictory|competing|contradicting)\s+"
                    r"(?:claims|accounts|figures|tolls|versions)\b", re.I)
FIGURE = re.compile(r"\b\d[\d,]*\b")
LOOK_BACK = 2


@detector("marked")
def marked(articles: list[Article], ctx: dict) -> list[Dispute]:
    out = []
    for art in articles:
        res, sents = ctx["res"][art.id], ctx["sents"][art.id]
        for i, s in enumerate(sents):
            mark = MARKER.search(s.text)
            if not mark:
                continue
            before = [(p, holder(p.text, res, p.start)) for p in sents[max(0, i - LOOK_BACK):i]]
            sides = [(p, h) for p, h in before if h and FIGURE.search(p.text)]
            if not sides:
                continue
            claims = [_claim(art, p, h) for p, h in sides] + [_claim(art, s, holder(s.text, res, s.start))]
            about = s.text[:mark.start()].rstrip(" ,;:–—-") or s.text     # what the claims are about
            out.append(Dispute(f"rival claims: {' '.join(about.split()[:10])}", claims, "claim"))
    return out[:1]
