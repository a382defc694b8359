"""Reactions and settings around an attack that are no act between parties, and acts whose
PLOVER type the words around them change, on sentences we wrote: a condemnation or a label
naming no culprit, a blamed weapon, a group's allegiance in a relative clause, a rally's
slogan, a protest voiced as a condemnation, a promise to end a siege, troops ringing a
building during a gunfight, and a group owning an attack."""
from __future__ import annotations

from newsdesk.extract.events import events_step
from newsdesk.extract.plover import find_triggers, retype
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def code(text: str, published: str | None = "2026-04-22") -> list:
    art = Article(id="t", raw=text, text=text, published=published)
    return [(m.type, m.actor) for m in events_step(sentences_step(art)).mentions]


def types(text: str) -> list[str]:
    return [t.type for t in retype(text, find_triggers(text))]


def kinds(text: str) -> list[str]:
    return [t for t, _ in code(text)]


def test_a_condemnation_naming_no_culprit_is_no_accusation():
    assert "ACCUSE" not in kinds('The prime minister of Velmar denounced the "cowardly attack" on the market.')
    assert "ACCUSE" not in kinds("The city's police chief, Tomas Arlen, described the raid as a terrorist attack.")


def test_a_judgement_naming_a_culprit_stays_an_accusation():
    assert "ACCUSE" in kinds("The minister described the market blasts as a terrorist attack by Ostran separatists.")
    assert "ACCUSE" in kinds("The minister condemned the Ostran shelling of the port.")
    assert "ACCUSE" in kinds("The council denounced the government's irresponsibility.")


def test_blaming_a_weapon_or_an_act_is_no_accusation():
    assert "ACCUSE" not in kinds("The charity blamed an aerial attack for the destruction of its clinic.")
    assert "ACCUSE" not in kinds("The monitor blamed a barrel bomb dropped by a helicopter for the deaths.")
    assert "ACCUSE" in kinds("The minister blamed the rebels for the attack on the clinic.")
    assert "ACCUSE" in kinds("Officials blamed the attack on the rebels.")


def test_an_allegiance_in_a_relative_clause_is_no_event():
    assert "SUPPORT" not in kinds("The Harl Front, a militant group that has declared allegiance to the Northern "
                                  "Council, said it carried out the raid.")


def test_a_rally_demanding_peace_is_no_request():
    assert "REQUEST" not in kinds("The peace march was demanding an end to the fighting between the army and the rebels.")
    assert "REQUEST" in kinds("The union demanded an end to the fighting between the army and the rebels.")


def test_gathering_to_condemn_is_a_protest():
    got = types("Thousands of students gathered in Velm on Sunday to condemn the bombing.")
    assert "PROTEST" in got and "ACCUSE" not in got
    assert "PROTEST" in types("A rally condemning the shelling drew crowds in the capital.")
    assert "ACCUSE" in types("The mayor condemned the bombing in Velm.")


def test_a_promise_to_end_a_siege_is_a_threat():
    assert types("The deputy governor promised that troops would end the siege of the hotel.")[0] == "THREATEN"
    assert types("The deputy governor promised that the city would reopen the hotel.")[0] == "AGREE"


def test_troops_ringing_a_building_in_a_gunfight_are_the_assault():
    got = types("Gunfire went on for hours as soldiers surrounded the hotel.")
    assert "ASSAULT" in got and "COERCE" not in got
    assert "COERCE" in types("Soldiers surrounded the parliament building on Monday.")


def test_a_group_owning_the_attack_claims_it():
    got = types("A rebel spokesman said his group was responsible for the bombing of the depot.")
    assert "ACCUSE" not in got and "ASSAULT" in got
    assert "ACCUSE" in types("The minister said the rebels were responsible for the bombing of the depot.")


def test_a_label_opened_by_a_quote_mark_accuses():
    assert "ACCUSE" in types('The charity called the shelling an "act of state terrorism" by the army.')
    assert "ACCUSE" in kinds('The charity was appalled by the ministry, calling its remarks an "admission of a war crime".')
