"""The attackers felled by police or troops are an act of their own (across/merge_felled.py):
cut out of the attack's mention, with the forces as their actor, so the attack's record
keeps its own actor and meets the other outlets' records of it."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_felled import felled_attacker, split_felled
from newsdesk.model import Count, EventMention, Location, Span

TESSA = Location(name="Tessa", country="XA", lat=10.0, lon=20.0, precision="city")


def _mention(aid: str, *sentences: str, actor: str | None = None, dead: int | None = None):
    spans, pos = [], 0
    for s in sentences:
        spans.append(Span(aid, pos, pos + len(s), s))
        pos += len(s) + 1
    return EventMention(aid, "ASSAULT", spans[0], extra_spans=spans[1:], actor=actor,
                        location=TESSA, date="2026-03-01", date_explicit=True,
                        dead=Count(dead, dead) if dead is not None else None)


def test_the_forces_felling_the_attackers_is_told_apart_from_the_attack():
    assert felled_attacker("All three gunmen who stormed the hostel were later killed by police.")
    assert felled_attacker("Troops shot dead the two attackers at the gate.")
    assert not felled_attacker("Two soldiers were killed by militants near the bridge.")
    assert not felled_attacker("Militants killed three soldiers at a checkpoint.")
    assert not felled_attacker("The gunmen shot two police officers outside the hall.")


def test_the_felled_attackers_leave_the_attack_record_with_their_actor():
    one = _mention("a", "Sixty people died when gunmen stormed the Tessa college on Monday.",
                   "The four gunmen who took part in the attack were killed by security forces.",
                   actor="security forces", dead=60)
    other = _mention("b", "Gunmen stormed a college in Tessa, killing 60 students.",
                     actor="gunmen", dead=60)
    ms = split_felled([one, other])
    assert len(ms) == 3
    attack, forces = ms[0], ms[1]
    assert attack.actor is None and attack.dead.low == 60
    assert forces.actor == "security forces" and forces.span.text.startswith("The four gunmen")
    groups = group_mentions(ms)
    assert any({id(attack), id(ms[2])} <= {id(m) for m in g} for g in groups)
    assert not any({id(attack), id(forces)} <= {id(m) for m in g} for g in groups)


def test_a_mention_opening_with_the_forces_act_is_left_whole():
    m = _mention("a", "Police shot dead the attacker outside the station.",
                 "He had stabbed two passers-by minutes earlier.", actor="Police")
    assert split_felled([m]) == [m]


def test_the_felled_attackers_link_to_no_other_outlet_s_attack_report():
    one = _mention("a", "Sixty people died when gunmen stormed the Tessa college on Monday.",
                   "The four gunmen who took part in the attack were also killed by security "
                   "forces.", actor="security forces", dead=60)
    other = _mention("b", "Gunmen stormed a college in Tessa, killing 60 students.",
                     actor="gunmen", dead=60)
    aside = _mention("c", "Other reports said the four gunmen who took part in the attack were "
                          "also beheading students.")
    ms = split_felled([one, other, aside])
    forces = ms[1]
    groups = group_mentions(ms)
    mine = next(g for g in groups if any(m is forces for m in g))
    assert mine == [forces]
