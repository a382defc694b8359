"""Speakers and events that tuning set 25 (unseen coverage: a truck attack, an airport
bombing, a failed coup) showed missing, on sentences we wrote: an inverted 'X, said NAME,'
aside, 'proclaimed', a compound 'self-proclaimed' that is no speech verb, a name after 'but'
as the antecedent of 'he', 'I’m' that is no name, a sentence glued to a closing mark; an act
in a main clause whose closing relative clause is history, a purge, an act called treason, a
party suspected of responsibility, reserve forces activated, a shooting in a clause after a
filmed participle, strafing; a city named after 'city of' read without the parser."""
from __future__ import annotations

from newsdesk.extract.quotes import extract_quotes
from newsdesk.model import Article
from tests.conftest import event_mentions


def _speakers(text: str) -> list[tuple[str, str]]:
    art = Article(id="t", raw=text, text=text)
    return [(q.text, q.speaker) for q in extract_quotes(art) if q.kind == "direct"]


def _types(text: str) -> list[str]:
    return [m.type for m in event_mentions(text, published="2031-07-16")]


def test_inverted_said_aside_names_the_speaker_after_the_verb():
    text = ("Hunger, said Health Minister Ana Ruiz, would stalk the valley for years. "
            "“We have seen nothing like it since the floods.”")
    assert _speakers(text) == [("We have seen nothing like it since the floods.", "Ana Ruiz")]


def test_proclaimed_is_a_speech_verb_and_stays_out_of_the_name():
    text = ("Mayor Ana Ruiz toured the harbour on Monday.\n\n"
            "“The harbour will open again by spring,” Ruiz proclaimed, describing the repairs as nearly done.")
    assert _speakers(text)[0][1] == "Ana Ruiz"


def test_self_proclaimed_is_no_speech_verb():
    """(guards the hyphen rule that lets 'proclaimed' be a speech verb)"""
    text = ("“We have no such missiles,” Pavel Orlov, leader of the self-proclaimed Eastern Republic, "
            "told the Tass agency.")
    assert _speakers(text)[0][1] == "Pavel Orlov"


def test_a_name_after_but_is_the_antecedent_of_he():
    text = ("Pablo Serra, 31, had hoped to win a fourth title.\n"
            "The Spaniard took the second set but Tomas Brun came through to win in three hours.\n"
            "“I have to say it was a hard final,” he said.")
    assert _speakers(text)[0][1] == "Tomas Brun"


def test_first_person_contraction_is_no_speaker():
    text = ("President Ilan Doru addressed the nation from the airport.\n"
            "“Now I’m speaking to those who sent the tanks,” he said.\n"
            "“The betrayal you have shown is enough.")
    assert [s for _, s in _speakers(text)] == ["Ilan Doru", "Ilan Doru"]


def test_a_past_relative_clause_does_not_make_the_main_clause_history():
    kinds = _types("The president accused the generals of plotting his murder and launched a purge of the "
                   "army, which last seized power more than 40 years ago.")
    assert "ACCUSE" in kinds and "COERCE" in kinds


def test_purging_things_is_no_act_on_people():
    assert "COERCE" not in _types("The bank purged the old records from its servers on Monday.")


def test_an_act_called_treason_is_an_accusation():
    assert "ACCUSE" in _types("The premier, speaking from the airport, called the mutiny “treason.”")
    assert "ACCUSE" in _types("Calling the revolt that brought a night of chaos and fear to the capital an "
                              "“act of treason,” the premier vowed to punish the officers.")


def test_a_party_suspected_of_responsibility_is_accused():
    assert "ACCUSE" in _types("Officials suspect a faction of the Red Hand militia, the Iron Wing, of "
                              "responsibility for the bombings at the depot.")
    assert "ACCUSE" not in _types("Officials suspect that the depot fire was started by a faulty heater.")


def test_reserve_forces_activated_are_mobilised():
    assert "MOBILIZE" in _types("The president ordered the activation of reserve forces to secure the border.")


def test_a_shooting_after_a_filmed_participle_is_an_event():
    assert "ASSAULT" in _types("Video showed a white van speeding along a harbour road teeming with tourists "
                               "before the driver was shot dead by police.")


def test_a_city_named_after_city_of_is_a_place_without_the_parser():
    from newsdesk.extract import ev_light as L, ev_names as N
    text = "A van ploughed through a crowd gathered in the northern Italian port city of Genoa late on Sunday."
    assert L.places(text, N.TIME_WORDS, N.TITLES)[0] == "Genoa"


def test_a_sentence_glued_to_the_closing_mark_is_no_attribution():
    text = ("Governor Rosa Lind spoke at the harbour on Friday.\n"
            "“We will rebuild every pier you lost,” she said.\n"
            "“The storm took much. It will not take the town.”The dockers' union denied all involvement.")
    assert [s for _, s in _speakers(text)] == ["Rosa Lind", "Rosa Lind"]


def test_strafing_is_an_aerial_assault():
    assert "ASSAULT" in _types("Two helicopters strafed the square outside the parliament before dawn.")
