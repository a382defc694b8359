"""Which doer values stand as rivals (across/dispute_doer_scope.py, used by dispute_rival_accounts
and the fallback's doer slot): a nationality with a fighter noun is a description of a named
group, not its rival, though it still stands against a state's forces; a sentence recalling an
earlier attack names that attack's doer. Also "we" names no party (sentences we wrote)."""
from __future__ import annotations

from newsdesk.across.dispute_doer_scope import descriptor, not_rivals, recalled_at
from newsdesk.across.dispute_fb_slots import named_doers
from newsdesk.across.dispute_rival_accounts import rival_accounts
from tests.conftest import detector_disputes

CLAIM = "The Karuna Brigade claimed responsibility for the bombing of the Lodwar bus station."


def test_a_nationality_with_a_fighter_noun_is_a_descriptor():
    for name in ("Somali insurgents", "suspected Afghan militants", "the Nigerian jihadists", "Somalian rebels"):
        assert descriptor(name), name
    for name in ("Yemen's Houthi rebels", "the Karuna Brigade", "Islamic State", "rebels"):
        assert not descriptor(name), name


def test_a_descriptor_is_no_rival_of_a_named_group_but_is_of_a_state_force():
    assert not_rivals("Kenyan militants", "the Karuna Brigade")
    assert not_rivals("the Karuna Brigade", "Somali insurgents")
    assert not not_rivals("Palestinian gunmen", "Israeli troops")
    assert not not_rivals("Syrian rebels", "the army")


def test_a_descriptor_claim_against_the_named_group_makes_no_rival_account():
    described = "Kenyan militants have claimed responsibility for the blast that tore through the bus station."
    assert not detector_disputes(rival_accounts, CLAIM, described)
    blamed = "Police officials blamed the Tana Front for the bombing of the bus station, a spokesman said."
    assert len(detector_disputes(rival_accounts, CLAIM, blamed)) == 1


def test_blame_for_an_earlier_attack_is_no_side_of_this_one():
    recall = ("The bombing comes weeks after an ambush on a police convoy near the border that "
              "officials blamed on the Tana Front.")
    assert recalled_at(recall, recall.index("blamed"))
    assert not named_doers(recall)
    assert not detector_disputes(rival_accounts, CLAIM, recall)
    earlier = "Officials have blamed the Tana Front for previous attacks on buses in the county."
    assert not detector_disputes(rival_accounts, CLAIM, earlier)
    now = "Officials blamed the Tana Front for the bombing, which killed nine people on Sunday."
    assert not recalled_at(now, now.index("blamed"))
    assert len(detector_disputes(rival_accounts, CLAIM, now)) == 1


def test_we_names_no_doer():
    assert not named_doers("\"We were behind the explosions and we will strike again,\" the caller said.")
