"""Who set off the weapon is who attacked (extract/borrowed.py `deliverer`, `weapon_user`): a
harm told in the passive, or a weapon as the subject, names its doer in a "by" phrase on the
weapon ("bombs set off by two attackers"). Sentences written for these tests."""
from __future__ import annotations

from tests.conftest import first_event


def test_bombs_set_off_by_attackers_in_a_when_clause():
    c = first_event("At least 40 people were killed in Velmar on Saturday when bombs set off by two "
                    "suspected suicide attackers ripped through a crowd of students at a rally.", "ASSAULT")
    assert c is not None and c.actor == "two suspected suicide attackers"


def test_a_device_planted_by_rebels_as_the_subject():
    c = first_event("A device planted by separatist rebels killed 12 people at a market in Dorn on "
                    "Tuesday, police said.", "ASSAULT")
    assert c is not None and c.actor == "separatist rebels"


def test_a_weapon_with_no_agent_names_no_actor():
    c = first_event("At least 40 people were killed in Velmar on Saturday when two bombs ripped "
                    "through a crowd of students at a rally.", "ASSAULT")
    assert c is not None and c.actor is None


def test_who_reported_the_blast_is_no_user():
    """A "by" agent on a telling verb is a teller, and a thing that is no weapon has no user."""
    c = first_event("Twelve people were killed when a building damaged by the storm collapsed in "
                    "Velmar, officials said.", "ASSAULT")
    assert c is None or c.actor is None
