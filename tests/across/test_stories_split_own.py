"""The long-text split on a story's own IDF (`Params.pair_split_own`): two crises of one
country, told with the same leaders and cities, part; one crisis told six ways stays whole.
Texts written for this test."""
from __future__ import annotations

import numpy as np

from newsdesk.across import embed
from newsdesk.across.stories import Params
from newsdesk.across.story_consolidate import matrix, split

# Both crises are told with Kastovia, its capital Port Delmar and its leaders' names; each
# outlet repeats its own crisis's core facts.
BOMBING = [
    ("Suicide bombers kill 30 at Port Delmar airport",
     "Three suicide bombers blew themselves up at the airport terminal in Port Delmar on "
     "Tuesday night, killing 30 people. Kastovia's Prime Minister Irena Soltz said the "
     "attackers opened fire with rifles at the terminal entrance before detonating their "
     "explosive vests when police shot at them. President Aldo Varek condemned the attack."),
    ("Kastovia mourns victims of airport bombing",
     "Kastovia held a day of mourning for the 30 people killed when three suicide bombers "
     "attacked the airport terminal in Port Delmar. Investigators said the attackers wore "
     "explosive vests and carried rifles; police recovered a fourth vest from a taxi. "
     "Flights resumed at the terminal under heavy guard."),
    ("Police detain suspects over Port Delmar airport attack",
     "Police in Kastovia detained eleven suspects over the suicide bombing at Port Delmar "
     "airport that killed 30. The three attackers had rented a flat near the terminal, "
     "Prime Minister Irena Soltz said, and assembled their explosive vests there; security "
     "checks at the airport entrance will be doubled."),
]
COUP = [
    ("Soldiers try to seize power in Kastovia",
     "Rebel soldiers in Kastovia tried to overthrow President Aldo Varek on Friday night, "
     "sending tanks onto the bridges of Port Delmar and seizing the state broadcaster. The "
     "coup attempt collapsed before dawn when loyal troops retook the broadcaster and the "
     "rebel soldiers surrendered their tanks."),
    ("Kastovia arrests generals after failed coup attempt",
     "Authorities in Kastovia arrested 200 officers, among them four generals, after the "
     "failed coup attempt against President Aldo Varek. Rebel soldiers had driven tanks "
     "through Port Delmar and taken over the state broadcaster, where they read out a "
     "declaration of martial law."),
    ("Varek vows to purge the army after coup attempt",
     "President Aldo Varek promised to purge the army of the plotters behind the coup "
     "attempt. Crowds in Port Delmar had answered his call to stand in front of the tanks, "
     "and rebel soldiers who held the state broadcaster gave up their weapons, Prime "
     "Minister Irena Soltz said."),
]
# One story, six tellings: the same ferry sinking with its own details in each.
FERRY = [
    ("Ferry sinks off Marran island",
     "A passenger ferry capsized in a storm off Marran island on Sunday with 140 people "
     "aboard. Coast guard boats pulled 90 survivors from the water; rescuers were still "
     "searching for the missing at nightfall, the harbour master said."),
    ("Dozens missing after Marran ferry capsizes",
     "Dozens of passengers were missing after the ferry Selka overturned in high waves near "
     "Marran island. Survivors said the vessel listed sharply when cargo shifted and sank "
     "within minutes. The coast guard sent helicopters to search the strait."),
    ("Coast guard finds bodies from sunken ferry",
     "Divers recovered 22 bodies from the hull of the Selka, the ferry that capsized off "
     "Marran island. The coast guard said 28 people were still missing and that the search "
     "would continue through the week despite rough seas in the strait."),
    ("Ferry Selka was overloaded, survivors say",
     "Survivors of the Selka sinking off Marran island said the ferry carried far more "
     "passengers than seats and trucks were packed on the car deck. The harbour master "
     "opened an inquiry into the capsizing and the owner's licence was suspended."),
    ("Families wait at Marran harbour for news of missing",
     "Relatives of passengers missing since the ferry Selka capsized waited at the Marran "
     "harbour for a third day. The coast guard said divers had reached the car deck of the "
     "sunken ferry, where more bodies were thought to lie."),
    ("Ferry owner arrested after Marran sinking",
     "Police arrested the owner of the Selka, the ferry that sank off Marran island, on "
     "suspicion of negligence. The inquiry found the vessel had sailed overloaded into the "
     "storm; the coast guard put the toll at 41 with nine still missing."),
]


def _vectors(items):
    m = embed.model()
    return matrix([embed.term_weights(title, body, m) for title, body in items])


def _split(items):
    p = Params()
    return split(_vectors(items), np.zeros(len(items), dtype=np.int64), p.pair_split_own,
                 p.pair_split_min, own_idf=True)


def test_two_crises_of_one_country_part():
    labels = _split(BOMBING + COUP)
    assert len(set(labels[:3])) == 1 and len(set(labels[3:])) == 1
    assert labels[0] != labels[3]


def test_one_story_told_six_ways_stays_whole():
    assert len(set(_split(FERRY))) == 1


def test_a_small_story_is_left_alone():
    assert len(set(_split(BOMBING[:2] + COUP[:2]))) == 1
