"""Toll disputes of one story that are one dispute told twice.

Why: when the records of one attack are split (the attack, the siege that ended it), each
record's sources give their own figures and each yields a toll dispute with the same title;
a reader sees the same quarrel twice, the second one noise. `dedupe` does the same for
every detector's output: a dispute whose claims mostly sit in a larger one is that one.
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


def dedupe(disputes: list[Dispute]) -> list[Dispute]:
    """Drop a dispute whose claims mostly sit in a larger one; larger disputes first. Two
    toll disputes sharing a figure are one: the smaller's other figures join the larger one
    holding most of its claims (one article's ministry-vs-doctors toll, another's figure)."""
    out: list[Dispute] = []
    for d in sorted(disputes, key=lambda d: -len({(c.article, c.span.start) for c in d.claims})):
        keys = {(c.article, c.span.start) for c in d.claims}
        shared = {id(o): len(keys & {(c.article, c.span.start) for c in o.claims}) for o in out}
        kept = sorted((o for o in out if shared[id(o)] >= 0.5 * len(keys) and (o.kind == d.kind or len(keys) < 2)),
                      key=lambda o: -shared[id(o)])     # the one holding most of its claims first
        if kept and d.kind == kept[0].kind == "count":
            _fold(kept[0], d)
        if kept:
            continue                  # mostly the same claims as a dispute already kept
        out.append(d)
    return out


MAX_CLAIMS = 6


def _fold(into: Dispute, d: Dispute) -> None:
    """Add `d`'s claims that `into` lacks (a sentence already there is not repeated)."""
    have = {(c.article, c.span.start) for c in into.claims}
    for c in d.claims:
        if (c.article, c.span.start) not in have and len(into.claims) < MAX_CLAIMS:
            into.claims.append(c)
            have.add((c.article, c.span.start))
