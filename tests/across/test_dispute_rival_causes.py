"""Rival accounts of what caused the harm with no denial verb (sentences we wrote):
an air attack against a blaze put forward as the cause (across/dispute_method.py), and one
group of victims killed by the armed group in one account, by the troops in another
(across/dispute_doer.py)."""
from __future__ import annotations

from newsdesk.across.dispute_doer import doers
from newsdesk.across.dispute_method import means
from tests.conftest import story_disputes


def _kinds(prefix, *texts):
    return [d for d in story_disputes(*texts) if d.topic.startswith(prefix)]


def test_a_blaze_given_as_the_cause_is_a_means():
    got = means("A ministry spokesman said the attack footage suggested that fire traces came from a nearby depot.")
    assert [m.cls for m in got] == ["blaze"] and got[0].put
    assert [m.cls for m in means("A devastating air attack hit the relief lorries near Tarbin on Monday.")] == ["air"]


def test_air_attack_against_a_blaze():
    ds = _kinds("how it was done",
                "The agency halted all deliveries after a devastating air attack hit its lorries near Tarbin, it said.",
                "A ministry spokesman said the attack footage suggested that fire traces came from a nearby depot.")
    assert len(ds) == 1 and len(ds[0].claims) == 2


def test_the_doer_of_one_harm():
    assert doers("Six captives were shot, a local paper reported, by the kidnappers before the army moved in.") == \
        {"the armed group": "captives"}
    assert doers("Freed workers said that soldiers shelled two buses in a column carrying both captives and "
                 "kidnappers.") == {"the security forces": "captives"}
    assert doers("Officials said 30 kidnappers and 20 captives were killed.") == {}
    assert doers("The ministry denied that its troops shot the captives.") == {}
    assert doers("The kidnappers may have shot the captives, an official said.") == {}


def test_rival_doers_across_outlets():
    ds = _kinds("who killed",
                "Six captives were shot, a local paper reported, by the kidnappers before the army moved in.",
                "Freed workers said that soldiers shelled two buses in a column carrying both captives and kidnappers.")
    assert len(ds) == 1 and ds[0].topic.startswith("who killed the captives")


def test_one_side_only_is_no_dispute():
    assert not _kinds("who killed",
                      "Six captives were shot, a local paper reported, by the kidnappers before the army moved in.",
                      "The kidnappers killed two guards at the gate, the governor said.")


def test_many_groups_of_civilians_need_one_record():
    # in a war each side kills civilians in its own acts: two acts, not two accounts of one
    assert not _kinds("who killed",
                      "Government jets bombed the grain market, killing civilians, a monitoring group said.",
                      "Rebels shelled the eastern district, killing civilians, state television said.")
