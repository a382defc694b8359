"""Acts the reader expects that the trigger table used to miss: a raised alert level, a
manhunt, a prolonged emergency, a decision beside a "since" clause, a retaken town, an aid
group leaving a city, a denial; and the look-alikes that must stay no event."""
from __future__ import annotations

from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step


def coded(text: str) -> list[tuple[str, str | None]]:
    art = Article(id="t", raw=text, text=text, published="2021-05-12")
    return [(m.type, m.actor) for m in events_step(sentences_step(art)).mentions]


def types(text: str) -> set[str]:
    return {t for t, _ in coded(text)}


def test_raised_alert_levels_mobilize():
    assert "MOBILIZE" in types("The national threat level in Velmaria has been raised to 4, the highest possible.")
    assert "MOBILIZE" in types("With the bombers still at large, the capital is at its highest alert.")
    assert not types("He raised his voice to a level that alarmed the room.")


def test_a_manhunt_is_coercion():
    assert ("COERCE", "Police") in coded("Police launched a manhunt for the gunman on Sunday.")


def test_a_prolonged_measure_is_todays_act_despite_its_past_origin():
    got = coded("The president announced on Tuesday that the state of emergency declared after the attacks "
                "last year will be extended for a further three months.")
    assert [t for t, _ in got] == ["COERCE"]
    assert types("The curfew imposed in March was extended on Monday for another week.") == {"COERCE"}
    assert len(coded("The curfew imposed in March was extended on Monday for another week.")) == 1
    assert not types("The contract was extended by two years, the club said.")


def test_a_since_clause_that_describes_a_party_does_not_make_the_decision_history():
    assert "COERCE" in types("The cabinet agreed on Wednesday to place officials who have run the port "
                             "since 2014 under house arrest.")
    assert not types("More than 1,000 people have been arrested since 2014, the group said.")


def test_towns_retaken_but_not_a_bid_to_retake():
    assert ("COERCE", "Government forces") in coded(
        "Government forces retook the town of Velm from the rebels on Sunday.")
    assert "COERCE" not in types("Rebels launched an offensive in a bid to retake the airport.")


def test_an_aid_group_leaving_a_city_retreats_but_a_traveller_does_not():
    assert "RETREAT" in types("The medical charity said on Monday it was leaving the city after the strike "
                              "on its hospital.")
    assert "RETREAT" not in types("Aid workers said many families left the town overnight.")
    assert "RETREAT" not in types("The minister left the country on Tuesday.")


def test_denials_reject_the_accusation():
    assert ("REJECT", "Russia") in coded("Russia denied any involvement in the attack.")
    assert "REJECT" in types("Velmaria accused its neighbour of shelling the border post, an accusation "
                             "that the neighbour denied.")
    assert not types("He denied that he was tired after the match.")
