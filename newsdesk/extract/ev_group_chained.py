"""Two attack verbs of one subject in one sentence are one attack told in steps.

An article's statements of one sentence are kept in different groups: a sentence that
names two acts ("rebels shelled the port and troops raided the camp") tells two events. But
"two gunmen opened fire on the crowd and then tried to rush the stand" is one attack told
in two verbs of the same subject; kept apart, its second verb became a mention of its own,
which the cross-article linker could not join to the attack (one article's two mentions never
merge) and the attack's record split in two. A second verb with its own toll or a place the
first does not name stays apart (a second site of a series).
"""
from __future__ import annotations

import re

from . import grp_link as K
from .ev_group_ending import _ATTACKERS, _FORCES


def kept_apart(g, c) -> bool:
    """Whether group `g` already holds a statement of `c`'s sentence that is not the same
    attack continued (so `c` may not join it)."""
    same = [o for o in g.cands if o.sent == c.sent]
    return bool(same) and not any(_continued(o, c) for o in same)


def _continued(o, c) -> bool:
    """`c` continues `o`'s attack: both attacks, the very same named subject, no toll and
    no new place of its own."""
    return o.type == c.type == "ASSAULT" and bool(o.actor and c.actor) and \
        o.actor.casefold() == c.actor.casefold() and c.dead is None and \
        set(c.places) <= set(o.places)


# the forces' act told as a result after the attack: "... before being shot by police"
_FELLED_BY = re.compile(r"\b(?:shot|killed|gunned down|neutrali[sz]ed)\b[^.;]{0,40}?\bby\s+(?:the\s+)?"
                        r"(?:[a-z]+\s+)?(?:police|policem[ae]n|officers|troops|soldiers|security forces|"
                        r"commandos)\b", re.I)


def no_act_alone(art, c) -> bool:
    """Toll words only found no event (grp_link.empty_toll), except the forces felling the
    attackers in the attack's own sentence ("fired into the crowd and were then shot and
    wounded by the police"): that is the attack's end, an act the gold tells of its own, and
    its statement has only toll words because the attack's verbs went to the attack."""
    if not K.empty_toll(c):
        return False
    text = art.sentences[c.sent].text
    return not (c.type == "ASSAULT" and c.actor and _FORCES.search(c.actor) and
                _ATTACKERS.search(text) and _FELLED_BY.search(text))
