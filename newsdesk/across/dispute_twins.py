"""Toll disputes of one story that are one dispute told twice.

Why: when the records of one attack are split (the attack, the siege that ended it), each
record's sources give their own figures and each yields a toll dispute with the same title;
a reader sees the same quarrel twice, the second one noise.
"""
from __future__ import annotations

from ..model import Dispute


def join_shared(found: list[tuple[Dispute, set[int]]]) -> list[Dispute]:
    """One toll split over two records of one kind and place ("the attack" and "the siege"):
    two such disputes that state one same figure count the same dead, so they are one
    dispute (each article once). The sites of one attack (airport 11 vs 14, metro 20 vs
    15) share no figure and stay apart."""
    kept: list[tuple[Dispute, set[int]]] = []
    for d, figs in found:
        twin = next((k for k in kept if k[0].topic == d.topic and k[1] & figs), None)
        if twin is None:
            kept.append((d, set(figs)))
            continue
        have = {c.article for c in twin[0].claims}
        twin[0].claims.extend(c for c in d.claims if c.article not in have)
        twin[1].update(figs)
    return [d for d, _ in kept]
