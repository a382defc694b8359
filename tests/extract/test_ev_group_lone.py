"""A lone attacker told by role and by name, or by two roles, is one act
(extract/ev_group_lone.py); a role with a party class beside a name, or roles of
different sexes, stay rivals. (Sentences invented.)"""
from __future__ import annotations

from newsdesk.extract.ev_group_lone import lone_same
from newsdesk.extract.ev_group_parties import actor_conflict
from tests.conftest import assault_mentions

_NAMED = ("At least 12 people died and dozens were hurt at a Valdmoor school on Tuesday after a "
          "student reportedly detonated a bomb and then opened fire, officials said. "
          "The school lies on the edge of the old harbour district. "
          "Witnesses say that, besides setting off the bomb, Danko fired on classmates and teachers. "
          "The regional governor said the attacker later took his own life in the library.")

_ROLES = ("An official said a student attacked a music academy in Orlen on Friday, killing nine "
          "classmates and wounding 30. "
          "Officials first blamed a boiler blast, then spoke of a bomb in the main hall. "
          "Yet several pupils said a gunman or gunmen had shot some of the dead. "
          "The governor said the student, acting alone, shot himself after the attack.")


def test_a_role_and_a_name_of_one_attacker_are_one_act():
    ms = assault_mentions(_NAMED, "2026-05-13")
    assert len(ms) == 1
    assert any("Danko fired" in s.text for s in ms[0].extra_spans)
    assert ms[0].dead.low == 12


def test_two_roles_of_one_attacker_are_one_act():
    ms = assault_mentions(_ROLES, "2026-05-16")
    assert len(ms) == 1
    assert any("gunman or gunmen" in s.text for s in ms[0].extra_spans)


def test_which_names_can_be_one_lone_attacker():
    assert lone_same("a student", "Lev Danko") and lone_same("the 17-year-old pupil", "Danko")
    assert lone_same("teenager", "a gunman or gunmen")
    assert not lone_same("a man", "a woman")                   # two people
    assert not lone_same("the fifth attacker", "Lena Vogt")    # a classed role: maybe a party apart
    assert not lone_same("a student", "Harran Front") and not lone_same("a student", "police")
    assert not lone_same("Lev Danko", "Lena Vogt")             # two names: two people
    assert not actor_conflict("a student", "Lev Danko", "ASSAULT")
    assert actor_conflict("a student", "Lev Danko", "REJECT")  # only attacks are widened
