"""The attackers' end told without its agent ("two gunmen were killed and two others arrested")
and the forces' mention of a tail ("... before being shot by police") are the attackers' end
(across/merge_felled_caught.py, merge_felled.felled_mention): they meet the other outlets'
tellings of that end, not the attack's record. Sentences invented."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_felled import felled_attacker, felled_mention, split_felled
from newsdesk.across.merge_felled_caught import killed_and_caught
from newsdesk.model import Count, EventMention, Location, Span

TESSA = Location(name="Tessa", country="XA", lat=10.0, lon=20.0, precision="city")


def _mention(aid: str, texts: list[str], actor: str | None = None, dead: int | None = None):
    spans, at = [], 0
    for t in texts:
        spans.append(Span(aid, at, at + len(t), t))
        at += len(t) + 1
    return EventMention(aid, "ASSAULT", spans[0], extra_spans=spans[1:], actor=actor,
                        location=TESSA, date="2026-03-01", date_explicit=True,
                        dead=Count(dead, dead) if dead is not None else None)


def test_some_attackers_killed_and_the_rest_caught_is_their_end():
    assert killed_and_caught("The mayor said two of the gunmen were killed, two others arrested, "
                             "and the square had been cleared.")
    assert killed_and_caught("Three attackers were shot dead and another one was captured.")


def test_attackers_dying_alone_or_killed_by_named_forces_are_not_this_rule():
    assert not killed_and_caught("Three gunmen were also killed.")
    assert not killed_and_caught("Two suspects were arrested and two gunmen were killed.")
    assert felled_attacker("Two of the gunmen were killed by police and two arrested.")


def test_the_forces_mention_of_a_tail_is_the_attackers_end():
    tail = ("Two gunmen fired on the crowd at the fair in Tessa before being shot and wounded by "
            "police, a radio station said.")
    assert not felled_attacker(tail)                   # the attack's record may keep the sentence
    assert felled_mention(_mention("a", [tail], actor="police"))
    assert not felled_mention(_mention("a", [tail], actor="Two gunmen"))


def test_the_agentless_end_is_cut_from_the_attack_and_meets_the_other_outlet_s_end():
    attack = _mention("a", ["Gunmen opened fire on a fair in Tessa on Sunday, killing 12 people.",
                            "The mayor said two of the gunmen were killed and two others were arrested."],
                      actor="Gunmen", dead=12)
    other_attack = _mention("b", ["Twelve people died when gunmen fired on a fair in Tessa."],
                            actor="gunmen", dead=12)
    other_end = _mention("b", ["Two of the gunmen were later shot dead by police at the fair in Tessa."],
                         actor="police")
    ms = split_felled([attack]) + [other_attack, other_end]
    assert len(ms) == 4
    end = ms[1]
    groups = group_mentions(ms)
    home = next(g for g in groups if any(m is end for m in g))
    assert any(m is other_end for m in home)
    assert not any(m is other_attack for m in home)
