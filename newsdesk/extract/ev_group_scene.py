"""Which attack a faceless attack mention retells, when more than one could host it.

Why: an article often leads with one attack and goes on to another ("... 38 killed in a
fire in Odessa. ... the same day Ukraine began an assault in Sloviansk. ... the aircraft
were shot down"); a later mention with no toll, actor or place of its own belongs to the
scene the article was on, not to the article's first attack.
"""
from __future__ import annotations

import re

from .ev_group_apart import apart as _apart
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


# a craft brought down is a target of its own ("the aircraft were shot down"): an act on it is
# not the ground assault the article was telling unless that assault's sentences name it too
_CRAFT = r"aircraft|helicopters?|choppers?|planes?|airliners?|jets?|drones?|ships?|vessels?|boats?"
_CRAFT_HIT = re.compile(r"\b(" + _CRAFT + r")\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+$", re.I)


def own_target(art, c, host) -> bool:
    """The statement's trigger is told of a craft ("the aircraft were shot down") that none of
    the host's sentences names, or a reply strike or an act of another day (ev_group_apart.py)."""
    if _apart(c, host):
        return True
    text = art.sentences[c.sent].text
    for t in c.triggers:
        m = _CRAFT_HIT.search(text[max(0, t.start - 40):t.start])
        if m and not any(re.search(r"\b" + _CRAFT + r"\b", art.sentences[h.sent].text, re.I)
                         for h in host.cands):
            return True
    return False


def absorb(art, hosts: list, g) -> bool:
    """Fold the faceless attack group `g` into the host whose scene it is told in; a statement
    of a craft brought down that the host never names stays apart as its own act. True when
    nothing of `g` is left."""
    host = in_scene(art, hosts, g)
    apart = [c for c in g.cands if own_target(art, c, host)]
    host.cands = sorted(host.cands + [c for c in g.cands if c not in apart], key=lambda c: c.sent)
    g.cands = apart
    return not apart
