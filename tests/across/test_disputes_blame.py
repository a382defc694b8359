"""Who broke it: rival blame for one breakdown (across/dispute_blame.py), on short texts we wrote."""
from __future__ import annotations

import re

from newsdesk.across.dispute_blame import BREACH, blamed
from newsdesk.across.dispute_sides import kin
from tests.conftest import story_disputes


def _blamed(text: str):
    return blamed(text, BREACH.search(text))


def _breach(disputes):
    return [d for d in disputes if d.topic.startswith(("who broke it", "who is to blame"))]


def test_the_blamed_party_is_read_from_subject_and_accusation():
    assert _blamed("The interior ministry said rebels broke the truce at dawn.") == ("rebels", None)
    assert _blamed("Opposition fighters accused government troops of violating the ceasefire.") == \
        ("government troops", "Opposition fighters")
    assert _blamed("The army denied that its units violated the ceasefire.") == (None, None)
    assert _blamed("Officials said the rebels might have wrecked the deal.") == (None, None)
    assert _blamed("Witnesses said shelling resumed at noon, breaking the truce.") == (None, None)
    assert not BREACH.search("Reuters broke news of the deal.")
    assert not BREACH.search("The mayor broke the rules to deal with the flood.")
    assert _blamed("Monitors said the army was guilty of violating the truce.") == (None, None)
    assert _blamed("The ministry said Vessia is violating the truce by shelling the town.") == ("Vessia", None)


def test_sides_tell_state_from_its_armed_foes_and_two_states_apart():
    assert kin("The interior ministry", "government troops")
    assert not kin("Opponents of President Varga", "the government")
    assert not kin("Norland's defence ministry", "Vessian forces")
    assert kin("Norland's defence ministry", "the Norlandic army")


def test_each_side_blaming_the_other_across_outlets_is_a_dispute():
    a = "The interior ministry said rebels broke the truce at dawn and shelled a convoy of buses."
    b = "Opposition fighters accused government troops of violating the ceasefire by bombing the market."
    found = _breach(story_disputes(a, b))
    assert len(found) == 1 and found[0].kind == "responsibility"
    assert {c.article for c in found[0].claims} == {"a0", "a1"}
    assert re.search(r"rebels .*government troops|government troops .*rebels", found[0].topic)


def test_an_ally_blaming_the_same_party_joins_its_side():
    a = "The interior ministry said rebels broke the truce at dawn and shelled a convoy of buses."
    b = "Opposition fighters accused government troops of violating the ceasefire by bombing the market."
    c = "A pro-government militia commander said the insurgents violated the agreement within hours."
    found = _breach(story_disputes(a, b, c))
    assert len(found) == 1 and {c.article for c in found[0].claims} == {"a0", "a1", "a2"}


def test_two_parties_accusing_each_other_in_one_sentence_is_a_dispute():
    text = "Norland and Vessia have accused each other of violating the truce along the river border."
    found = _breach(story_disputes(text))
    assert len(found) == 1
    assert [c.holder for c in found[0].claims] == ["Norland", "Vessia"]


def test_one_sided_denied_or_feared_blame_is_no_dispute():
    same_side = ("The interior ministry said rebels broke the truce at dawn.",
                 "Police officers said the insurgents violated the ceasefire near the bridge.")
    denied = ("The interior ministry said rebels broke the truce at dawn.",
              "The army denied that its units violated the ceasefire.")
    feared = ("Officials said the rebels might have wrecked the deal.",
              "Opposition fighters said the government would never honour the agreement.")
    for texts in (same_side, denied, feared):
        assert not _breach(story_disputes(*texts))


def test_a_passive_breach_and_a_blamed_breakdown_name_the_party():
    assert _blamed("Officials said the ceasefire was broken by rebel fighters on Monday.") == ("rebel fighters", None)
    assert _blamed("The opposition blamed government troops for the collapse of the truce.") == \
        ("government troops", "The opposition")
    assert _blamed("Aid workers described the collapse of the truce.") == (None, None)


def test_a_country_and_its_demonym_are_one_side():
    assert kin("Azerbaijan's defence ministry", "Azerbaijani forces")
    assert kin("Iran", "Iranian-backed militias")
    assert not kin("Azerbaijan's defence ministry", "Armenian forces")


def test_who_fired_first_told_two_ways_is_a_dispute():
    a = "Police said the gunman fired first when officers approached the car."
    b = "Relatives of Ahmed Saleh insisted that officers fired first."
    found = _breach(story_disputes(a, b))
    assert len(found) == 1 and {c.article for c in found[0].claims} == {"a0", "a1"}
