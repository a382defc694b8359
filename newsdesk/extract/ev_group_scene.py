"""Which attack a faceless attack mention retells, when more than one could host it.

Why: an article often leads with one attack and goes on to another ("... 38 killed in a
fire in Odessa. ... the same day Ukraine began an assault in Sloviansk. ... the aircraft
were shot down"); a later mention with no toll, actor or place of its own belongs to the
scene the article was on, not to the article's first attack.
"""
from __future__ import annotations

from .grp_link import means


def in_scene(art, hosts: list, g):
    """The host of a faceless attack mention: the attack whose scene the article was on last
    before it ("... a military assault in Sloviansk. ... It said the aircraft were shot down
    ..." is Sloviansk's, not the fire that opened the article). The first host keeps it when
    the article comes back to that host after the mention (the mention sits inside its
    telling), when one sentence names two hosts' scenes, or when the last scene's means
    differ from the mention's."""
    first, last = min(c.sent for c in g.cands), max(c.sent for c in g.cands)
    if any(c.sent > last for c in hosts[0].cands):
        return hosts[0]
    mine = set().union(*(means(c) for c in g.cands))
    for i in range(first, -1, -1):
        text = art.sentences[i].text
        hit = [h for h in hosts if any(c.sent == i for c in h.cands) or any(p in text for p in h.places)]
        if len(hit) > 1:
            return hosts[0]
        if hit:
            theirs = set().union(*(means(c) for c in hit[0].cands))
            return hosts[0] if mine and theirs and not mine & theirs else hit[0]
    return hosts[0]
