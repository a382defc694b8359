"""The act an accusation charges is told as the accused's: "X accuses Y of downing the jet"
gives the downing to Y (the alleged attacker), never to X, whose accusation is its own event
(extract/ev_attackers.py `accused_doer`, read by ev_actor_fix.fix_roles)."""
from __future__ import annotations

from newsdesk.extract.events import sentence_events


def _assault(text: str):
    return [c for c in sentence_events(text) if c.type == "ASSAULT"]


def test_active_accusation_gives_the_act_to_the_accused():
    [a] = _assault("The governor accused the militia of shelling the market in Varno, killing nine people.")
    assert "militia" in a.actor
    [c] = [c for c in sentence_events("The governor accused the militia of shelling the market in Varno.")
           if c.type == "ACCUSE"]
    assert c.actor == "governor" and "militia" in c.recipient     # the accusation stays the governor's


def test_passive_accusation_gives_the_act_to_its_subject():
    [a] = _assault("Border guards have been widely accused of shooting the two herders.")
    assert a.actor and "guards" in a.actor


def test_an_act_with_its_own_subject_keeps_it():
    acts = _assault("The militia shelled the market after officials accused the mayor of lying.")
    assert acts and all("militia" in (a.actor or "") for a in acts)
