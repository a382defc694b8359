"""Speakers named by a verb outside the speech-verb list (sentences we wrote): the subject
whose verb takes the quote as its whole complement, before or after it."""
from __future__ import annotations

from newsdesk.extract.bare_verbs import bare_left, bare_right
from newsdesk.extract.quotes import extract_quotes
from newsdesk.model import Article

INTRO = "Mayor Clara Voss met Councillor Ivan Petrov at the depot on Friday.\n\n"


def speakers(body: str) -> list[str]:
    text = INTRO + body
    art = Article(id="t", raw=text, text=text)
    return [q.speaker for q in extract_quotes(art) if q.kind == "direct"]


def test_subject_and_verb_before_the_quote():
    assert speakers("Petrov shot back, “Nobody here asked for a new bus route at all.”") == ["Ivan Petrov"]
    assert speakers("Petrov cautioned “let us wait for the engineers to finish the survey,” before leaving.") \
        == ["Ivan Petrov"]


def test_subject_and_verb_after_the_quote_not_the_earlier_speaker():
    body = ("“The depot will reopen in spring,” Voss said.\n\n"
            "“Go and read the budget before you promise that,” Petrov barked and walked out.")
    assert speakers(body) == ["Clara Voss", "Ivan Petrov"]


def test_verb_with_an_object_and_the_inverted_order():
    assert speakers("“Your plan is a good one,” Petrov assured Voss, after the vote.") == ["Ivan Petrov"]
    assert speakers("“I am a bus driver,” declares Ivan Petrov, 52, who drives the night line.") == ["Ivan Petrov"]


def test_comment_clause_names_the_speaker():
    assert speakers("As Councillor Petrov pointed out in March, “The line loses money every winter.”") \
        == ["Ivan Petrov"]


def test_full_stop_ends_the_sentence_and_nouns_are_no_verbs():
    assert bare_right("The depot is closed.", " Petrov walked out.") is None
    assert bare_right("The depot is closed,", " Petrov walked out.") == ("Petrov", 1)
    # a quote opening on its verb completes a clause: 'forces' is the subject's noun
    assert bare_left("Early on Monday, Northern forces ", "attacked the depot") is None
    assert bare_left("Later, Tuesday marked ", "a new start for all") is None


def test_day_after_the_verb_is_no_speaker_and_party_label_is_an_appositive():
    body = "“The budget will pass next week,” Senator Ruth Kane, D-Ore., said Monday."
    assert speakers(body) == ["Ruth Kane"]


def test_gerund_after_a_preposition_takes_the_clause_subject():
    body = "Voss answered the morning headline by saying: “I left the depot early that night.”"
    assert speakers(body) == ["Clara Voss"]
