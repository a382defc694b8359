"""Roles read off the parse (extract/parties.py): a nation's adjective on an act noun names
the doer, on a thing it names the owner; a participle with a "by" agent is passive even with
no subject of its own."""
from __future__ import annotations

from newsdesk.extract.parties import roles
from newsdesk.nlp import parse


def _roles(sentence: str, word: str):
    doc = next(iter(parse([sentence])))
    tok = next(t for t in doc if t.text == word)
    actor, recip = roles(tok)
    return (actor.text if actor is not None else None), (recip.text if recip is not None else None)


def test_agent_of_a_reduced_relative_is_the_actor():
    s = "The rebels claimed the bombing, a claim dismissed by Turkish and Greek officials as false."
    assert _roles(s, "dismissed")[0] == "officials"
    assert _roles("The plan was rejected by the rebels on Monday.", "rejected")[0] == "rebels"


def test_nation_adjective_on_an_act_noun_is_the_actor():
    s = "The group said it had downed the airliner because of French air strikes in Mali."
    assert _roles(s, "strikes")[0] == "French"
    assert _roles(s, "air")[0] == "French"      # the trigger's first word, a compound
    assert _roles("Villagers fled the Israeli raid at dawn.", "raid")[0] == "Israeli"


def test_nation_adjective_on_a_thing_is_its_owner_not_the_actor():
    s = "Kyiv accused Moscow of shooting down a Ukrainian fighter jet."
    assert _roles(s, "fighter")[0] is None
    assert _roles(s, "jet")[0] is None
    assert _roles("A bomb brought down the Egyptian jet over the sea.", "jet")[0] is None
