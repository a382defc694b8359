"""A strike told as the answer to the article's attack is its own act (extract/ev_group_reprisal.py):
it names the attack it answers, but does not join it, and the attack's record keeps its own actor.
(Sentences invented.)"""
from __future__ import annotations

from types import SimpleNamespace

from newsdesk.extract.ev_group_reprisal import is_reprisal
from tests.conftest import assault_mentions


def _cand(mode=None):
    return SimpleNamespace(type="ASSAULT", triggers=[SimpleNamespace(start=0, mode=mode)])


def test_air_strikes_following_the_attack_are_a_reply():
    assert is_reprisal("Government jets carried out air strikes on rebel camps following the "
                       "attack, the army said on Monday.", _cand())


def test_a_strike_in_retaliation_for_a_bombing_is_a_reply():
    assert is_reprisal("In retaliation for the market bombing, artillery shelled the hills "
                       "north of the town.", _cand())


def test_responded_by_sending_jets_is_a_reply():
    assert is_reprisal("The army responded within hours, sending warplanes over the border "
                       "villages.", _cand())


def test_the_attack_itself_is_no_reply():
    assert not is_reprisal("Gunmen opened fire on worshippers after the evening prayer, "
                           "killing 40 people.", _cand())
    assert not is_reprisal("Jets bombed the market on Friday, killing 12 shoppers.", _cand("aerial"))


def test_the_reply_stays_apart_from_the_attack():
    ms = assault_mentions(
        "Gunmen stormed a church in the village of Morvale on Sunday, killing 31 people. "
        "Another 40 people were wounded in the attack, the health ministry said. "
        "Fighter jets from the national air force bombed militant hideouts in the hills "
        "following the attack, the military said on Monday.",
        "2027-03-08")
    assert len(ms) == 2
    attack = next(m for m in ms if m.dead is not None)
    reply = next(m for m in ms if m is not attack)
    assert attack.dead.low == 31
    assert "jets" not in (attack.actor or "").lower()
    assert reply.mode == "aerial"
