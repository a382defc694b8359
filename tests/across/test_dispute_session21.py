"""Disputes added in session 21 (sentences we wrote): the accused naming another culprit
(dispute_deflect.py), rival targets of one attack (dispute_target.py), and a related-story
headline whose toll is no rival figure (figures.teaser)."""
from __future__ import annotations

import re

from newsdesk.across.dispute_deflect import ACTS, agent
from newsdesk.across.dispute_target import target
from newsdesk.across.figures import teaser
from tests.conftest import story_disputes


def _found(prefix: str, *texts: str) -> list:
    return [d for d in story_disputes(*texts) if d.topic.startswith(prefix)]


def _agent(text: str) -> str | None:
    act = next(m for p in ACTS.values() if (m := p.search(text)))
    return agent(text, act)


ARMY = ("The army said dozens of insurgents died in the clashes near Tarvik. "
        "It blames the insurgents for setting the homes of the valley on fire.")
SHOPKEEPER = "A shopkeeper who fled to the coast said soldiers and police had set the fires."


def test_the_agent_of_an_arson_or_a_shooting_is_read():
    assert _agent("A farmer said soldiers and police had set the fires.") == "soldiers and police"
    assert _agent("Militiamen from the hills invaded the hamlet and set fire to forty houses, "
                  "the regional council said.").startswith("Militiamen")
    assert _agent("Herders accuse the border guards - backed by local gangs - of burning their huts.") \
        == "the border guards"
    assert _agent("Police said unidentified gunmen opened fire on the protesters near the bridge.") \
        == "unidentified gunmen"


def test_the_accused_pointing_elsewhere_is_a_dispute():
    found = _found("who did it", ARMY, SHOPKEEPER)
    assert len(found) == 1
    assert {c.article for c in found[0].claims} == {"a0", "a1"}
    assert "The army" in {c.holder for c in found[0].claims}     # 'It blames ...' is the army's


def test_a_shooting_blamed_away_is_a_dispute():
    police = "Police said unidentified gunmen opened fire on the protesters near the bridge."
    witness = "A nurse at the clinic said soldiers opened fire on the crowd from an armoured car."
    assert len(_found("who did it", police, witness)) == 1


def test_agreeing_or_self_told_culprits_are_no_dispute():
    army = "The army said rebel fighters set fire to the grain depot on Sunday."
    police = "Police officers said the insurgents torched the depot before dawn."
    assert not _found("who did it", army, police)             # nobody blames the state
    own = "The rebel spokesman said his men had set fire to the depot."
    assert not _found("who did it", own, SHOPKEEPER)          # a party telling its own deed


TALIBAN = ("The insurgents claimed the bombing, which they said targeted police guarding the "
           "checkpoint on the airport road.")
ENVOY = "A UN envoy called the attack a crime that targeted a civilian neighbourhood of the city."


def test_the_target_is_read_up_to_its_noun():
    assert target(TALIBAN) == "police"
    assert target(ENVOY) == "a civilian neighbourhood"
    assert target("The raid was aimed at army barracks in the east.") == "army barracks"
    assert target("The storm hit the coast on Monday.") is None


def test_an_armed_and_a_civilian_target_told_by_two_sides_is_a_dispute():
    found = _found("what the attack targeted", TALIBAN, ENVOY)
    assert len(found) == 1
    assert {c.article for c in found[0].claims} == {"a0", "a1"}


def test_targets_of_one_class_are_no_dispute():
    other = "A police spokesman said the bombing targeted officers at the checkpoint."
    assert not _found("what the attack targeted", TALIBAN, other)
    hotels = "The gunmen targeted hotels on the beach, the interior minister said."
    assert not _found("what the attack targeted", hotels, ENVOY)   # a hotel names no armed party


def test_a_related_headline_is_a_teaser_not_a_toll():
    assert teaser("Ferry sinks off the cape, killing 9 as storm closes northern ports")
    assert not teaser("At least 31 villagers died and many more were hurt.")
    assert not teaser("Officials said 12 people were killed in the")          # cut by the page's end
    assert not teaser("Twelve people were killed in the")
    assert not teaser("The flood left 40 dead, officials said")               # told by someone


def test_a_teaser_toll_is_no_rival_figure():
    body = ("The army said nearly 300 people, most of them fighters, have died in the clashes in the valley.\n\n"
            "Ferry sinks off the valley coast, killing 9 as more people flee the clashes\n\n"
            "Residents who fled described soldiers looting shops.")
    assert not [d for d in story_disputes(body) if re.search(r"toll", d.topic)]


def test_a_claim_closed_by_a_named_rejection_is_a_dispute():
    text = ("The council has tried to justify the curfew by saying that the March vote in Dalvik was "
            "rigged - an allegation that the election board rejected.")
    found = [d for d in story_disputes(text) if "election board" in d.topic]
    assert len(found) == 1
    assert {c.holder for c in found[0].claims} == {"council", "election board"}
    other = ("Party leaders also defended the ban by claiming the ballots were forged - an accusation "
             "the national auditor dismissed.")
    assert [d for d in story_disputes(other) if "national auditor" in d.topic]
