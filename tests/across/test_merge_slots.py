"""An article's second telling of an act joins the record its first telling is in
(across/merge_slots.py): refused by the article's slot, it was left as a record of its own
(dev: a restated statement, a crackdown's "fired back", a sanction told twice)."""
from __future__ import annotations

from newsdesk.across.merge import group_mentions
from newsdesk.across.merge_slots import background, join_retold
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


# one speaker's two requests to different addressees, told in two sentences of article "a"
ASK_POLICE = ("The mayor of Tessa urged the police on Sunday to stop firing rubber bullets at "
              "voters outside the polling stations.")
ASK_HURT = ("She also asked the injured voters to see doctors on Sunday and to report the "
            "rubber bullets fired by the police at the polling stations.")
ASK_B = ("The mayor of Tessa urged police on Sunday to stop firing rubber bullets at voters "
         "outside polling stations, and asked the injured to report to doctors.")
ASK_C = ("Tessa's mayor urged the police on Sunday to end the firing of rubber bullets at "
         "voters at the polling stations.")


def test_a_further_request_of_its_speaker_stays_apart():
    ms = [_m("a", ASK_POLICE, "mayor of Tessa", typ="REQUEST"),
          _m("a", ASK_HURT, "mayor of Tessa", typ="REQUEST"),
          _m("b", ASK_B, "mayor of Tessa", typ="REQUEST"),
          _m("c", ASK_C, "mayor of Tessa", typ="REQUEST")]
    groups = group_mentions(ms)
    assert together(groups, ms[0], ms[2], ms[3])
    assert not together(groups, ms[0], ms[1])


def test_further_statement_cues():
    assert background("He also asked the families to keep the hospital receipts.")
    assert background("The envoy further urged both sides to return to the talks.")
    assert background("She also called on the council to meet again.")
    assert not background("The group, also called the Northern Front, took the town.")
    assert not background("Flights to the capital would also be affected.")


def _retold(arts, owner, refused, texts=None):
    """Run join_retold on mentions 0..n-1 (`owner`: each one's group) and give the owners."""
    owner = list(owner)
    others = {}
    for i, j in refused:
        others.setdefault(i, set()).add(j)
        others.setdefault(j, set()).add(i)

    def absorb(h, g):
        for k, o in enumerate(owner):
            if o == g:
                owner[k] = h
    texts = texts or ["The attackers then set off their explosives at the gate."] * len(arts)
    join_retold(owner, texts, arts, others, lambda g, h: False, absorb)
    return owner


def test_a_group_of_second_tellings_joins_the_record_that_refused_them():
    # mentions 0-2: articles a, b, c telling the attack; 3-4: a's and b's second tellings,
    # linked to each other, each refused by the attack's record only for its article slot
    arts = ["a", "b", "c", "a", "b"]
    assert _retold(arts, [0, 0, 0, 3, 3], [(3, 0), (4, 1)]) == [0] * 5


def test_an_act_of_its_own_stays_apart():
    arts = ["a", "b", "c", "a", "b", "d"]
    # one member never reached the record above the bar: the other blast, told by all
    assert _retold(arts[:5], [0, 0, 0, 3, 3], [(3, 0)]) == [0, 0, 0, 3, 3]
    # an outlet the record does not hold tells it: its own act
    assert _retold(arts, [0, 0, 0, 3, 3, 3], [(3, 0), (4, 1), (5, 2)]) == [0, 0, 0, 3, 3, 3]
    # told in the plural: background, not a retelling
    plural = ["Bombings hit the capital all week."] * 5
    assert _retold(arts[:5], [0, 0, 0, 3, 3], [(3, 0), (4, 1)], plural) == [0, 0, 0, 3, 3]


def test_an_earlier_act_the_report_recalls_is_no_second_telling():
    """An article groups "came N days after <another attack>" apart; across articles, the
    slot refusal must not fold it back into the record of the article's own attack."""
    assert background("The new bloodshed comes four days after two teenage bombers killed "
                      "more than 30 people at a bus station in the eastern city.")
    assert background("A week ago, gunmen stormed a hotel in the capital and killed 12.")
    assert not background("The attack, which killed 40, came two days after the talks ended.")
    lead_a = "Gunmen and suicide bombers killed at least 80 worshippers at the central mosque in Tessa."
    lead_b = "Suicide bombers and gunmen killed more than 80 people at the central mosque in Tessa."
    recalled = ("The renewed bloodshed at the mosque comes four days after two suicide bombers "
                "killed more than 30 people in Tessa.")
    ms = [_m("a", lead_a, "gunmen and suicide bombers"), _m("a", recalled, "two suicide bombers"),
          _m("b", lead_b, "suicide bombers and gunmen")]
    assert not together(group_mentions(ms), ms[0], ms[1])
