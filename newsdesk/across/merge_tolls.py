"""Two records of one attack that state one same sizeable toll are one event.

Why: outlets tell a coup or a massacre in different words ("the previous night left 265
dead", "the coup that killed at least 265") and may place it differently (a capital, the
exile of the man blamed), so wording and place fail to link them; a death toll of 20 or more
seldom repeats by chance within one story. Only one candidate may fit, the records share no
article, and their days, kinds of act and sites of a multi-site attack agree. A record its
writer marks as another act ("In a separate incident, ... 30 killed") is no candidate: the
linker's veto (merge_separate.py) would otherwise be undone by a matching figure.
"""
from __future__ import annotations

from collections import defaultdict

from .merge_separate import marked_separate

MIN_TOLL = 20


def _toll(g) -> int | None:
    lows = [x.m.dead.low for x in g if x.m.dead]
    return max(lows) if lows else None


def _compatible(g, h, gap: int) -> bool:
    if {x.m.article for x in g} & {x.m.article for x in h} or \
            any(marked_separate(x.m) for x in g + h):
        return False
    days = [x.day for x in g + h if x.day is not None]
    if days and max(days) - min(days) > gap:
        return False
    return len({x.mode for x in g + h if x.mode}) <= 1 and len({x.site for x in g + h if x.site}) <= 1


def join_same_toll(groups: list[list], gap: int) -> list[list]:
    """Groups (lists of the linker's mentions) joined in pairs: the only two records of one
    type with one toll of at least MIN_TOLL."""
    out = [list(g) for g in groups]
    pairs: dict[tuple[str, int], list[int]] = defaultdict(list)
    for k, g in enumerate(out):
        t = _toll(g)
        if t is not None and t >= MIN_TOLL:
            pairs[(g[0].m.type, t)].append(k)
    gone = set()
    for a, *rest in pairs.values():
        if len(rest) == 1 and _compatible(out[a], out[rest[0]], gap):
            out[a].extend(out[rest[0]])
            gone.add(rest[0])
    return [g for k, g in enumerate(out) if k not in gone]
