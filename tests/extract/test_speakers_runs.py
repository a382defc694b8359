"""Speakers on sentences we wrote after the shapes the fresh sets showed (session 12): an
agency that only relays a named speaker, a fragment whose sentence names its speaker after a
later quote, a line quoted twice, and descriptions that take up or stand beside a name."""
from __future__ import annotations

from tests.conftest import direct_quotes


def _speakers(text: str) -> list:
    return [q.speaker for q in direct_quotes(text)]


def test_an_agency_after_a_named_speaker_only_relays_the_words():
    text = ("Storms flooded the valley overnight. Norvania said \"hundreds of homes were lost in the "
            "flooding of the river basin\", AFP reports.")
    assert _speakers(text) == ["Norvania"]


def test_an_agency_alone_still_speaks():
    assert _speakers("\"Hundreds of homes were lost overnight,\" AFP reported.") == ["AFP"]


def test_a_fragment_takes_the_attribution_that_closes_its_sentence():
    text = ("“The bridge will reopen next week,” said the engineer Tomas Brill.\n\n"
            "The harbour cranes “were badly damaged” and the north pier “will need months of work,” "
            "the port director Selma Okafor said.")
    assert _speakers(text) == ["Tomas Brill", "Selma Okafor", "Selma Okafor"]


def test_a_sentence_that_ends_before_the_next_quote_keeps_its_run():
    text = ("“The bridge will reopen next week,” said the engineer Tomas Brill.\n\n“It was built to "
            "last.” The pier “will need months of work,” the port director Selma Okafor said.")
    assert _speakers(text) == ["Tomas Brill", "Tomas Brill", "Selma Okafor"]


def test_a_line_quoted_twice_belongs_to_the_one_named_with_it():
    text = ("“We carried dozens of people out of the smoke,” the driver Ilse Marr said.\n\n"
            "Crowds gathered outside the station.\n\n"
            "“It was terrible to see, the whole street was burning”.\n\n"
            "“It was terrible to see”, the shopkeeper Omar Fenn told the radio.")
    assert _speakers(text) == ["Ilse Marr", "Omar Fenn", "Omar Fenn"]


def test_the_minister_after_a_country_is_not_the_country():
    text = ("Prince Tarek Odell said “the claims are false”.\n\n"
            "South Korea has insisted the ship left port, with the minister saying the kingdom wants "
            "“the full facts”.")
    assert _speakers(text)[1] == "the minister"


def test_a_name_after_a_description_with_its_own_phrase_is_the_speaker():
    text = ("The panel \"rejected every claim made by the two parties,\" said Norvanian permanent "
            "representative to the UN, Edda Lind, who chaired the talks.")
    assert _speakers(text) == ["Edda Lind"]


def test_a_described_speaker_with_a_relative_clause_is_remembered():
    text = ("Police warned of “disturbing images” online.\n\n"
            "A local baker, who asked not to be named, said he saw the van stop.\n\n"
            "“I heard two loud bangs and then a scream.”")
    assert _speakers(text)[-1] == "A local baker"


def test_one_of_a_group_is_no_name():
    text = ("One of the men in custody was confirmed to be a local driver. He reportedly left "
            "a note in which he described himself as “a man with nothing left to lose”.")
    assert "One" not in _speakers(text)


def test_an_adverb_before_the_verb_is_no_part_of_the_speaker():
    text = ("The source strongly rejected the reports, adding that the callers were not officials "
            "“who know anything about the case.”")
    assert _speakers(text) == ["The source"]


def test_an_age_and_occupation_take_up_the_person_just_named():
    text = ("Lena Varga was not hurt. The 31-year-old pianist wrote later: \"I am safe. My thoughts are "
            "with everyone who was there tonight.\"")
    assert _speakers(text) == ["Lena Varga"]


def test_a_spokeswoman_for_a_minister_is_not_the_minister():
    text = "A spokeswoman for foreign minister Anton Brask said the vote “changes nothing” for now."
    assert _speakers(text) != ["Anton Brask"]


def test_a_relative_clause_without_commas_leaves_its_head_as_the_speaker():
    from newsdesk.extract.quotes import extract_quotes
    from newsdesk.model import Article
    text = ("Flights resumed at noon. The officer who is not allowed to speak to reporters said that "
            "the runway had been checked twice before the first landing.")
    art = Article(id="t", raw=text, text=text)
    said = [q for q in extract_quotes(art) if q.kind == "indirect"]
    assert [q.speaker for q in said] == ["The officer"]


def test_an_attribution_broken_onto_the_next_line_names_the_speaker():
    text = ("- Roads into the valley stay closed\n\n"
            "- 'The bridges will hold. Crews are working through the night, and we will reopen soon,'\n\n"
            "The regional flood office tweeted on Monday\n\n"
            "- More rain is expected")
    assert _speakers(text) == ["The regional flood office"]


def test_a_next_line_that_reports_a_clause_is_no_attribution():
    text = ("“The bridges will hold. Crews are working through the night,” the engineer Tomas Brill said.\n\n"
            "“We will reopen the road before the weekend.”\n\n"
            "Police said the driver had been arrested.")
    assert _speakers(text) == ["Tomas Brill", "Tomas Brill"]


def test_a_dash_and_a_name_closing_the_line_sign_the_quote():
    text = ("Readers wrote to us after the vote.\n\n"
            "“The new road cuts our village in two and nobody asked us first.” ― Mira J. Olsen\n\n"
            "“We waited ten years for a clinic and still have none.”― Paul Eder.")
    assert _speakers(text) == ["Mira J. Olsen", "Paul Eder"]


def test_a_sentence_adverb_is_no_name_for_a_role():
    from newsdesk.extract.speakers import looks_person
    assert not looks_person("Rather") and not looks_person("Instead") and looks_person("Ann Rather")


def test_a_verb_going_on_in_an_if_clause_is_no_speech():
    text = ("The rebel spokesman Adel Varn said the strike had worked. He warned that the raids would "
            "grow if the blockade continues, adding: “The only way out is to end the siege.”")
    assert _speakers(text) == ["Adel Varn"]


def test_a_parenthesis_inside_the_appositive_keeps_the_person():
    text = ("Lio Park, head of the Harbour Relief League (HRL), told the radio the toll had risen.\n\n"
            "“Our crews reached the pier within minutes,” he said.")
    assert _speakers(text) == ["Lio Park"]


def test_a_first_name_given_to_both_sexes_does_not_turn_he_away():
    text = ("Captain Kelly Amadou Roche read the statement on state radio.\n\n"
            "He said the army acted against “those who betrayed the nation and its soldiers.”")
    assert _speakers(text) == ["Kelly Amadou Roche"]


def test_it_after_a_document_subject_is_the_document():
    from newsdesk.extract.quotes import extract_quotes
    from newsdesk.model import Article
    text = ("Police officials said the square was reopened.\n\n"
            "The complaint was filed by the station chief on Tuesday. It added that the two men "
            "had waited near the gate for an hour.")
    art = Article(id="t", raw=text, text=text)
    said = [q for q in extract_quotes(art) if q.kind == "indirect" and "waited" in q.text]
    assert [q.speaker for q in said] == ["The complaint"]
