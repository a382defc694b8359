"""A denial in one outlet against the act stated in another (across/dispute_denied_fact.py):
the denied clause's verb and participants, read from the parse, must be asserted by another
source in the same roles (passive and active alike); a denial nobody answers, a rumour, a
modal, another victim, another doer or a bare common noun make no dispute (articles we wrote)."""
from __future__ import annotations

from tests.conftest import story_disputes

DENIAL = ("Interior Minister Hana Voss denied reports on Tuesday that Governor Aldo Ferrin had been "
          "detained after shooting near the river port.")
FILLER = "Markets in the capital stayed open and buses ran as usual."


def _denied(*texts):
    return [d for d in story_disputes(*texts) if any("Voss" in (c.holder or "") for c in d.claims)
            and d.kind == "occurrence"]


def test_the_act_stated_in_another_outlet_is_disputed():
    told = "Governor Aldo Ferrin was detained by mutinous soldiers at a barracks, two officials said."
    found = _denied(told + " " + FILLER, FILLER + " " + DENIAL)
    assert len(found) == 1
    assert [c.holder for c in found[0].claims] == ["two officials", "Hana Voss"]
    assert found[0].topic.startswith("whether Governor Aldo Ferrin had been detained")


def test_the_active_form_states_the_same_act():
    told = "Mutinous soldiers detained Governor Aldo Ferrin at dawn, according to a diplomat."
    assert len(_denied(told, DENIAL)) == 1


def test_a_denial_nobody_answers_is_no_dispute():
    rumour = "Rumours that Governor Aldo Ferrin had been detained spread quickly on social media."
    maybe = "Soldiers may have detained Governor Aldo Ferrin, a local radio station said."
    assert not _denied(FILLER, DENIAL)
    assert not _denied(rumour, DENIAL)
    assert not _denied(maybe, DENIAL)


def test_another_victim_or_another_doer_is_another_act():
    other = "Mayor Ilse Korr was detained by soldiers at her office, two officials said."
    assert not _denied(other, DENIAL)
    gerund = "Interior Minister Hana Voss denied that the police had shelled the Orla market."
    by_others = "Rebel gunners shelled the Orla market on Friday, residents said."
    assert not _denied(by_others, gerund)
    by_police = "The police shelled the Orla market on Friday, residents said."
    assert len(_denied(by_police, gerund)) == 1


def test_a_common_noun_alone_does_not_make_one_act():
    denial = "Interior Minister Hana Voss denied that the army had used cluster bombs."
    elsewhere = "Cluster bombs were used in a war two decades ago, a historian said."
    assert not _denied(elsewhere, denial)


def test_the_deniers_own_side_states_nothing_against_it():
    own = "Governor Aldo Ferrin was detained briefly for his safety, a spokesman for Hana Voss said."
    assert not _denied(own, DENIAL)


def test_a_headline_telling_the_denial_states_nothing():
    headline = "Minister Denies Governor Aldo Ferrin Was Detained By Troops"
    assert not _denied(headline, DENIAL)
