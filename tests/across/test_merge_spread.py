"""A running total of an act drawn out over days dates no single day, so its day vetoes no
join (across/merge_spread.py): one outlet tells a crackdown on its first day, another sums it
up a week later, and the two stay one record; two single acts a week apart still never join."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_spread import spread_over_time
from newsdesk.model import EventMention, Location, Span
from tests.conftest import together

TESSA = dict(name="Tessa", country="XA", lat=10.0, lon=20.0, precision="city")


def _m(aid, text, day, typ="ASSAULT"):
    return EventMention(aid, typ, Span(aid, 0, len(text), text), actor="police",
                        recipient="marchers", location=Location(**TESSA), date=day,
                        date_explicit=True)


FIRST = "Police in Tessa fired live rounds at marchers on Monday, killing at least twelve."
TOTAL = ("Weeks of protests in Tessa and the police crackdown on the marchers have killed "
         "at least forty people, a rights group said.")
AGAIN = "Police in Tessa fired live rounds at marchers on Tuesday, killing at least nine."


def test_a_running_total_joins_the_first_report_days_later():
    ms = [_m("a", FIRST, "2026-03-02"), _m("b", TOTAL, "2026-03-12")]
    assert together(group_mentions(ms), *ms)


def test_two_single_acts_days_apart_stay_apart():
    ms = [_m("a", FIRST, "2026-03-02"), _m("b", AGAIN, "2026-03-10")]
    assert not together(group_mentions(ms), *ms)


SIT_IN = "Thousands of marchers kept up their protest in Tessa's main square on Monday."
CAMP = ("Police moved in to clear the protest camp in Tessa's main square, where marchers had "
        "stayed for two weeks.")


def test_a_standing_protest_is_one_act_over_its_days():
    ms = [_m("a", SIT_IN, "2026-03-02", "PROTEST"), _m("b", CAMP, "2026-03-09", "PROTEST")]
    assert together(group_mentions(ms), *ms)
    single = [_m("a", SIT_IN, "2026-03-02", "PROTEST"),
              _m("b", "Marchers gathered in Tessa's main square on Monday.", "2026-03-09",
                 "PROTEST")]
    assert not together(group_mentions(single), *single)


def test_spread_cues():
    def spread(text):
        return spread_over_time(_m("a", text, "2026-03-02"))
    assert spread("Days of unrest over bread prices have left 30 dead across the country.")
    assert spread("Nearly 60 marchers have been killed since the generals took power.")
    assert spread("At least 80 people were detained over the past few days.")
    assert spread("The crackdown has killed dozens in recent weeks, medics said.")
    assert not spread("Police fired tear gas at marchers in the capital on Saturday.")
    assert not spread("It was the worst attack since the war ended.")
    assert not spread("Twenty were killed, the deadliest day since the uprising began.")
    assert not spread("Eleven people were killed on Friday, the most since 2015.")
    assert not spread("It was the deadliest bombing in the port in recent months.")
    assert not spread("Troops shot dead a third marcher, bringing the toll since the coup to 15.")
    assert not spread("After three days of fighting, a drone strike on the market killed 12.")
    resigned = _m("a", "The premier quit after weeks of protests over fuel prices.", "2026-03-02",
                  typ="RETREAT")
    assert not spread_over_time(resigned)

    def protest(text):
        return spread_over_time(_m("a", text, "2026-03-02", "PROTEST"))
    assert protest("The protests erupted over a jump in bread prices.")
    assert protest("Students began a sit-in outside the ministry.")
    assert not protest("Students marched to the ministry on Friday.")
