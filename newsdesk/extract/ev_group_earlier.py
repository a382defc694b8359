"""An attack an article recalls as coming before its own is another act, grouped on its own.

Why: a report places its attack against an earlier one in the same city by the same
militants ("The blast came just a week after gunmen killed 12 at a market in the town";
"Ten days ago, rebels killed 30 people at a bus depot"). Told beside the article's attack,
such a statement joined its group: it gave the record the other act's toll (a clash with
the record's own count then split the attack across records) and left the recalled act
with no record of its own. Such statements are grouped apart from the rest of the article
and dated back by the span the sentence tells ("a week" before the sentence's day, or
before the page's day for "... ago"; "hours after" keeps the day). The head before the cue
may tell the article's own act ("The attack occurred in <town>, and came hours after ..."):
with a place of its own, or as the article's only telling of that act, it stays a statement
of the own act. One sentence may carry both acts: "The bomb went off
as mourners gathered around the body of Ana Ruiz, a judge who was shot dead earlier in the
day" tells the bombing and, in its clause, the judge's killing; that killing becomes a
statement of its own (its named victim, one dead), so it gets a record.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..model import Count
from .ev_group_kin import drop_kin_tolls

_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_UNIT = {"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14}
_SPAN = (r"(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|fortnight)"
         r"|(?:(?:a\s+few|several|two|three|\d{1,2})\s+)?(hours?)"      # hours: the same day
         r"|(?:a\s+few\s+|several\s+)?(days|weeks))")                      # a day not told
# "came just a week after ...", "comes hours after ...", "Coming a week after ...", "It took
# place only days after ...": the clause after the cue is the earlier act
_AFTER = re.compile(r"\b(?:came|comes|coming|happened|occurred|followed|took\s+place|takes\s+place)"
                    r"\s+(?:just\s+|only\s+|barely\s+|mere\s+)?" + _SPAN + r"\s+after\b", re.I)
# a sentence opening "A week ago, ..." / "Three days ago ...": the sentence tells the earlier act
_AGO = re.compile(r"^\W*(?:just\s+|only\s+)?" + _SPAN + r"\s+ago\b", re.I)
_TOLL = re.compile(r"\b(?:kill(?:ed|ing)|dead|deaths?|died|injur\w*|wound(?:ed|ing))\b", re.I)
# the earlier act told by its deed alone: "after gunmen stormed a hotel"
_DEED = re.compile(r"\b(?:stormed|raided|attacked|bombed|massacred|kill(?:ed|ing)|dead|died|"
                   r"injur\w*|wound(?:ed|ing))\b", re.I)


# a named person's killing told "earlier" inside the sentence of another act
_KILLED = r"(?:shot dead|shot and killed|gunned down|stabbed to death|assassinated|killed)"
_CLAUSE = re.compile(
    r"\b(?:who|whom)\s+(?:was|had been)\s+" + _KILLED + r"\b[^.;]{0,80}?\bearlier\b"
    r"|\b(?:death|killing|murder|assassination)\s+of\s+([^,;.]{2,80}?)\s+in\s+an?\s+"
    r"(?:gun|shooting|knife|gun\s+and\s+bomb)\s*(?:attack|assault)?[^.;]{0,20}?\bearlier\b", re.I)
_FIREARMS = re.compile(r"\b(?:shot|gun\w*|shooting)\b", re.I)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")


def _clause_killing(art, c):
    """A statement for the killing of a named person that the clause of another act's
    sentence tells as earlier; None when the sentence has no such clause."""
    text = art.sentences[c.sent].text
    m = _CLAUSE.search(text)
    if c.type != "ASSAULT" or m is None or c.mode is None:
        return None
    mode = "firearms" if _FIREARMS.search(m.group(0)) else None
    names = _NAME.findall(m.group(1) if m.group(1) else text[:m.start()])
    if not names or mode == c.mode or (c.recipient and c.recipient in names[-1]):
        return None
    own = [t for t in c.triggers if not m.start() <= t.start < m.end()]
    theirs = [t for t in c.triggers if t not in own] or list(c.triggers)
    if own:
        c.triggers = own    # the clause's "killed ... earlier in the day" is the killing's, not the act's
    base = art.sentences[c.sent].start
    out = replace(c, mode=mode, actor=None, recipient=names[-1], dead=Count(1, 1), injured=None,
                  anaphoric=False, weak=False, start=base + m.start(), end=base + m.end(), places=[],
                  triggers=theirs)
    out.recalled = True
    return out


def with_clause_killings(art, cands: list) -> list:
    """The article's statements with the earlier killings their sentences' clauses tell."""
    out = []
    for c in cands:
        out.append(c)
        extra = _clause_killing(art, c)
        if extra is not None and not any(o.sent == c.sent and o.recipient == extra.recipient for o in cands):
            out.append(extra)
    return out


def _days(num: str, unit: str) -> int:
    n = int(num) if num.isdigit() else _NUM[num.lower()]
    return n * _UNIT[unit.lower()]


def _shift(day: str | None, days: int) -> str | None:
    try:
        return (date.fromisoformat(day[:10]) - timedelta(days=days)).isoformat() if day else None
    except ValueError:
        return None


def _own_part(c, tail: str, head: str) -> bool:
    """The statement is the one told after the cue: its actor or its toll is there, not before."""
    if c.actor and c.actor in head:
        return False
    toll = c.dead.low if c.dead is not None else None
    return bool((c.actor and c.actor in tail) or (toll is not None and re.search(r"\b%d\b" % toll, tail)))


def tells_earlier(text: str) -> bool:
    """A sentence that tells an earlier act after its cue ("came two days after gunmen
    killed ...", "A week ago, ...") and no toll before it: across articles it is no
    retelling of the article's own act (`merge_slots.background`)."""
    m = _AGO.search(text) or _AFTER.search(text)
    return bool(m and not _TOLL.search(text[:m.start()]) and _DEED.search(text[m.end():]))


def recalled(art, c) -> bool:
    """Mark (and re-date) an attack statement that tells an earlier act; True when it does."""
    if getattr(c, "recalled", None) is not None:
        return c.recalled
    c.recalled = False
    if c.type != "ASSAULT":
        return False
    text = art.sentences[c.sent].text
    m = _AGO.search(text)
    base = art.published or c.date
    if m is None:
        m = _AFTER.search(text)
        base = c.date
    if m is None:
        return False
    head, tail = text[:m.start()], text[m.end():]
    if _TOLL.search(head) or not _DEED.search(tail) or not _own_part(c, tail, head):
        return False
    c.head = _head_telling(c, m.start(), head)
    c.bare_head = c.head or _head_telling(c, m.start(), head, placed=False)
    c.recalled, c.anaphoric, c.weak = True, False, False     # its own act, even when told bare
    c.date = None if m.group(4) else _shift(base, 0 if m.group(3) else _days(m.group(1), m.group(2)))
    return True


def _head_telling(c, cue: int, head: str, placed: bool = True):
    """The article's own act told before the cue with a place of its own ("The attack
    occurred in <town>, and came hours after ..."): a statement with the head's attack words
    and places, none of the recalled act's parties or toll; None when the head holds no
    attack word or (`placed`) only refers back ("The bombing came ...": nothing to add)."""
    own = [t for t in c.triggers if t.start < cue]
    if not own or len(own) == len(c.triggers) or (placed and not any(p in head for p in c.places)):
        return None
    out = replace(c, actor=None, recipient=None, dead=None, injured=None, triggers=own,
                  places=[p for p in c.places if p in head])
    out.recalled = False
    return out


def _own_groups(group, art, cands: list, earlier: list, places, docs, told: set | None):
    """The article's own statements grouped, each recalling one replaced by its head (a bare
    head only for a type `told` lacks, once known); None when nothing is left."""
    heads = {id(c): getattr(c, "bare_head" if told is not None and c.type not in told else "head", None)
             for c in earlier}
    mine = [heads[id(c)] or c if id(c) in heads else c for c in cands
            if id(c) not in heads or heads[id(c)] is not None]
    return group(art, mine, places, docs) if mine else None


def group_apart(group, art, cands: list, places, docs) -> list:
    """`group` (ev_group.group_mentions) run on the article's own statements (with the head of
    a recalling sentence that tells its own act) and, apart, on those telling an earlier act;
    the article's scratch layers of both runs are joined. Before
    that, a relative's death counts no toll (ev_group_kin.py) and clauses telling an earlier
    killing become statements of their own."""
    drop_kin_tolls(art, cands)
    cands = with_clause_killings(art, cands)
    earlier = [c for c in cands if recalled(art, c)]
    if not earlier:
        return group(art, cands, places, docs)
    own = _own_groups(group, art, cands, earlier, places, docs, None)
    if own is None:
        return group(art, cands, places, docs)
    told = {m.type for m in own}        # a bare head is the article's only telling of its act
    if any(getattr(c, "bare_head", None) is not None and c.type not in told for c in earlier):
        own = _own_groups(group, art, cands, earlier, places, docs, told)
    refs, figures = art.layers.get("references", []), art.layers.get("figures", {})
    out = own + group(art, earlier, places, docs)
    art.layers["references"] = sorted(set(refs) | set(art.layers.get("references", [])))
    more = art.layers.get("figures", {})
    art.layers["figures"] = {k: figures.get(k, []) + more.get(k, []) for k in set(figures) | set(more)}
    return out
