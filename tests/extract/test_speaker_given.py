"""Names a speaker stands for when the page gives them sideways (extract/speaker_given.py): a
description with only a surname given after it, a lone first name of a person named in full
before, and '"…," he said' right after a paragraph that introduces one person. Sentences we wrote."""
from newsdesk.extract.quotes import extract_quotes
from newsdesk.model import Article


def _speakers(text: str) -> dict[str, str | None]:
    art = Article(id="t", raw=text, text=text)
    return {q.text: q.speaker for q in extract_quotes(art) if q.kind == "direct"}


def test_a_description_with_only_a_surname_given_is_that_name():
    text = "“The water came up to the second step in minutes,” said one resident, surnamed Park."
    assert _speakers(text)["The water came up to the second step in minutes,"] == "Park"


def test_a_description_with_no_name_stays_a_description():
    text = "“The water came up to the second step in minutes,” said one resident of the block."
    assert _speakers(text)["The water came up to the second step in minutes,"] != "Park"


def test_a_lone_first_name_is_the_person_named_in_full_before():
    text = ("Marta Quiroga waited outside the hospital all night.\n\n"
            "Marta said the doctors had told her nothing.\n\n"
            "“They keep saying wait, only wait,” Marta said.")
    assert _speakers(text)["They keep saying wait, only wait,"] == "Marta Quiroga"


def test_a_pronoun_after_a_paragraph_introducing_one_person_is_that_person():
    text = ("“The roof is gone, all of it,” said Mark Doyle. “Nobody warned us.”\n\n"
            "Others are still waiting for news, like Peter Vance.\n\n"
            "“We just want to hear their voices again,” he said.")
    assert _speakers(text)["We just want to hear their voices again,"] == "Peter Vance"


def test_a_pronoun_after_a_paragraph_naming_no_one_keeps_the_last_speaker():
    text = ("“The roof is gone, all of it,” said Mark Doyle. “Nobody warned us.”\n\n"
            "Others are still waiting for news at the school.\n\n"
            "“We just want to hear their voices again,” he said.")
    assert _speakers(text)["We just want to hear their voices again,"] == "Mark Doyle"


def test_a_crowd_subject_keeps_its_chant_across_an_aside_and_a_first_verb():
    text = ("Chief Ann Roe said the force accepted the ruling: “We failed them.”\n\n"
            "Tearful supporters, several of them weeping, sang outside the hall during a pause and chanted "
            "“truth for the victims”.")
    assert _speakers(text)["truth for the victims"] == "Tearful supporters"


def test_an_office_of_a_place_is_no_person():
    from newsdesk.extract.speakers import strip_titles
    assert strip_titles("the governor of Texas") == "the governor of Texas"
    assert strip_titles("the harbour master of Freeport") == "the harbour master of Freeport"
    assert strip_titles("Secretary of State John Kerry") == "John Kerry"
