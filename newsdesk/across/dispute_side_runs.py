"""Attributed tolls side by side in one article, when a far later figure follows them.

Why a detector of its own: `count` reads an article's attributed figures as one run and starts
the run afresh when the next figure sits far on (another paragraph block: a reporter's count of
bodies at the scene); the run it judges is only the last one, so the rival figures told together
near the top ("the commissioner said 34 died", "the union said 36") were dropped when a lone
figure came later. Here every run closed by such a gap is judged by the same rules `count`
applies to the last one: two named holders or more, one scope, the figures counting one thing,
and figures that conflict. The last run is left to `count`, so nothing is told twice.
"""
from __future__ import annotations

from ..model import Article, Dispute
from .disputes import _anchors, _claim, _conflict, _content, _tolls, detector, holder
from .figures import counted_kinds

GAP = 600          # as `count`: a figure this far from the last one starts a new run


def _rival(run: list[tuple]) -> bool:
    """`count`'s test for one run of (sentence, holder, figure, qualifier)."""
    whos = {w.split()[-1].lower() for _, w, _, _ in run}
    scopes = {frozenset(_anchors(s.text)) for s, _, _, _ in run} - {frozenset()}
    about = [_content(s.text) for s, _, _, _ in run]
    same = all(about[i] & about[i + 1] for i in range(len(about) - 1)) and \
        len({counted_kinds(s.text) for s, _, _, _ in run}) == 1
    return len(whos) >= 2 and len(scopes) <= 1 and same and _conflict([(v, q) for _, _, v, q in run])


@detector("side_runs")
def side_runs(articles: list[Article], ctx: dict) -> list[Dispute]:
    out = []
    for art in articles:
        res = ctx["res"][art.id]
        run: list[tuple] = []
        closed: list[list[tuple]] = []
        for s, v, q in _tolls(art, ctx["sents"][art.id]):
            who = holder(s.text, res, s.start)
            if not who:
                continue
            if run and s.start - run[-1][0].end > GAP:
                closed.append(run)
                run = []
            run.append((s, who, v, q))
        for r in closed:
            if _rival(r):
                out.append(Dispute(f"death toll: {' vs '.join(w for _, w, _, _ in r[:4])}",
                                   [_claim(art, s, w) for s, w, _, _ in r[:6]], "count"))
    return out
