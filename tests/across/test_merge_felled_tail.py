"""A lede telling the attack and, in a trailing 'before being shot by police' clause, the
attackers' end tells the attack first (across/merge_felled_tail.py): it is not marked as
only the attackers' fall, so it joins the other outlets' records of the attack."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_felled import felled_attacker
from newsdesk.across.merge_felled_tail import tail_clause
from newsdesk.model import Count, EventMention, Location, Span

TESSA = Location(name="Tessa", country="XA", lat=10.0, lon=20.0, precision="city")


def _mention(aid: str, text: str, actor: str | None = None, dead: int | None = None):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text), actor=actor,
                        location=TESSA, date="2026-03-01", date_explicit=True,
                        dead=Count(dead, dead) if dead is not None else None)


def test_a_trailing_before_being_clause_does_not_make_the_attack_the_attackers_end():
    lede = ("Three gunmen fired into the crowd at the Tessa fair and then ran toward the stage "
            "before being shot and wounded by police, a local radio station said.")
    assert not felled_attacker(lede)
    assert tail_clause("The gunmen opened fire until they were finally ", 47)


def test_the_attackers_end_as_the_main_clause_is_still_their_end():
    assert felled_attacker("The three gunmen were later shot dead by police near the stage.")
    assert felled_attacker("After the siege the attackers were killed by security forces.")


def test_the_lede_with_the_tail_joins_another_outlet_s_attack_record():
    lede = _mention("a", "Three gunmen fired into the crowd at the Tessa fair, killing 12 people, "
                         "before being shot dead by police.", actor="Three gunmen", dead=12)
    other = _mention("b", "Gunmen opened fire at a fair in Tessa, killing 12 people.",
                     actor="gunmen", dead=12)
    groups = group_mentions([lede, other])
    assert any({id(lede), id(other)} <= {id(m) for m in g} for g in groups)
