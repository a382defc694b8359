"""One siege has one end: the forces' end told by several outlets is one act.

Why: the attackers' end at the forces' hands is cut from each outlet's attack report
(`merge_felled`) and then links only to its own kind, by wording and place like any
report. Outlets tell it in few, unlike words ("soldiers stormed inside", "the operation to
retake the hotel", "security forces launched a counterassault"), so such tellings often
stay just under the join bar, one record each, while the gold of every siege keeps one
forces' act per site. After linking, groups made only of such tellings join the largest
one of their type when no pair across them is vetoed (another site of a multi-site attack,
days apart, another kind of act) and they share no article.
"""
from __future__ import annotations

from typing import Callable


def join_felled(owner: list[int], felled: list[bool], types: list[str], arts: list[str],
                refused_pair: Callable[[int, int], bool], absorb: Callable[[int, int], None]) -> None:
    """`owner[i]`: mention i's group; `felled[i]`: mention i tells only the attackers' end.
    Groups whose members are all felled join the largest such group of their type unless
    `refused_pair(group, host)` (a vetoed pair or a group veto) or a shared article."""
    groups: dict[int, list[int]] = {}
    for i, g in enumerate(owner):
        groups.setdefault(g, []).append(i)
    ends = [g for g, mem in groups.items() if all(felled[i] for i in mem)]
    ends.sort(key=lambda g: (-len(groups[g]), min(groups[g])))
    hosts: list[int] = []
    for g in ends:
        typ = types[groups[g][0]]
        own = {arts[i] for i in groups[g]}
        for h in hosts:
            if types[groups[h][0]] != typ or own & {arts[i] for i in groups[h]}:
                continue
            if not refused_pair(h, g):
                absorb(h, g)
                groups[h] += groups.pop(g)
                break
        else:
            hosts.append(g)
