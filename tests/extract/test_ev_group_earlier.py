"""An earlier act an article recalls beside its own attack gets a record of its own
(extract/ev_group_earlier.py), and a relative's death told through a mourner counts no toll
(extract/ev_group_kin.py). (Sentences invented.)"""
from __future__ import annotations

from tests.conftest import assault_mentions

_RECALLED = ("A truck bomb killed at least 30 people outside the Marlow railway station in Vessa "
             "on Saturday, officials said. "
             "The Dorn Brigade said its fighters carried out the bombing. "
             "A week ago, Dorn Brigade fighters killed 12 people in a hotel in Vessa. "
             "The health ministry said 30 people had died and 80 were hurt.")

_CAME_AFTER = ("A truck bomb killed at least 30 people outside the Marlow railway station in Vessa "
               "on Saturday, officials said. "
               "The bombing came just two days after Dorn Brigade fighters killed 12 people at a market "
               "in the city. "
               "The health ministry said 30 people had died.")

_CLAUSE = ("A bomb tore through the emergency ward of the Vessa city hospital on Monday, killing at "
           "least 25 people. "
           "The blast struck as mourners gathered around the body of Ilan Moreau, a judge who was shot "
           "dead on his way to court earlier in the day. "
           "Police said 25 people were killed in the bombing.")

_KIN = ("A woman weeps after learning her son was killed in a bomb attack on the Tarsin market. "
        "A suicide bomber killed 40 people in the Tarsin market on Sunday, police said. "
        "The ministry said 40 people died in the attack.")


def _with(ms, words):
    return [m for m in ms if any(words in s.text for s in [m.span, *m.extra_spans])]


def test_a_hotel_attack_a_week_ago_is_its_own_act():
    ms = assault_mentions(_RECALLED, "2026-03-14")
    earlier = _with(ms, "A week ago")
    assert len(earlier) == 1 and earlier[0].dead.low == 12
    assert earlier[0].date == "2026-03-07"
    bombing = _with(ms, "truck bomb")
    assert len(bombing) == 1 and bombing[0].dead.low == 30
    assert not any("A week ago" in s.text for s in [bombing[0].span, *bombing[0].extra_spans])


def test_an_act_the_attack_came_after_is_its_own_act():
    ms = assault_mentions(_CAME_AFTER, "2026-03-14")
    earlier = _with(ms, "came just two days after")
    assert len(earlier) == 1 and earlier[0].dead.low == 12
    bombing = _with(ms, "truck bomb")[0]
    assert bombing.dead.low == 30 and bombing is not earlier[0]


def test_a_killing_told_in_a_clause_of_the_bombing_sentence_gets_a_record():
    ms = assault_mentions(_CLAUSE, "2026-03-16")
    killing = [m for m in ms if m.recipient == "Ilan Moreau"]
    assert len(killing) == 1
    assert killing[0].dead.low == 1 and killing[0].mode == "firearms"
    bombing = _with(ms, "tore through")
    assert len(bombing) == 1 and bombing[0].dead.low == 25


def test_a_sons_death_is_no_toll_of_the_bombing():
    ms = assault_mentions(_KIN, "2026-03-16")
    tolled = [m for m in ms if m.dead is not None]
    assert len(tolled) == 1 and tolled[0].dead.low == 40
    assert _with(ms, "her son")[0] is tolled[0]


_HOURS = ("Gunmen stormed the embassy in Vessa on Tuesday, killing one guard. "
          "The attack on the embassy in Vessa came just hours after protesters stormed a "
          "consulate in Marlow.")


def test_an_act_hours_before_is_its_own_and_the_head_stays_with_the_attack():
    ms = assault_mentions(_HOURS, "2026-03-11")
    cairo = [m for m in ms if m.actor == "protesters"]
    assert len(cairo) == 1 and cairo[0].date == "2026-03-10"
    attack = _with(ms, "killing one guard")
    assert len(attack) == 1 and attack[0] is not cairo[0]
    assert _with(attack, "came just hours after")      # the head retells the attack


_TOOK_PLACE = ("Gunmen killed at least 60 villagers in Orvane overnight, the governor said. "
               "It took place only days after another raid on the hamlet of Kessel, north of Orvane, "
               "left 9 people dead. "
               "The governor said 60 people had been killed in Orvane.")

_COMING = ("A bomb killed 18 people at a bus depot in Lusk on Friday, police said. "
           "Coming a week after gunmen killed 7 people at the Lusk customs post, the blast shook the city. "
           "Police said 18 people were killed at the depot.")


def test_took_place_days_after_tells_an_earlier_act_with_no_day():
    ms = assault_mentions(_TOOK_PLACE, "2026-03-14")
    earlier = _with(ms, "only days after")
    assert len(earlier) == 1 and earlier[0].dead.low == 9
    assert earlier[0].date is None                  # "days" gives no day
    raid = _with(ms, "Gunmen killed")
    assert len(raid) == 1 and raid[0] is not earlier[0] and raid[0].dead.low == 60


def test_coming_a_week_after_tells_an_earlier_act():
    ms = assault_mentions(_COMING, "2026-03-14")
    earlier = _with(ms, "Coming a week after")
    assert len(earlier) == 1 and earlier[0].actor == "gunmen"
    assert earlier[0].date == "2026-03-06"          # a week before the bombing's Friday
    bomb = _with(ms, "bus depot")
    assert bomb and bomb[0] is not earlier[0] and bomb[0].dead.low == 18
