"""The claims of a toll dispute over one merged record: each outlet's sentence giving the
record's figure, and beside it the sentence where that outlet names who gave the figure.

Why: a record's toll often comes from a lede told in the outlet's own voice ("at least nine
people died on Monday"), while the source of the figure is named further down ("the governor
said nine people were confirmed dead"). An analyst weighing two tolls needs the sources,
so the attributed sentence stating the same figure is cited too (one per outlet); so for the
story's overall toll, where each outlet's largest figure may sit in its unattributed lede.
"""
from __future__ import annotations

from ..model import Claim
from .dispute_holders import own_voice, toll_holder


def cited(figs: dict, tolls: dict, by_id: dict, res: dict) -> list[Claim]:
    """`figs`: article -> (mention, span, qualifier) of the record's figure; `tolls`: article ->
    the article's stated tolls (sentence, (low, high), qualifier)."""
    claims = [Claim(a, toll_holder(sp.text, res[a], sp.start) or own_voice(by_id[a].outlet), sp)
              for a, (m, sp, _) in figs.items()]
    for a, (m, sp, _) in figs.items():
        for s, v, _ in tolls.get(a, []):
            who = toll_holder(s.text, res[a], s.start) if v[0] == m.dead.low and s.start != sp.start else None
            if who:
                claims.append(Claim(a, who, by_id[a].span(s.start, s.end)))
                break
    return claims


def beside(art, s, v: tuple, tolls: list, claim) -> list[Claim]:
    """The claim of an outlet's overall toll sentence `s` (figure `v`), and after it the first
    other sentence of the outlet stating the same figure with a named holder, if any."""
    first = claim(art.id, s)
    if first.holder != own_voice(art.outlet):
        return [first]
    for o, w, _ in tolls:
        if o.start != s.start and w[0] == v[0]:
            other = claim(art.id, o)
            if other.holder != own_voice(art.outlet):
                return [first, other]
    return [first]
