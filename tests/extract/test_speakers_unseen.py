"""Speaker patterns met on unseen coverage (Multi-News validation), on short texts we wrote:
a bare rank after an abbreviated one ('the general' after 'Lt. Gen. X'), a place closing an
appositive before the verb, and a name inside a fronted phrase before a pronoun subject."""
from __future__ import annotations

from newsdesk.extract.speakers import appositive_subject, fronted_phrase, ranked_name
from tests.conftest import direct_quotes


quotes = direct_quotes


def test_bare_rank_resolves_to_the_abbreviated_officer():
    text = ("Maj. Gen. Orla Vance, who leads the coalition air wing, visited the northern base on "
            "Monday.\n\n"
            "\u201cThe drills went better than we hoped,\u201d the general said. \u201cWe will keep "
            "flying at night.\u201d")
    qs = quotes(text)
    assert qs and all(q.speaker.split()[-1] == "Vance" for q in qs)


def test_ranked_name_needs_the_rank_written_before():
    text = "Col. Pia Strand spoke first. Later the general arrived."
    assert ranked_name("the colonel", text, len(text)) == "Pia Strand"
    assert ranked_name("the general", text, len(text)) is None
    assert ranked_name("the harbour", text, len(text)) is None


def test_place_closing_an_appositive_is_not_the_speaker():
    text = ("Flight Engineer Tomas Reyl, with the 4th Support Squadron at Fort Bragg, North Carolina, "
            "explains how the exercise made him a better engineer.\n\n"
            "\u201cIt taught me to plan for the worst day,\u201d he said.")
    qs = quotes(text)
    assert qs and qs[0].speaker.split()[-1] == "Reyl"
    assert appositive_subject("Tomas Reyl, with the squadron at Camp Ardent, ") == ("Tomas Reyl", 0)


def test_name_in_a_fronted_phrase_is_no_antecedent():
    text = ("Karl Menning was jailed in March after the crash.\n\n"
            "In a call with his sister, Dana Menning-Roth, he complained about the food, but added: "
            "\u201cThe guards here are decent people.\u201d\n\n"
            "A while later, he said, \u201cI want to go home before winter.\u201d")
    qs = quotes(text)
    assert [q.speaker.split()[-1] for q in qs] == ["Menning", "Menning"]
    assert fronted_phrase("In a call with his sister, Dana Menning-Roth, ")
    assert not fronted_phrase("Dana Menning-Roth said ")


def test_as_someone_put_it():
    text = ("The drills ran for two weeks.\n\n"
            "That is because, as Adm. Hella Marsk, commander of the northern fleet, put it, "
            "\u201cThe threat has never been closer to our shores.\u201d")
    qs = quotes(text)
    assert qs and qs[0].speaker.split()[-1] == "Marsk"
