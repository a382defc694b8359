"""A party's judgement of an attack is not one of its tellings (extract/ev_group_judged.py,
listed by ev_group_refs.py, taken off the records by across/merge_refs.py): the attack noun
in the content clause of a verb of saying, either inside the predicate of a copula whose
subject is a party ("X was the prime suspect in the bombing") or as the subject of a
predicate relating the act to something else ("was meant to ...", "was similar to ...").
A speaker reporting the act itself ("said the blast killed ...", "said the attack was the
deadliest ...") is still a telling. (Sentences invented; places and names fictional.)"""
from __future__ import annotations

from newsdesk.extract.ev_group_judged import judgement
from newsdesk.nlp import parse
from tests.extract.test_ev_group_refs import LEDE, assault_mentions, told


def _judged(sentence: str, noun: str) -> bool:
    doc = parse([sentence])[0]
    return judgement(next(t for t in doc if t.text == noun)) is not None


def test_the_suspect_in_the_bombing_is_a_judgement():
    assert _judged("The interior minister said a border militia was the main suspect in the bombing.",
                   "bombing")


def test_the_aim_of_the_attack_is_a_judgement():
    assert _judged("The governor said the attack was meant to frighten voters before the ballot.",
                   "attack")


def test_a_likeness_of_the_blast_is_a_judgement():
    assert _judged("The mayor said that the blast was similar to the one at the harbour last spring.",
                   "blast")


def test_the_blast_that_killed_is_reported_not_judged():
    assert not _judged("Police said the blast killed 14 people at the depot.", "blast")


def test_the_deadliest_attack_is_reported_not_judged():
    assert not _judged("Officials said the attack was the deadliest in the province in a decade.",
                       "attack")


def test_what_the_blast_appeared_to_be_is_reported_not_judged():
    assert not _judged("A police chief said the blast appeared to be the work of a suicide bomber.",
                       "blast")


def test_a_judgement_without_a_speaker_is_left_to_the_reference_test():
    assert not _judged("The attack was meant to frighten voters before the ballot.", "attack")


def test_a_suspect_named_by_a_minister_is_not_listed():
    ms = assault_mentions(LEDE + "The interior minister said a border militia was the main suspect in "
                          "the bombing that killed 14.", "2027-10-25")
    assert told(ms, "A car bomb killed")
    assert not told(ms, "The interior minister said")


def test_the_aim_a_governor_gives_is_not_listed():
    ms = assault_mentions(LEDE + "Governor Ilsa Marrow said the bombing was meant to frighten voters "
                          "before the ballot.", "2027-10-25")
    assert told(ms, "A car bomb killed")
    assert not told(ms, "Governor Ilsa Marrow said")


def test_a_witness_telling_the_blast_is_still_listed():
    ms = assault_mentions(LEDE + "A shopkeeper said the blast shattered windows across three streets.",
                          "2027-10-25")
    assert told(ms, "A shopkeeper said the blast")


def test_a_party_behind_the_bombing_in_a_stance_clause_is_a_judgement():
    assert _judged("The ministry is confident that a northern militia was behind the bombing "
                   "that killed 30 people.", "bombing")


def test_the_speakers_own_claim_to_be_behind_the_attack_is_not_judged():
    assert not _judged("The group said it was behind the bombing that killed 30 people.", "bombing")
    assert not _judged("The group said its fighters were behind the bombing at the market.", "bombing")


def test_a_witness_near_the_blast_is_not_judged():
    assert not _judged("A driver said he was near the blast when it went off.", "blast")


def test_officials_confident_of_the_culprit_are_not_listed():
    ms = assault_mentions(LEDE + "Officials are confident that a river gang was behind the car bomb "
                          "that killed 14 people, the ministry said.", "2027-10-25")
    assert told(ms, "A car bomb killed")
    assert not told(ms, "Officials are confident")


def test_a_spokesman_saying_the_group_was_behind_it_is_a_claim():
    assert not _judged("A spokesman for the militia told reporters the group was behind the raid on "
                       "the college.", "raid")
