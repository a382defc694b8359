"""No dispute between one voice and itself, nor from a passive accusation that names no
accuser (across/dispute_sides.py), on texts we wrote after noise met on unseen coverage."""
from __future__ import annotations

from newsdesk.across.dispute_sides import passive_blame, same_description
from tests.conftest import story_disputes


def test_an_unnamed_lawyer_going_on_is_one_voice():
    text = ("\u201cI don't think the case is there yet,\u201d said the lawyer, who asked not to be named.\n\n"
            "Still, the lawyer, a veteran of two inquiries, said the mayor's alleged remarks were unwise.")
    assert story_disputes(text) == []
    assert same_description("It is over, said the lawyer, who asked not to be named.",
                            "Still, the lawyer, a veteran, said it was unwise.")


def test_a_party_named_as_the_target_still_answers():
    text = ("Opposition leaders accused the minister of hiding the report, their spokesman insisted on Monday.\n\n"
            "However, the minister said the claims were baseless.")
    assert len(story_disputes(text)) == 1
    assert not same_description("Opposition leaders accused the minister of hiding it.",
                                "However, the minister said the claims were baseless.")


def test_passive_accusations_name_no_accuser():
    s = "In Ohio, they are accused of vandalizing the home of a fur trader."
    assert passive_blame(s, s.index("accused"))
    s = "The two men were accused by prosecutors of arson."
    assert not passive_blame(s, s.index("accused"))
    s = "Ruvan officials blamed Kesh militants for the attack."
    assert not passive_blame(s, s.index("blamed"))
    text = ("The blast at the depot killed four guards. Ruvan officials blamed Kesh militants for "
            "the attack, the ministry said.\n\n"
            "Kesh commanders, in turn, blamed Ruvan soldiers for the blast, a Kesh spokesman said.")
    assert [d.kind for d in story_disputes(text)] == ["responsibility"]


def test_a_party_rejecting_another_partys_account():
    text = ("The transport minister of Varesia said on Monday that the ferry sank in a storm and "
            "that no one survived.\n\n"
            "Families of the missing crew refused to accept the Varesian account of events and "
            "accused officials of hiding what they knew.")
    ds = story_disputes(text)
    assert len(ds) == 1 and {c.holder.split()[-1] for c in ds[0].claims} >= {"Varesia"} | set()
    assert any("Families" in c.holder for c in ds[0].claims)
    lone = ("Families of the missing crew refused to accept the Varesian account of events.")
    assert story_disputes(lone) == []          # no sentence gives that account: no dispute
