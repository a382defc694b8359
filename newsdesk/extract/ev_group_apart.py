"""Statements an article tells beside its attack that never join it, whatever links them.

Why: a registry of the vetoes the grouping asks before a statement joins a group or is
folded in as a faceless retelling (ev_group_asides.past_aside, ev_group_scene.own_target):
- a reply strike and the attack it answers (ev_group_reprisal.py);
- a killing dated days away, by other means or of a victim the group never names ("One
  judge was shot dead on 3 May" beside the bombing at a colleague's funeral);
- a shooting of a named person beside a bombing ("the judge was shot dead by two gunmen"
  ... "a suicide bomber blew himself up among the mourners"): one means each, and the
  named victim is only one side's. Before, the bomber's sentence (its rough toll clashing
  with the bombing's count) was told as part of the shooting;
- an act told after "Also on Sunday," at a place of its own (ev_group_elsewhere.py);
- a crowd's killing of the attackers beside the attack (ev_group_lynch.py).
"""
from __future__ import annotations

from datetime import date

from .actors import actor_class
from .ev_group_elsewhere import elsewhere as _elsewhere
from .ev_group_lynch import lynching as _lynching
from .ev_group_reprisal import apart as _reply

MIN_DAYS = 2        # a weekday read against the wrong day is one off; an act days away is another


def _days(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0


def other_day(c, g) -> bool:
    """An attack statement that names its own day, days away from every day the group's
    statements name, with a means the group's statements do not use or a named victim they
    do not name."""
    if c.type != "ASSAULT" or not (c.date and c.date_explicit):
        return False
    days = [o.date for o in g.cands if o.date and o.date_explicit]
    if not days or any(_days(c.date, d) < MIN_DAYS for d in days):
        return False
    modes = {o.mode for o in g.cands if o.mode}
    return bool(c.mode and modes and c.mode not in modes) or \
        (_named(c.recipient) and c.recipient not in {o.recipient for o in g.cands})


def _named(who) -> bool:
    """A person named as the victim ("Kasi", "Judge Anna Vale"): capitalised, of no class."""
    return bool(who) and who[:1].isupper() and actor_class(who) is None


def other_means(c, g) -> bool:
    """A targeted killing of a named person and an attack by other means: one side is of a
    single means with a named victim the other side does not name."""
    mine = {c.mode} if c.mode else set()
    theirs = {o.mode for o in g.cands if o.mode}
    if c.type != "ASSAULT" or not mine or not theirs or mine & theirs:
        return False
    names = {o.recipient for o in g.cands if _named(o.recipient)}
    if _named(c.recipient) and c.recipient not in names:
        return True
    return len(theirs) == 1 and bool(names) and c.recipient not in names


RULES = (_reply, other_day, other_means, _elsewhere, _lynching)


def apart(c, g) -> bool:
    """Any veto of the registry keeps the statement out of the group."""
    return any(rule(c, g) for rule in RULES)
