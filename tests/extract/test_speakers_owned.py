"""A possessive description as speaker ('the governor's office said'), on texts we wrote: it
names what the owner has, so a name that ends an aside right before it is not the speaker
(role_holders._owned_thing); a person title after a possessive still takes the appositive name."""
from __future__ import annotations

from tests.conftest import direct_quotes


def test_an_office_or_account_is_not_the_name_before_it():
    text = ("The guard detained the leader overnight.\n\n"
            "In a post on its website, which is run by a firm in Osla, the governor’s office said "
            "“members of the guard had a fit of anger and tried to win over the army.”\n\n"
            "With the governor held inside his home in the capital, Vardo, the governor’s official "
            "account tweeted that “members of the guard had failed to win over the army”.")
    assert [q.speaker for q in direct_quotes(text)] == ["the governor’s office", "the governor’s official account"]


def test_a_possessed_person_title_keeps_its_name():
    qs = direct_quotes("“We will hold the line,” the ministry's spokesman, Tomas Reyes, said.")
    assert qs[0].speaker == "Tomas Reyes"
