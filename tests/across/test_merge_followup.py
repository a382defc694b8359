"""The second blast of a twin bombing is part of the attack its articles tell
(across/merge_followup.py): told as a sentence of its own by two outlets, it was left as a
second record holding the same articles (tuning sets 21 and 25)."""
from __future__ import annotations

from newsdesk.across.merge import _Mention, group_mentions
from newsdesk.across.merge_followup import follow_on, later_act
from newsdesk.across.merge_pairs import place_relation
from newsdesk.model import EventMention, Location, Span
from tests.conftest import together

TESSA = dict(name="Tessa", country="XA", lat=10.0, lon=20.0, precision="city")
ORVEL = dict(name="Orvel", country="XA", lat=12.0, lon=23.0, precision="city")


def _m(aid, text, place=TESSA, date="2026-03-01"):
    return EventMention(aid, "ASSAULT", Span(aid, 0, len(text), text), mode="explosion",
                        location=Location(**place), date=date, date_explicit=True)


MAIN_A = "A bomb tore through the cathedral in Tessa during Sunday mass, killing at least 20 people."
MAIN_B = "Twin blasts at a cathedral in Tessa killed 20 worshippers on Sunday, officials said."
SECOND_A = "A second bomb exploded in the car park moments later as soldiers rushed to help."
SECOND_B = "Minutes on, a second device blew up in the church car park as troops came."


def test_the_second_blast_joins_the_attack_its_articles_tell():
    ms = [_m("a", MAIN_A), _m("a", SECOND_A), _m("b", MAIN_B), _m("b", SECOND_B)]
    groups = group_mentions(ms)
    assert len(groups) == 1 and together(groups, *ms)


def test_a_blast_elsewhere_or_another_day_stays_apart():
    far = [_m("a", MAIN_A), _m("a", "Another bomb exploded at a bus station in Orvel.", ORVEL),
           _m("b", MAIN_B), _m("b", "Another blast hit a bus station in Orvel, police said.", ORVEL)]
    assert not together(group_mentions(far), far[0], far[1])
    later = [_m("a", MAIN_A), _m("a", SECOND_A, date="2026-03-09"),
             _m("b", MAIN_B), _m("b", SECOND_B, date="2026-03-09")]
    assert not together(group_mentions(later), later[0], later[1])


def test_the_cue_names_a_second_device():
    assert follow_on(_Mention(_m("a", SECOND_A)))
    assert follow_on(_Mention(_m("a", "Another bomb blast struck close by, outside an inn.")))
    assert not follow_on(_Mention(_m("a", "Some 30 more people died in four other attacks.")))
    assert place_relation(Location(**TESSA), Location(**ORVEL), 60.0) < 0


HOURS_A = "A second explosion went off about two hours later in the Vesna district of Tessa."
HOURS_B = "Another blast hit the Vesna market some three hours after the first, police said."


def test_a_blast_hours_later_is_an_act_of_its_own():
    """A twin bombing's blasts come moments apart; "a second explosion ... two hours later"
    elsewhere in the city is another attack (tuning set 32: it joined the truck bombing's
    record through the article slot)."""
    assert later_act(HOURS_A) and later_act(HOURS_B)
    assert not later_act(SECOND_A) and not later_act("Two hours later the police cordoned off the area.")
    assert not follow_on(_Mention(_m("a", HOURS_A)))
    ms = [_m("a", MAIN_A), _m("a", HOURS_A), _m("b", MAIN_B), _m("b", HOURS_B), _m("c", MAIN_B)]
    groups = group_mentions(ms)
    assert together(groups, ms[0], ms[2], ms[4])
    assert not together(groups, ms[0], ms[1]) and not together(groups, ms[2], ms[3])
