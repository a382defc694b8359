"""Attribution slips met in unseen search-excerpt coverage, on short texts we wrote: an
opening mark typed where a closing one belongs, an appositive that lost its closing comma,
an irregular past verb before a quoted fragment, and an airline as an organisation."""
from __future__ import annotations

from tests.conftest import direct_quotes


def test_opener_shaped_closer_before_an_attribution_closes_the_quote():
    text = ("The mayor spoke on Friday.\n\n"
            "\u201cOur town will rebuild every house that was lost, \u201csaid Mayor Lena Ostrova.\n\n"
            "\u201cNobody will be left without a roof this winter, \u201cshe added.")
    qs = direct_quotes(text)
    assert [q.text for q in qs] == ["Our town will rebuild every house that was lost,",
                                    "Nobody will be left without a roof this winter,"]
    assert all(q.speaker and q.speaker.endswith("Ostrova") for q in qs)


def test_name_then_appositive_without_its_closing_comma():
    text = ("The clinic closed on Monday.\n\n"
            "Pavel Denning, a spokesman for the relief group in Geneva said \u201cWe cannot work "
            "safely there any more.\u201d")
    [q] = direct_quotes(text)
    assert q.speaker == "Pavel Denning"


def test_irregular_past_verb_names_the_sender_of_a_fragment():
    text = ("\u201cThis is a dark day for all of us,\u201d the governor said.\n\n"
            "Messages came in from abroad. Helga Brandt sent her \u201cwarmest sympathy to every "
            "family that lost someone\u201d.")
    qs = direct_quotes(text)
    assert qs[-1].speaker == "Helga Brandt"


def test_an_airline_is_an_organisation_for_a_later_it():
    text = ("Port officials said the runway was closed.\n\n"
            "Nordic Airways said it had lost contact with the aircraft. \u201cThe crew sent no "
            "distress call,\u201d it said.")
    [q] = direct_quotes(text)
    assert q.speaker == "Nordic Airways"



def test_a_fronted_day_is_no_name_before_the_appositive():
    from newsdesk.extract.speakers import subject_before
    assert subject_before("On Sunday, the army ")[0] != "On Sunday"
    assert subject_before("Pavel Denning, a spokesman for the group ")[0] == "Pavel Denning"


def test_pm_is_a_title_before_a_known_name():
    text = ("Prime Minister Lena Ostrova visited the port.\n\n"
            "\u201cEvery family will be housed before winter comes, \u201csaid PM Ostrova.")
    [q] = direct_quotes(text)
    assert q.speaker == "Lena Ostrova"
