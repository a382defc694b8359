"""Tolls told as a listing or a scope: a group plus one person, parts then their whole, a whole
with a comma-less "including" aside, the attackers an act killed, the toll at one of several places.

Why: "two engineers and their interpreter were killed" counts three dead, "killing four
aid workers and their driver" five, yet the cue after the figure stops at "and", so the
sentence read no toll (or one: "a guide ... died") or a toll one short, which then looks
like a smaller rival figure beside an outlet that counts everyone. "The killing of two men
and six children in a raid in which 14 people died" gives its parts first and the whole
after them in a relative clause: the whole is the toll; so is "40 people including six
policemen were killed", where the aside cut the figure from its verb. "A mob killed four
of the gunmen" is all that act killed, though "of the" marks a part elsewhere. And
"At the first house, ..." / "In one village alone, ..." count one place of several: a part.
`counts.mentions` calls in here once per sentence, after `toll_named.named_heads`.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Count
from .grp_counts import _ONE_HUMAN
from .quantities import quantities
from .toll_named import named_heads

# one person who goes with a group: a crew's helpers, kin, or anyone by a human noun
_ONE = (r"(?:" + _ONE_HUMAN + r"|interpreter|translator|guide|fixer|bodyguard|escort|cameraman|"
        r"colleague|companion|aide|assistant|medic|paramedic|civilian|national|citizen|"
        r"relative|friend|cousin|nephew|niece|uncle|aunt|imam|pastor|cleric|elder|official|commander|chief|"
        r"headman|mayor)")
# "<group> and their driver": the words after the figure up to the one person
_PLUS_ONE = re.compile(r"\s+(?:[\w'\u2019-]+\s+){1,4}?(?:and|as well as|along with|plus)\s+"
                       r"(?:their|his|her|its|a|an)\s+(?:[\w'\u2019-]+\s+){0,2}?" + _ONE + r"(?:s\b)?", re.I)
_DIED = re.compile(r"\s*,?\s+(?:(?:were|was|have|has|had|are|is)\s+(?:(?:all|also|both|reportedly)\s+)?"
                   r"(?:been\s+)?)?(?:killed|died|dead|slain|murdered|shot dead|perished|"
                   r"lost their lives)\b", re.I)
# the one person's own state, not the group's: "and a child was wounded"
_OWN_STATE = re.compile(r"\s*,?\s+(?:was|were|is|are|has|have|had)\b", re.I)
_GROUP_BREAK = re.compile(r"\b(?:and|or|of|who|which|that|in|at|on|by|from|with)\b|[,;.]", re.I)
_DOERS = re.compile(r"\b(?:gunm[ae]n|attackers?|assailants?|terrorists?|militants?|bombers?|shooters?|"
                    r"insurgents?|jihadists?|fighters?|rebels?)\b", re.I)


def _plus_one(sentence: str, found: list) -> list:
    """Add the one person a group figure is told with ("three engineers and their interpreter")
    when the dead are the group and that person: the figure is read from a cue before it
    ("killing ... and their driver"), or the death verb follows the listing."""
    from .counts import Mention
    for q in quantities(sentence):
        m = _PLUS_ONE.match(sentence, q.end)
        if not m or q.count.low < 2 or _DOERS.search(m.group()):
            continue
        group = m.group()[:re.search(r"\s(?:and|as well as|along with|plus)\s", m.group()).start()]
        if _GROUP_BREAK.search(group):
            continue                      # "two of them and a boy", "three in Gao and a ...": no group
        own = next((k for k, f in enumerate(found) if f.kind == "dead" and f.span[0] == q.start), None)
        died = _DIED.match(sentence, m.end())
        hi = None if q.count.high is None else q.count.high + 1
        if own is not None:
            f = found[own]
            if f.count.low != q.count.low or f.subgroup or f.increment:
                continue                  # joined, or a part: told otherwise
            if _OWN_STATE.match(sentence, m.end()) and not died:
                continue                  # "killed two guards and a child was wounded"
            found[own] = replace(f, count=Count(f.count.low + 1, hi), span=(f.span[0], m.end()))
        elif died and not any(f.span[0] <= q.start < f.span[1] or q.start <= f.span[0] < m.end() for f in found):
            found.append(Mention("dead", Count(q.count.low + 1, hi), (q.start, m.end()), q.qualifier, q=q))
    return sorted(found, key=lambda f: f.span[0])


# the whole told after its parts: "..., in which 21 people were killed", "during which at least 30 died"
_WHOLE_AFTER = re.compile(r"\b(?:in|during) which\s+$", re.I)
# unless the relative clause is about another, earlier act ("a day after a raid in which 20 died")
_RECALL = re.compile(r"\b(?:after|before|since|similar|previous|earlier|last|ago|recalled?|memor\w+|"
                     r"(?:18|19|20)\d\d)\b", re.I)


def _whole_after(sentence: str, found: list) -> list:
    """Mark the listed figures a later "in which N were killed" sums as its parts."""
    for k, w in enumerate(found):
        if w.kind != "dead" or w.subgroup or w.increment or w.claim or \
                not _WHOLE_AFTER.search(sentence[:w.span[0]]):
            continue
        for n, p in enumerate(found[:k]):
            if p.kind == "dead" and p.count.low < w.count.low and not _RECALL.search(sentence[p.span[1]:w.span[0]]):
                found[n] = replace(p, subgroup=True)
    return found


# "a mob killed four of the attackers": of the attackers, but all that act killed
_OF_DOERS = re.compile(r"^\s+of\s+(?:the|them|those)\s+(?:[\w-]+\s+)?" + _DOERS.pattern, re.I)
_KILLED_BY = re.compile(r"\b(?:killed|killing|shot dead|shooting dead|gunned down|shot and killed|fatally shot)\s+"
                        r"(?:at least\s+)?$", re.I)


def _doers_killed(sentence: str, found: list) -> list:
    """A sentence whose one toll is "killed N of the gunmen": the toll of the act that killed them,
    not a part of some whole (the attackers' own dead are kept apart by `figures.counted_kinds`)."""
    dead = [k for k, f in enumerate(found) if f.kind == "dead"]
    if len(dead) == 1 and found[dead[0]].subgroup:
        f = found[dead[0]]
        if _OF_DOERS.match(sentence[f.span[1]:]) and _KILLED_BY.search(sentence[:f.span[0]]):
            found[dead[0]] = replace(f, subgroup=False)
    return found


# "At the first house, ...", "In one village alone, ...", "At the second,": one of several places or
# scenes of the act (an ordinal or "one", never "another": that one is another act; "at one point" is a time)
_ONE_PLACE = re.compile(r"^\W*(?:at|in|inside)\s+(?:the\s+(?:first|second|third|fourth|last|other)|one|a single)"
                        r"(?!\s+(?:point|stage|time|moment)\b)(?:\s+[a-z-]+){0,2}?(?:\s+alone)?\s*,", re.I)


def one_place(sentence: str) -> bool:
    """The sentence opens on one of several places of the act ("At the second house, ...")."""
    return bool(_ONE_PLACE.match(sentence))


def _one_place(sentence: str, found: list) -> list:
    """The figures of a sentence that opens on one of several places count a part of the toll."""
    if not one_place(sentence):
        return found
    return [replace(f, subgroup=True) if f.kind == "dead" and not f.total else f for f in found]


# "40 people including six policemen were killed": an aside told without commas
_INCLUDING = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,2}?including\s+(?:[\w'\u2019-]+\s+){1,5}?"
                        r"(?:were|was|have been|had been|are|have)\s+(?:(?:reportedly|also|all)\s+)?"
                        r"(?:killed|martyred|slain|murdered|dead|died|shot dead)\b", re.I)


def _including(sentence: str, found: list) -> list:
    """Read the whole a comma-less "including" aside cut from its death verb ("At least 40
    people including six policemen were killed": 40, the six a part of it)."""
    from .counts import Mention
    for q in quantities(sentence):
        m = _INCLUDING.match(sentence, q.end)
        if not m or q.count.low < 2 or _DOERS.search(sentence[q.end:m.end()].split("including")[0]) or \
                any(f.span[0] <= q.start < f.span[1] for f in found):
            continue
        found = [replace(f, subgroup=True) if f.kind == "dead" and q.end < f.span[0] < m.end() else f for f in found]
        found.append(Mention("dead", q.count, (q.start, q.end), q.qualifier, q=q))
    return sorted(found, key=lambda f: f.span[0])


def listed(sentence: str, found: list) -> list:
    """The figures of one sentence with named heads, plus-one listings and parts-then-whole read."""
    found = _doers_killed(sentence, named_heads(sentence, found))
    if found or re.search(r"\b(?:and|as well as|along with|plus)\s+(?:their|his|her|its|a|an)\b", sentence, re.I):
        found = _plus_one(sentence, found)
    if "including" in sentence:
        found = _including(sentence, found)
    return _one_place(sentence, _whole_after(sentence, found))
