"""An article's second telling of an act joins the record its first telling is in: "armed
men in the camp shot back at the troops" (the raid its article leads with), "the ministry
then urged the neighbour ... blaming it" (after "the government said it was appalled").

Why: the linker gives each article one slot per record, so when an article tells one act
twice and its own grouping kept the sentences apart, the first telling takes the slot and
the second, though another outlet's report of that act scores above the join bar with it,
is refused and left as a record of its own article. After linking, such a lone mention
joins the one record it was refused by, when nothing but the slot stood in the way: no pair
across the two is vetoed (another kind of act, a site of a multi-site attack cut apart,
days apart, another speaker), it names no target but an unnamed crowd the record's act
struck too (another target makes it a telling of its own: the survivors assaulted after the
fire, the helicopters shot down during the clashes), and no second record drew it above the bar. Mentions that
never reached the bar against another article's telling stay apart, as do acts an article
marks as separate (`merge_separate` vetoes them). So do sentences that are background, not a
retelling: acts told in the plural or over a stretch of time ("a string of raids that
week", "shelling went on all day", "fighting has dragged on") share the story's words with
its one act but are the campaign around it, and a denial ("has always denied any part in the
crash") answers the act's accusation rather than restating it, and a second blast told hours
after the first (`merge_followup.later_act`) is another attack. Nor does a statement its
speaker adds to one told before ("she also urged them to ...", "he further called on ..."):
"also" before the verb of a demand, a charge or a warning marks one more act of that
speaker, with its own addressee, while a second telling restates the first."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable

from ..extract.ev_group_earlier import tells_earlier
from .merge_followup import later_act
from .merge_pairs import party

# acts told in the plural or over a stretch of time, and denials
_BACKGROUND = re.compile(
    r"\b(?:(?:air ?|missile |drone )?strikes|airstrikes|raids|clashes|attacks|bombings|shelling|"
    r"(?:fighting|clashes|violence) (?:has|have|had) (?:raged|continued)|"
    r"all (?:day|night|week)|(?:during|throughout|over) the (?:day|night|week|weekend|month)|"
    r"for (?:days|weeks|months)|den(?:y|ies|ied|ying))\b", re.I)


# one more statement of a speaker: "also asked", "further urged", "also called on"
_FURTHER = re.compile(
    r"\b(?:also|further|additionally)\s+(?:\w+ly\s+)?(?:(?:ask|urg|demand|request|appeal|plead|"
    r"accus|blam|threaten|warn|reject|instruct|invit)\w*|begg\w+|call(?:s|ed|ing)? (?:on|for|upon)\b)",
    re.I)


def same_target(own: list, host: list) -> bool:
    """Whether a second telling that names whom its act struck names only an unnamed crowd
    the record's act struck too ("the junta blamed the marchers" after "the army accused the
    marchers"): a named target (a state, a person, "Northland's diplomats", "the people inside
    Union House") or another crowd makes it a telling of its own."""
    theirs = frozenset().union(*(party(r) for r in host if r))
    return all(not _named(r) and party(r) & theirs for r in own if r)


def _named(phrase: str) -> bool:
    """A capitalised word: a name or a nationality marks one party, not an unnamed crowd."""
    return any(w[:1].isupper() for w in phrase.split())


def background(text: str) -> bool:
    """Whether a sentence tells acts in the plural or over time, a denial, or a statement
    added to its speaker's earlier one."""
    return bool(_BACKGROUND.search(text) or _FURTHER.search(text)) or later_act(text) \
        or tells_earlier(text)


def join_slotted(owner: list[int], texts: list[str], sizes: Callable[[int], int],
                 refused: list[tuple[int, int]], clash: Callable[[int, int], bool],
                 absorb: Callable[[int, int], None], arts: list[str] | None = None) -> None:
    """`refused`: above-bar pairs of mentions (indices) turned down only because one's
    article was already in the other's group. Each mention alone in its group whose refused
    pairs all point to one other group joins it (`absorb(host, group)`), unless
    `clash(group, host)` (any veto but the article slot) or its sentence (`texts`) is
    background. Then `join_retold` does the same for groups of such tellings."""
    others: dict[int, set[int]] = defaultdict(set)
    for i, j in refused:
        others[i].add(j)
        others[j].add(i)
    for a, bs in others.items():
        hs = {owner[b] for b in bs} - {owner[a]}   # (groups may have joined since)
        if len(hs) != 1 or sizes(owner[a]) != 1 or background(texts[a]):
            continue
        h = next(iter(hs))
        if not clash(owner[a], h):
            absorb(h, owner[a])
    if arts is not None:
        join_retold(owner, texts, arts, others, clash, absorb)


def join_retold(owner: list[int], texts: list[str], arts: list[str], others: dict[int, set[int]],
                clash: Callable[[int, int], bool], absorb: Callable[[int, int], None]) -> None:
    """Second tellings from several articles may link to each other before the slot refuses
    each of them ("the three attackers then set off their explosives", "the assailants never
    got past the security checks"): a group whose every member was refused by one and the
    same other group, all of whose articles that group already holds, is that group's act
    told again and joins it, under the same guards as a lone telling. A group with a member
    that reached no other group above the bar, or an article of its own, is an act of its own
    (the other blast of a twin bombing told by every outlet)."""
    for g in sorted(set(owner)):
        mem = [k for k, o in enumerate(owner) if o == g]
        if len(mem) < 2 or any(not others.get(a) or background(texts[a]) for a in mem):
            continue
        hs = {owner[b] for a in mem for b in others[a]} - {g}
        if len(hs) != 1:
            continue
        h = next(iter(hs))
        if {arts[a] for a in mem} <= {arts[k] for k, o in enumerate(owner) if o == h} and not clash(g, h):
            absorb(h, g)
