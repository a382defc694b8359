"""BCubed precision / recall / F1 of a clustering against gold (stories, merged events):
the metric our clustering bars are stated in, shared by the benches and the tests."""
from __future__ import annotations

from collections import defaultdict


def bcubed(pred: dict, gold: dict) -> tuple[float, float, float]:
    """(P, R, F1) over the items of `gold`; `pred` maps every gold item to a cluster id."""
    if not gold:
        return 0.0, 0.0, 0.0
    bp, bg = defaultdict(set), defaultdict(set)
    for i in gold:
        bp[pred[i]].add(i)
        bg[gold[i]].add(i)
    p = sum(len(bp[pred[i]] & bg[gold[i]]) / len(bp[pred[i]]) for i in gold) / len(gold)
    r = sum(len(bp[pred[i]] & bg[gold[i]]) / len(bg[gold[i]]) for i in gold) / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
