"""Event wordings met on unseen set 7 (session 10), on short texts we wrote."""
from __future__ import annotations

from newsdesk.extract.plover import find_triggers, retype


def _types(text: str, published: str = "2031-03-04") -> list[str]:
    """The event types the events step finds in one article of `text`."""
    from newsdesk.extract.events import events_step
    from newsdesk.model import Article
    from newsdesk.nlp import sentences_step
    art = events_step(sentences_step(Article(id="t", raw=text, text=text, published=published)))
    return [m.type for m in art.mentions]


def _row_types(sentence: str) -> list[str]:
    return [t.type for t in retype(sentence, find_triggers(sentence))]


def test_a_risk_named_by_an_event_noun_is_no_threat():
    """'The raids threatened to derail …': the raids cannot threaten; a party can."""
    assert "THREATEN" not in _types("The raids on Velmar threatened to derail plans to open the harbour.")
    assert "THREATEN" in _types("The Kessian army threatened to shell the harbour at Velmar.")


def test_an_agreed_upon_thing_is_no_agreement():
    assert "AGREE" not in _types("Buses reached the agreed upon pickup points in Velmar before dawn.")
    assert "AGREE" in _types("Kessia and Dorn agreed on a ceasefire in Velmar on Monday.")


def test_a_demanded_lifting_is_no_concession():
    text = ("Dorn accused Kessia of wrecking the truce by setting new conditions, including the "
            "lifting of the blockade of Ostra.")
    types = _types(text)
    assert "CONCEDE" not in types and "ACCUSE" in types
    assert "CONCEDE" in _types("Kessia lifted the blockade of Ostra on Monday.")


def test_advice_to_the_reader_is_no_accusation():
    assert _types("Don't be quick to blame the dog: wet soil often spills onto the floor.") == []


def test_pressure_as_a_noun_is_no_request():
    """'little pressure on X to quit' tells of the climate; putting pressure on X is a demand."""
    assert "REQUEST" not in _row_types("There has been little outside pressure on Varo to step down.")
    assert "REQUEST" in _row_types("Dorn put pressure on Varo to step down.")
    assert "REQUEST" in _row_types("Dorn pressured Varo to step down.")


def test_others_calls_discussed_are_no_request():
    s = "The foreign minister said that calls for a truce were only meant to let the militants regroup."
    assert "REQUEST" not in _types(s)
    assert "REQUEST" in _types("The foreign minister called for a truce in Ostra on Monday.")


def test_membership_of_a_fighting_coalition_is_no_assault():
    assert _types("Dorn is part of a Kessian-led coalition fighting the Red Banner militia.") == []


def test_a_vehicle_slamming_into_a_crowd_is_no_accusation():
    s = "Nine people were killed when the lorry slammed into the crowded square late on Monday."
    assert "ACCUSE" not in _row_types(s) and "ASSAULT" in _row_types(s)
    assert "ACCUSE" in _row_types("The minister slammed the decision as reckless.")


def test_a_lorry_crashing_into_a_market_in_an_attack_story_is_an_assault():
    """Crash wording reads as an accident unless the article tells of an attack."""
    lede = "Nine people were killed when a lorry crashed into a busy market in Ostra on Monday."
    attack = lede + "\n\nPolice said the attack was deliberate and a suspect was being questioned."
    assert "ASSAULT" in _types(attack)
    assert "ASSAULT" not in _types(lede + "\n\nThe driver lost control on the icy road.")


def test_troops_blocking_roads_coerce_and_protesters_protest():
    assert _row_types("Army vehicles blocked roads outside the parliament in Ostra.") == ["COERCE"]
    assert _row_types("Farmers blocked roads outside the parliament in Ostra.") == ["PROTEST"]
    assert _row_types("Police said farmers blocked roads outside the parliament.") == ["PROTEST"]


def test_denying_that_a_deal_was_reached_is_a_rejection():
    s = "State television denied a deal had been reached and said the talks were difficult."
    types = _row_types(s)
    assert "REJECT" in types and "AGREE" not in types
    assert "AGREE" in _row_types("A deal had been reached on Monday, the mediators said.")


def test_a_headline_ending_in_a_link_pointer_is_no_statement():
    from newsdesk.extract.ev_layout import link_line
    assert link_line("UPDATE: Questions arise about the suspect in the Ostra attack \u00bb")
    assert not link_line("He called it \u00abun attentat\u00bb")
    assert "ASSAULT" not in _types("Body text.\n\nUPDATE: Questions arise about the suspect in the Ostra attack \u00bb\n\nMore text.")
