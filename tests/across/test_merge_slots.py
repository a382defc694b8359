"""An article's second telling of an act joins the record its first telling is in
(across/merge_slots.py): refused by the article's slot, it was left as a record of its own
(dev: a restated statement, a crackdown's "fired back", a sanction told twice)."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_slots import background
from newsdesk.model import EventMention, Location, Span
from tests.conftest import together

TESSA = dict(name="Tessa", country="XA", lat=10.0, lon=20.0, precision="city")


def _m(aid, text, actor=None, recipient=None, typ="ASSAULT"):
    return EventMention(aid, typ, Span(aid, 0, len(text), text), actor=actor,
                        recipient=recipient, location=Location(**TESSA),
                        date="2026-03-01", date_explicit=True)


LEAD_A = "Soldiers stormed the protest camp in Tessa on Sunday, firing tear gas and live rounds."
LEAD_B = "Troops stormed the protest camp in Tessa on Sunday with tear gas and live rounds."
LEAD_C = "Soldiers cleared the protest camp in Tessa on Sunday, firing tear gas at the crowd."
BACK_A = "Men with hunting rifles in the protest camp fired back at the soldiers as tear gas fell."


def test_a_second_telling_joins_the_record_of_the_first():
    ms = [_m("a", LEAD_A, "soldiers"), _m("a", BACK_A, "men"),
          _m("b", LEAD_B, "troops"), _m("c", LEAD_C, "soldiers")]
    groups = group_mentions(ms)
    assert len(groups) == 1 and together(groups, *ms)


def test_background_or_another_target_stays_apart():
    strikes = "Soldiers fired tear gas and live rounds at the protest camp in Tessa all week."
    ms = [_m("a", LEAD_A, "soldiers"), _m("a", strikes, "soldiers"),
          _m("b", LEAD_B, "troops"), _m("c", LEAD_C, "soldiers")]
    assert not together(group_mentions(ms), ms[0], ms[1])
    aimed = [_m("a", LEAD_A, "soldiers"), _m("a", BACK_A, "men", "a passing ambulance"),
             _m("b", LEAD_B, "troops"), _m("c", LEAD_C, "soldiers")]
    assert not together(group_mentions(aimed), aimed[0], aimed[1])


def test_background_cues():
    assert background("The army had unleashed several airstrikes during the week.")
    assert background("Fighting has raged around the provincial capital.")
    assert background("The rebels have consistently denied any link to the downing.")
    assert not background("Armed villagers in the camp shot back at the troops.")
    assert not background("The ministry called on the government to end the anarchy.")
