"""Actors, recipients and places met on fresh held-out coverage (session 12), on short texts
we wrote: the victims of a passive lede, a pronoun reported by a thing, "power" as a mass
noun, a bare office with its holder named after it, a name the parser hangs loose, an
office's remit as a place, a venue before an act noun and the owner of an undergone act."""
from __future__ import annotations

from tests.conftest import first_event


def test_the_dead_of_a_passive_lede_are_no_actor():
    c = _first_with("The medics' union said some 30 villagers had died in the raid on Velmar, and 200 "
                    "more were injured and taken to clinics.", "ASSAULT")
    assert c is not None and c.actor is None


def test_a_passive_conjunct_takes_its_agent():
    c = _first_with("The gunman opened fire on the crowd in Velmar and was shot dead by police.", "ASSAULT",
                    "shot")
    assert c is not None and c.actor == "police" and c.recipient == "gunman"


def test_a_report_is_not_who_the_pronoun_stands_for():
    c = first_event("On Sunday, reports said they shelled the bridge near Velmar.", "ASSAULT")
    assert c is not None and c.actor != "reports"


def test_seized_power_has_no_recipient():
    c = first_event("Dorn's army seized power on Monday in the capital Velmar.", "COERCE")
    assert c is not None and c.recipient is None
    from newsdesk.nlp import parse
    from newsdesk.extract.actors import is_party
    doc = parse(["A foreign power armed the rebels."])[0]
    assert is_party(next(t for t in doc if t.lower_ == "power"))


def test_a_bare_office_is_the_holder_named_after_it():
    c = first_event("The mediator then met with Chairman of the Transition Council, General Sarn Vessel.",
                    "CONSULT")
    assert c is not None and c.recipient == "Sarn Vessel"


def test_a_name_hung_loose_before_its_verb_is_the_subject():
    c = first_event("Fighting resumed after the UN envoy to the Ostra Basin, Karel Holt, met President Mina "
                    "Dorn in the capital.", "CONSULT")
    assert c is not None and c.actor == "Karel Holt"


def test_an_office_remit_is_no_first_place():
    from newsdesk.extract.geo.roles import role
    from newsdesk.nlp import parse
    doc = parse(["The talks began after the special envoy to the Great Lakes, Karel Holt, met "
                 "President Mina Dorn in Velmar."])[0]
    met = next(t for t in doc if t.text == "met")
    assert role(doc, "Great Lakes", met) == "remit"
    c = first_event("The strike spread in Lyon after the special envoy to the Great Lakes, Karel Holt, "
                    "met President Mina Dorn.", "CONSULT")
    assert c is not None and c.places and c.places[0] == "Lyon"


def test_a_venue_before_an_act_noun_is_no_actor():
    c = _first_with("The mayor met victims of the Velmar Arena bomb attack in hospital.", "ASSAULT")
    assert c is None or c.actor is None


def test_the_owner_of_a_release_is_who_was_freed():
    c = first_event("Officials said Karel Holt's release was a sign of a deal.", "RETREAT")
    assert c is not None and c.actor != "Karel Holt"


def test_an_alert_after_a_seizure_is_not_the_seizers():
    c = first_event("The guard was put on alert after rioters took the fuel depot in Velmar.", "MOBILIZE")
    assert c is None or c.actor != "rioters"


def _first_with(text: str, typ: str, word: str | None = None):
    from newsdesk.extract.events import sentence_events
    return next((c for c in sentence_events(text, "2031-03-04") if c.type == typ and
                 (word is None or any(word in t.text for t in c.triggers))), None)


def test_a_pronoun_told_by_a_company_stays_its_teller():
    """Only a report, statement or footage tells without acting: airlines announcing "they"
    would stop flights remain who stops them."""
    from newsdesk.extract.events import sentence_events
    cs = sentence_events("Trade will suffer, with Dornish shipping firms announcing they would halt flights "
                         "to Velmar.", "2031-03-04")
    assert any(c.actor == "Dornish shipping firms" for c in cs)


def test_a_country_urged_is_a_party_not_the_place():
    c = first_event("The premier urged the United States to extradite the banker Karel Holt, whom she "
                    "blames for the crash.", "ACCUSE")
    assert c is not None and "United States" not in c.places
    from newsdesk.extract.geo.roles import role
    from newsdesk.nlp import parse
    doc = parse(["The premier urged the United States to extradite the banker."])[0]
    assert role(doc, "United States", doc[-2]) == "actor"


def test_who_was_behind_an_attack_is_the_one_blamed():
    c = first_event("Police said the Northern Front was behind the bombing of the market.", "ACCUSE")
    assert c is not None and c.actor == "Police" and c.recipient == "Northern Front"
    c = first_event("The minister pressed on, insisting that the Dornish army was behind the attacks.", "ACCUSE")
    assert c is not None and c.actor == "minister" and c.recipient == "Dornish army"


def test_who_is_held_responsible_is_the_one_blamed():
    c = first_event("The envoy said the Northern Front is responsible for the bombing of the market.", "ACCUSE")
    assert c is not None and c.actor == "envoy" and c.recipient == "Northern Front"
    c = first_event("Officials in Velmar said the Dornish army bears responsibility for the shelling.", "ACCUSE")
    assert c is not None and c.recipient == "Dornish army" and c.actor == "Officials"


def test_a_persons_whereabouts_told_aside_is_no_place_of_the_act():
    c = first_event("Soldiers took over the state radio at dawn while the president was in Lyon "
                    "recovering from surgery.", "COERCE")
    assert c is not None and "Lyon" not in c.places
    c = first_event("Soldiers took over the state radio in Lyon at dawn.", "COERCE")
    assert c is not None and c.places[:1] == ["Lyon"]


def test_an_adjective_after_the_noun_keeps_its_complement():
    c = first_event("Militias close to the Dornish army attacked the village of Velmar.", "ASSAULT")
    assert c is not None and c.actor == "Militias close to the Dornish army"


def test_a_team_is_a_party():
    c = first_event("Later a police rescue team raided a farm outside Lyon.", "ASSAULT")
    assert c is not None and c.actor is not None and c.actor.endswith("team")
