"""A named person is killed once: reports of a killing whose victim is the same named person
are one event, whatever day or place each report ended up with.

Why: follow-up coverage of a homicide (arrests, charges, a trial, jail calls) tells the
killing again in sentences that also carry the day of the arrest or the town of the court.
Those stray days and places veto the wording-based linker, and one killing comes out as
three records ("Tavin Price was shot May 29" / "... arrested in the shooting death of
Tavin Price" / "On May 29, Tavin Price was shot to death"). A victim's full name is a far
stronger key than a day: one story seldom holds two lethal attacks on one named person.

Only ASSAULT events join, only when every one of them names the same person (two-word name
or more, matched on first and last word) as its recipient and at least one of them states a
death. That holds even for two records of one article: its own grouping split a killing told
twice ("Dunn killed 17-year-old Jordan Davis ..." / "The man who shot and killed a teenager
..."), and the person died once.
"""
from __future__ import annotations

import re

from ..extract.described_name import described_name
from ..extract.speakers import looks_person, strip_titles

_LETHAL = re.compile(r"\b(?:kill(?:ed|ing)?|murder(?:ed|ing)?|slain|shot (?:and killed|dead|to death)|"
                     r"died|dead|death|fatal(?:ly)?)\b", re.I)
_AGE = re.compile(r"^\d+-year-old\s+")


def victim_key(name: str | None) -> tuple[str, str] | None:
    """(first, last) word of a named person, lower-cased; None for anything else
    ("five others", "Hyde Park", a lone surname that could be anyone's)."""
    if not name:
        return None
    bare = strip_titles(_AGE.sub("", name.strip()))
    described = described_name(bare) if len(bare.split()) > 2 else None
    if described:                        # 'prominent journalist and critic Ann Roe'
        bare = described[0]
    words = bare.split()
    if len(words) < 2 or len(words) > 4 or not looks_person(bare):
        return None
    return words[0].lower(), words[-1].lower().strip(".,'’")


def _lethal(group) -> bool:
    for x in group:
        m = x.m
        if m.dead is not None and (m.dead.low or 0) >= 1:
            return True
        if any(_LETHAL.search(sp.text) for sp in [m.span, *m.extra_spans]):
            return True
    return False


def _keys(group) -> set[tuple[str, str]]:
    """The named victims the group is about: every key found, provided the commonest one
    is the recipient of at least half the mentions that name a recipient (one sentence
    naming a person inside a large attack's record does not make the attack that person's)."""
    named = [x.m.recipient for x in group if x.m.recipient]
    keys = [k for k in map(victim_key, named) if k]
    if not keys or 2 * max(keys.count(k) for k in set(keys)) < len(named):
        return set()
    return set(keys)


def join_victims(groups: list[list]) -> list[list]:
    """Groups (lists of linker mentions, each with `.m`) of ASSAULT events that share one
    named victim, with a death stated, join; others pass through unchanged."""
    out = [list(g) for g in groups]
    changed = True
    while changed:
        changed = False
        for i, g in enumerate(out):
            if g[0].m.type != "ASSAULT":
                continue
            keys = _keys(g)
            if len(keys) != 1:
                continue
            for j in range(i + 1, len(out)):
                h = out[j]
                if h[0].m.type != "ASSAULT" or _keys(h) != keys:
                    continue
                if not (_lethal(g) or _lethal(h)):
                    continue
                g.extend(h)
                del out[j]
                changed = True
                break
            if changed:
                break
    return out
