"""An article's headline attack told again in other words (extract/ev_group.py).

Why: a news report opens on its attack and then retells it sentence by sentence with another
verb ("ambushed", "opened fire"), another grain of place (the district in the lede, a
village or the road later) and no actor named. Such a sentence shares no name with the lede,
so nothing links it, and it opened an attack of its own; the article's anaphora then split
between the two, and across outlets the second record drew their retellings too. A faceless
attack sentence that conflicts with nothing the headline attack states (party, place, toll,
means) is that attack; one that marks itself as another act ("a second blast", "in a
separate attack", "elsewhere") or names its own doer stays its own. A figure of its own
keeps it apart too, unless "also" adds it to the act told ("the strikes also wounded 60").
"""
from __future__ import annotations

import re

from . import grp_link as K
from .ev_group_also import _ALSO_HURT

# discourse cues that set a statement apart from the act told before
_APART = re.compile(r"\b(?:separate(?:ly)?|elsewhere|unrelated|meanwhile)\b", re.I)


def _plural_act(c) -> bool:
    """An attack noun in the plural ("attacks", "clashes") names a series or a kind of
    violence, not the one act the lede told."""
    return any(t.kind == "noun" and t.text.lower().endswith("s") for t in c.triggers)


def _faceless_retelling(art, c) -> bool:
    """A plain attack statement with no doer, figure or series of its own and no mark of
    being another act (a figure of its own is for the toll rules to place, save an injured
    count added with "also")."""
    return c.type == "ASSAULT" and not c.actor and not c.weak and not c.anaphoric \
        and c.dead is None and (c.injured is None or _ALSO_HURT.search(art.sentences[c.sent].text)) \
        and not _plural_act(c) \
        and not getattr(c, "past", False) and not K.another_act(art, c) \
        and not _APART.search(art.sentences[c.sent].text)


def headline_retold(art, groups: list, c, fits, lede: int = 2):
    """The article's attack, opened in its lede, for a faceless attack sentence nothing
    links to any group, while it is the only attack told so far (with two, which one is
    retold is a guess); None when it does not fit (`fits`: no conflict, not the same
    sentence) or the two name different means ("shot" / "bomb": two acts)."""
    if art is None or not _faceless_retelling(art, c):
        return None
    attacks = [g for g in groups if g.type == "ASSAULT"]
    head = attacks[0] if len(attacks) == 1 else None
    if head is None or head.cands[0].sent >= lede or K.ends_attack(art, head) or not fits(head):
        return None
    mine, theirs = K.means(c), K.group_acts(head) - K.RESULT
    return None if mine and theirs and not mine & theirs else head
