"""Who did it, when a group claims the act (across/dispute_claimed.py), and the culprit shapes
the older detectors were widened for: a claim against a finding of no tie (evidence), "held X
responsible" against X's denial of any role (involvement), a takeover announced against one
put down (outcome), an intervention's stated ground against "an aggression" (legality).
Sentences we wrote."""
from __future__ import annotations

from tests.conftest import story_disputes

LEDE = "A car bomb killed 14 people at a market in Varnel on Monday. "
POST = "Gunmen killed 20 soldiers at a border post in Ostra on Monday. "


def _topics(*texts):
    return [d.topic for d in story_disputes(*texts)]


def _who(*texts):
    return [t for t in _topics(*texts) if t.startswith("who did it")]


def test_two_groups_claiming_one_attack_dispute_it():
    found = _who(LEDE + "The Northern Front claimed responsibility for the attack on its website.",
                 LEDE + "The Red Banner Brigade also claimed responsibility for the bombing.")
    assert len(found) == 1 and "Northern Front" in found[0] and "Red Banner Brigade" in found[0]


def test_a_claim_against_an_official_naming_another_group():
    claim = LEDE + "The Northern Front claimed responsibility for the attack."
    assert _who(claim, LEDE + "The interior ministry blamed the Red Banner Brigade for the bombing.")
    assert _who(claim, LEDE + "Police said the attack was carried out by the Red Banner Brigade, a rival faction.")


def test_no_claim_an_alias_or_a_sponsor_is_no_rival():
    blamed = LEDE + "The interior ministry blamed the Red Banner Brigade for the bombing."
    assert not _who(LEDE + "No group has claimed responsibility for the attack.", blamed)
    assert not _who(LEDE + "The Northern Valley Front claimed responsibility for the attack.",
                    LEDE + "NVF claimed responsibility for the blast in a video.")
    assert not _who(LEDE + "The Northern Front claimed responsibility for the attack.",
                    LEDE + "Ostra blamed Dorn for the attack, saying Dorn arms and funds the Northern Front.")


def test_a_claim_against_a_finding_of_no_link():
    found = _topics(LEDE + "The Northern Front claimed responsibility for the attack through its news agency.",
                    LEDE + "Investigators said they had found no evidence of a link between the driver and the "
                           "Northern Front.")
    assert any("finds no evidence" in t for t in found)


def test_held_responsible_against_a_denied_role():
    found = _topics(POST + "Ostra's interior minister held Dorn responsible for the attack.",
                    POST + "Dorn's foreign ministry denied it had any role in the attack.")
    assert any(t.startswith("whether Dorn was behind it") for t in found)
    assert not any(t.startswith("whether this happened") for t in found)


def test_a_rejected_accusation_rebuts_the_story_charge_not_the_lede():
    found = _topics(POST + "Ostra's defence minister said Dorn was behind the attack.",
                    POST + "Dorn rejected the accusation as baseless.")
    assert any(t.startswith("whether Dorn was behind it") for t in found)
    assert not any(t.startswith("whether this happened") for t in found)


def test_a_takeover_announced_against_one_put_down():
    found = _topics("Officers took over the state broadcaster at dawn. A captain announced the creation of a "
                    "National Renewal Council, the broadcaster said.",
                    "The government said the situation was under control and the plotters had been arrested.")
    assert any(t.startswith("whether the takeover succeeded") for t in found)
    assert not any(t.startswith("whether the takeover") for t in _topics(
        "Officers tried to seize power in Varnel on Monday.",
        "The interior ministry said it had put down a coup attempt by a handful of officers."))


def test_an_intervention_ground_against_an_aggression():
    found = _topics("Five states said they had acted to protect Ostra against aggression by the rebel militia, "
                    "according to a joint statement.",
                    "Describing the strikes as an aggression, Dorn's foreign minister Lio Varga said they would "
                    "prolong the war.")
    assert any(t.startswith("whether it was lawful") for t in found)


def test_a_claim_told_by_the_group_or_its_voice():
    blamed = LEDE + "Police blamed the Red Banner Brigade for the attack."
    assert _who(LEDE + "The Northern Front said it was behind the attack.", blamed)
    assert _who(LEDE + "A Northern Front spokesman said the group had carried out the bombing.", blamed)


def test_a_claim_dismissed_by_another_holder():
    claim = LEDE + "The Northern Front claimed responsibility for the attack."
    assert any("doubted (Police)" in t for t in _topics(claim, LEDE + "Police dismissed the claim, saying the "
                                                                        "bomber acted alone."))
    assert not any("doubted" in t for t in _topics(claim, LEDE + "The Northern Front later denied the claim "
                                                                   "was false."))


def test_an_orchestrator_named_against_the_charge_rejected():
    found = _topics(POST + "Ostra's president said Dorn had orchestrated the attack.",
                    POST + "Dorn's government rejected the charge.")
    assert any(t.startswith("whether Dorn was behind it") for t in found)


def test_no_evidence_naming_the_party_meets_the_charge():
    found = _topics(POST + "Ostra's president said Dorn was behind the attack.",
                    POST + "A United Nations official said there was no evidence Dorn was involved.")
    assert any("finds no evidence" in t for t in found)


def test_a_sponsor_named_against_its_dismissal():
    found = _topics(POST + "Ostra's army said the attack was carried out by militants backed by Dorn.",
                    POST + "Dorn's government dismissed the claims as absurd.")
    assert any(t.startswith("whether Dorn was behind it") for t in found)
