"""Roles met on the session-15 tuning set, on short texts we wrote: the party a deed is blamed
"on" (also through a relative "which"), a toll complement after a counted noun ("left N
people dead and M wounded") that is no name, the one who denies a link ("had no
connection with"), and the state a nation's adjective names as doer ("Russian strikes")."""
from __future__ import annotations

from newsdesk.extract.ev_actor_fix import who_named
from tests.conftest import event_mentions, first_event


def test_the_party_a_deed_is_blamed_on_is_accused():
    c = first_event("Dornish officials blamed the bombing on the Velmar network.", "ACCUSE")
    assert c is not None and c.recipient == "Velmar network"
    c = first_event("The blast went off near the Korlan embassy, which officials later blamed on "
                    "the Velmar network.", "ACCUSE")
    assert c is not None and c.recipient == "Velmar network"


def test_a_thing_blamed_on_is_no_recipient_and_for_keeps_the_object():
    c = first_event("The owners blamed the blast on the Korlan Star on a drifting mine, though others "
                    "suspected a torpedo.", "ACCUSE")
    assert c is not None and c.recipient is None
    c = first_event("Officials blamed militants for the attack on the embassy.", "ACCUSE")
    assert c is not None and c.recipient == "militants"


def test_a_toll_after_a_counted_noun_is_no_recipient():
    ms = [m for m in event_mentions("The explosion left at least 40 people dead and 120 wounded, "
                                    "a ministry spokesman said.") if m.type == "ASSAULT"]
    assert ms and all(m.recipient is None for m in ms)
    assert who_named("close to 90 people") is None and who_named("close to 90 soldiers") == "close to 90 soldiers"


def test_the_one_who_says_a_link_does_not_exist_denies_it():
    c = first_event("A senior Dornish official insisted Dorn had no connection with the blast.", "REJECT")
    assert c is not None and c.actor == "senior Dornish official"
    c = first_event("Dorn had no connection to the attack.", "REJECT")
    assert c is not None and c.actor == "Dorn"


def test_a_nations_adjective_as_doer_names_the_state():
    c = first_event("Russian air strikes killed 12 people in the town of Velmar.", "ASSAULT")
    assert c is not None and c.actor == "Russia"
    c = first_event("Israeli troops shot a Palestinian near the fence.", "ASSAULT")
    assert c is not None and c.actor == "Israeli troops" and c.recipient == "Palestinian"


def test_an_on_phrase_of_time_is_not_whom_a_deed_is_blamed_on():
    c = first_event("Dornish officials blamed the Velmar network on Sunday for the bombing of the bridge.",
                    "ACCUSE")
    assert c is not None and c.recipient == "Velmar network"
