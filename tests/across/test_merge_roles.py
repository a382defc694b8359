"""One unnamed person killed in one role, told twice by an article, is one event; generic
victims, other days and other places stay apart (across/merge_roles.py)."""
from __future__ import annotations

from datetime import date

from newsdesk.across.merge import group_mentions, place_relation
from newsdesk.across.merge_roles import join_roles, role
from newsdesk.model import Count, EventMention, Location, Span

CLINIC = dict(name="Harlow", country="XA", lat=10.0, lon=20.0, precision="city")
FAR = dict(name="Brentford", country="XA", lat=12.0, lon=23.0, precision="city")


def _m(aid, text, recipient, date, actor=None, place=CLINIC, dead=1):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text), actor=actor,
                        recipient=recipient, location=Location(**place), date=date,
                        date_explicit=True, dead=Count(dead, dead) if dead else None)


def test_one_killing_told_twice_in_an_article_with_another_cast_is_one_event():
    lede = _m("a", "A patient opened fire in a clinic on Thursday; his case worker was killed.",
              "his case worker", "2026-07-24", actor="patient")
    again = _m("a", "A female case worker died and a doctor was grazed when the gunfire began.",
               "female case worker", "2026-07-24", actor="doctor")
    other = _m("b", "Outside the clinic, the shooter's case worker had been killed, police said.",
               "case worker", "2026-07-24")
    assert len(group_mentions([lede, again, other])) == 1


class _X:
    """A linker mention as join_roles sees it."""
    def __init__(self, m):
        self.m, self.day = m, date.fromisoformat(m.date).toordinal()


def _apart(a, b) -> bool:
    return len(join_roles([[_X(a)], [_X(b)]], place_relation, 60.0)) == 2


def test_generic_victims_other_days_and_other_places_stay_apart():
    a = _m("a", "A soldier was killed by a roadside bomb in Harlow on Monday.", "soldier",
           "2026-03-02")
    b = _m("b", "A soldier died when a sniper fired on a checkpoint in Harlow.", "soldier",
           "2026-03-02")
    assert _apart(a, b)
    c = _m("c", "The night watchman was stabbed to death at the depot in Harlow.",
           "night watchman", "2026-03-02")
    d = _m("d", "A night watchman was beaten to death at a warehouse in Brentford.",
           "night watchman", "2026-03-02", place=FAR)
    assert _apart(c, d)
    e = _m("e", "A week later a night watchman was shot dead at the port.", "night watchman",
           "2026-03-09")
    assert _apart(c, e)
    f = _m("f", "Police said the depot's night watchman was killed by an intruder.",
           "night watchman", "2026-03-02")
    assert not _apart(c, f)


def test_roles():
    assert role("His case worker") == ("case", "worker")
    assert role("female case worker") == ("case", "worker")
    assert role("five others") is None and role("a man") is None and role("Tom Reade") is None
    assert role("two guards") is None
