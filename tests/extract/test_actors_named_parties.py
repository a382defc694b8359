"""Actors and recipients met on fresh held-out coverage (session 11, sets 9 and 11), on short
texts we wrote: a name in apposition to a role, the agent of "issued by", a headline's victim, the
doer of "a strike that killed", a month word as a surname, a visited town, talks with a party,
a measure declared in a noun-only sentence, "he" after a person named in a sentence with no
event, "the source" introduced before, "X and his officials"."""
from __future__ import annotations

from newsdesk.extract.ev_actor_fix import who_named
from tests.conftest import event_mentions, first_event


_mentions, _first = event_mentions, first_event


def test_a_name_in_apposition_to_a_role_is_the_party():
    c = _first("The head of the Senate group of the Kessian Unity Party, Marek Olsen, resigned on Monday.", "RETREAT")
    assert c is not None and c.actor == "Marek Olsen"
    c = _first("The Dornish envoy Ilse Varga was summoned for talks with the Kessian foreign ministry.", "CONSULT")
    assert c is not None and c.actor == "Ilse Varga" and c.recipient == "Kessian foreign ministry"


def test_the_agent_of_a_participle_made_the_nominal_act():
    c = _first("Joint condemnation of Russia issued by the UK on Thursday", "ACCUSE")
    assert c is not None and c.actor == "United Kingdom"
    c = _first("Officials said the raid planned by the Northern Front was foiled", "ASSAULT")
    assert c is None or c.actor != "Northern Front"       # a plan is no doing


def test_a_headline_participle_is_passive():
    c = _first("Head Of Dorn's Border Guard Killed In Velmar Air Strike", "ASSAULT")
    assert c is not None and c.actor is None and c.recipient is not None and c.recipient.startswith("Head")


def test_the_act_that_killed_names_its_doer():
    c = _first("The Kessian army carried out a strike that killed General Ivo Tamm, officials said.", "ASSAULT")
    assert c is not None and c.actor == "Kessian army"


def test_a_month_after_a_given_name_is_a_surname_and_a_town_visited_no_party():
    c = _first("Theresa May met Kessian envoys on Monday.", "CONSULT")
    assert c is not None and c.actor == "Theresa May"
    c = _first("The statement was released as Prime Minister Theresa May visited Salisbury today", "CONSULT")
    assert c is None or c.recipient is None       # a town visited is where, not whom (as "visited Exeter")


def test_a_declared_measure_names_who_declared_it():
    ms = _mentions("Following the clash, the Kessian government declared a 30-day state of martial law.")
    assert any(m.type == "COERCE" and m.actor == "Kessian government" for m in ms)
    c = _first("The government declared a state of emergency on Monday.", "COERCE")
    assert c is not None and c.actor == "government" and c.recipient is None


def test_he_is_the_person_named_in_a_sentence_without_event():
    ms = _mentions("Police in Velmar arrested the journalist Anton Kask on Monday. "
                   "Deputy minister Pavel Orlov said the arrest was lawful. "
                   "He accused foreign media of spreading lies about the case.")
    acc = [m for m in ms if m.type == "ACCUSE"]
    assert acc and acc[0].actor == "Pavel Orlov"


def test_the_source_is_the_one_introduced_before():
    ms = _mentions("An official source within Dorn's embassy in Velmar rejected the report on Sunday. "
                   "The source strongly denounced the reports, calling them lies.")
    acc = [m for m in ms if m.type in ("ACCUSE", "REJECT") and "denounced" in m.span.text]
    assert acc and acc[0].actor is not None and acc[0].actor.startswith("official source within Dorn")


def test_a_name_and_his_officials_act_together():
    c = _first("Morales and his senior officials denounced the pressure as a coup.", "ACCUSE")
    assert c is not None and c.actor == "Morales and his senior officials"


def test_only_a_figure_names_no_recipient():
    for toll in ("only 20 people", "just five"):
        assert who_named(toll) is None, toll
    assert who_named("only the soldiers") == "only the soldiers"
