"""A person named with a state's office speaks for that state (extract/offices.py), and a
noun after "disguised as" / "posing as" is a guise, not who acted (extract/actors.py guise_wearer).
Sentences invented; the people fictional, the states real."""
from __future__ import annotations

from newsdesk.extract import offices
from newsdesk.extract.ev_group_parties import actor_conflict, same_actor
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step
from tests.conftest import first_event


def mentions(text: str, typ: str):
    art = events_step(sentences_step(Article(id="t", raw=text, text=text, published="2027-10-25")))
    return [m for m in art.mentions if m.type == typ]


def test_the_office_before_or_after_a_name_gives_its_state():
    got = offices.office_states(
        "Kenyan foreign ministry spokesman, Dalo Omwere, spoke first. Later Peru's Prime Minister "
        "Ines Tavara met reporters. Mira Sandvik, Norway's ambassador to the talks, left early. "
        "Tomas Rehak, spokesman for the Czech interior ministry, declined to comment.")
    assert got == {"omwere": "KE", "tavara": "PE", "sandvik": "NO", "rehak": "CZ"}


def test_an_office_of_no_state_or_a_former_one_gives_none():
    got = offices.office_states(
        "Syrian opposition spokesman Hadi Marrat said the talks failed. Former Chilean president "
        "Rosa Ulloa was in the crowd. UN envoy Lars Brenne flew in.")
    assert got == {}


def test_a_person_given_two_states_keeps_none():
    got = offices.office_states("Peru's envoy Ana Quispe spoke. Later Chile's envoy Luis Quispe replied.")
    assert "quispe" not in got


def test_the_spokesman_and_his_state_are_one_party():
    offices.remember("Kenyan foreign ministry spokesman, Dalo Omwere, rejected the charge.")
    assert offices.served_state("Omwere") == "KE"
    assert same_actor("Kenya", "Dalo Omwere") and not actor_conflict("Dalo Omwere", "Kenya", "REJECT")
    assert actor_conflict("Dalo Omwere", "Uganda", "REJECT")
    assert not same_actor("Kenyan troops", "Dalo Omwere")     # an organ of force, not the polity


def test_a_state_and_its_named_spokesman_deny_one_charge_in_one_record():
    ms = mentions("Kenya on Sunday denied it had armed the rebels who raided the border town. "
                  "The report was published by a watchdog based in Geneva on Friday. "
                  "Kenyan foreign ministry spokesman, Dalo Omwere, rejected the accusation that "
                  "Nairobi had any part in the raid.", "REJECT")
    assert len(ms) == 1 and len(ms[0].extra_spans) == 1


def test_a_guise_is_not_the_actor():
    for text, actor in (("Militants disguised as policemen opened fire on the convoy on Monday.", "Militants"),
                        ("Three gunmen posing as traders attacked the market in the town.", "gunmen")):
        c = first_event(text, "ASSAULT")
        assert c is not None and c.actor is not None and c.actor.endswith(actor), (text, c and c.actor)


def test_a_name_after_identified_as_stays_the_actor():
    c = first_event("A soldier identified as Pavel Orlik fired on the crowd outside the studio.", "ASSAULT")
    assert c is not None and c.actor is not None and "Orlik" in c.actor


def test_two_officials_of_one_state_stay_two_people():
    offices.remember("Peru's Prime Minister Ines Tavara spoke. Peruvian Vice President Rafael Ccori "
                     "said he would resign.")
    assert not same_actor("Ines Tavara", "Rafael Ccori") and actor_conflict("Ines Tavara", "Rafael Ccori", "RETREAT")


def test_the_office_anchored_scan_finds_what_the_full_scan_finds():
    from newsdesk.extract.offices import _BEFORE, _before_matches
    text = ("Late on Monday the Ruritanian foreign minister, Ana Vel, said talks were over. "
            "Borduria's UN envoy Piet Kram disagreed, and the prime minister of Ruritania Tomas Orl "
            "stayed silent; a former president Jan Dobr and the administers' secretary Lia Mun left.")
    full = [(m.span(), m.groups()) for m in _BEFORE.finditer(text)]
    assert full and [(m.span(), m.groups()) for m in _before_matches(text)] == full
