"""Linked attacks told in one article stay apart (extract/ev_group_prior.py): a town named only
as the anchor of a measured distance is not the act's place, and a toll told in a "came hours
after ..." clause is the earlier act's, not the one the sentence opens with. (Sentences invented.)"""
from __future__ import annotations

from types import SimpleNamespace

from newsdesk.extract.ev_group_prior import drop_anchor_places, mark_prior_acts
from newsdesk.model import Count
from tests.conftest import assault_mentions


def _art(text: str):
    return SimpleNamespace(sentences=[SimpleNamespace(text=text)])


def _cand(places, dead=None, anaphoric=True):
    return SimpleNamespace(sent=0, type="ASSAULT", places=list(places), dead=dead, injured=None,
                           anaphoric=anaphoric)


def test_a_distance_anchor_is_not_the_place():
    c = _cand(["Porto", "Lisbon"])
    drop_anchor_places(_art("The gunmen wounded four people in Porto, 190 miles (300km) north of Lisbon."), [c])
    assert c.places == ["Porto"]


def test_a_place_also_named_plainly_is_kept():
    c = _cand(["Lisbon"])
    drop_anchor_places(_art("A blast in Lisbon was felt in a village 12 km east of Lisbon."), [c])
    assert c.places == ["Lisbon"]


def test_a_toll_after_came_after_is_the_earlier_act():
    c = _cand(["Lisbon"], dead=Count(9, 9))
    mark_prior_acts(_art("The stabbing on Sunday came six hours after nine people were killed "
                         "when a lorry hit a crowd in Lisbon."), [c])
    assert c.anaphoric is False and c.places == ["Lisbon"]


def test_a_toll_before_the_cue_stays_a_reference():
    c = _cand(["Lisbon"], dead=Count(2, 2))
    mark_prior_acts(_art("The attack, which killed two, came days after a rally in Lisbon."), [c])
    assert c.anaphoric is True


def test_the_earlier_attack_keeps_its_own_toll():
    ms = assault_mentions(
        "Police shot dead three attackers in the harbour town of Nazare on Sunday after they stabbed "
        "six people on the beach. "
        "The suspects injured six people in the town, 70 miles (110km) north of Lisbon. "
        "The attack in Nazare came around ten hours after nine people were killed and 40 injured "
        "when a lorry drove into a market crowd in Lisbon.",
        "2027-05-02")
    lisbon = [m for m in ms if m.dead and m.dead.low == 9]
    assert lisbon and all(m.dead.low != 9 for m in ms if m not in lisbon)
    assert not any(m.dead and m.dead.low == 9 and m.location and m.location.name == "Nazare" for m in ms)


def test_a_longer_definite_reference_opens_no_record():
    """"the two suspected terror attacks" refers back (three words between the article and
    the noun, extract/ev_light.py): it joins a told attack instead of opening a faceless one."""
    ms = assault_mentions(
        "Gunmen stormed a hotel in the port town of Sfax on Monday, killing eight guests. "
        "Hours later a car bomb hit a checkpoint in Gabes, killing four soldiers. "
        "The interior ministry said the two suspected terror attacks were linked.",
        "2027-04-06")
    assert len(ms) == 2
    assert all(m.dead is not None for m in ms)
