"""Parties the parse puts in an act's doer slot who did not do it (extract/ev_doer_shift.py):
a ministry that labels the act, a spokesman who speaks for the group, and a bare group noun
whose name sits in a bracketed modifier or earlier in the sentence."""
from __future__ import annotations

from newsdesk.extract.events import sentence_events


def _assault(text: str):
    return [c for c in sentence_events(text, "2024-05-03") if c.type == "ASSAULT"]


def test_the_labelling_ministry_is_not_the_bomber():
    acts = _assault("The car bombing outside the Varno market, which left nine dead, was "
                    "labelled a terrorist attack by the interior ministry on Friday.")
    assert acts and all("ministry" not in (a.actor or "") for a in acts)


def test_an_attack_by_rebels_keeps_the_rebels():
    acts = _assault("The ambush near Varno was described as an attack by rebels who crossed the river.")
    assert any("rebels" in (a.actor or "") for a in acts)


def test_a_spokesman_claims_for_his_group():
    acts = _assault("A spokesman for the Eastern Legion claimed the car bombing in Varno, "
                    "which killed nine people, on Saturday.")
    assert acts and any(a.actor == "Eastern Legion" for a in acts)
    assert all("spokesman" not in (a.actor or "") for a in acts)


def test_a_spokesman_accusing_keeps_his_own_voice():
    [c] = [c for c in sentence_events("A spokesman for the Eastern Legion accused the army of "
                                      "lying about the raid.") if c.type == "ACCUSE"]
    assert "spokesman" in (c.actor or "")


def test_a_bracketed_acronym_does_not_hide_the_group_name():
    acts = _assault("The Eastern Legion (EL) rebel group has claimed responsibility for a twin "
                    "bombing at a chapel in Varno, a monitoring service said.")
    assert acts and all(a.actor in (None, "Eastern Legion") for a in acts)
    assert any(a.actor == "Eastern Legion" for a in acts)


def test_the_militant_group_takes_the_name_told_before_it():
    acts = _assault("Troops were sent north last year to hunt al-Shabaab, and Varno has since "
                    "seen many bombings by the militant group near its border.")
    assert any(a.actor == "al-Shabaab" for a in acts)


def test_an_unnamed_group_stays_a_group():
    acts = _assault("Troops went north to guard Varno, and the town has faced several attacks by "
                    "the militant group since then.")
    assert all(a.actor in (None, "militant group") for a in acts)


def test_a_group_with_its_own_origin_is_not_the_one_named_before():
    acts = _assault("Al-Shabaab fighters overran a post near Varno on Monday, and the Somali group "
                    "they fought later shelled the town.")
    assert all(a.actor != "al-Shabaab" or "fighters" in a.actor for a in acts)
