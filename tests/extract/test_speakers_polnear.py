"""Speaker shapes the PolNeAR train split showed us getting wrong (sentences we wrote): long
descriptions before a name, documents that 'read' or 'state' words, verb chains ending in
'to say', participles after a place, presenting labels before a colon, titled names before a
verb outside the speech list."""
from __future__ import annotations

from newsdesk.extract.described_name import described_name
from newsdesk.extract.quotes import extract_quotes
from newsdesk.model import Article

INTRO = "Mayor Clara Voss met Councillor Ivan Petrov at the depot on Friday.\n\n"


def speakers(body: str) -> list[str | None]:
    text = INTRO + body
    art = Article(id="t", raw=text, text=text)
    return [q.speaker for q in extract_quotes(art) if q.kind == "direct"]


def test_described_name_reads_past_dotted_titles_and_a_hometown():
    assert described_name("former Gov. Ada Mirren of Lower Vale")[0] == "Ada Mirren"
    # an 'and' between two role words still describes one person; between two names it does not
    assert described_name("veteran reporter and critic Ada Mirren")[0] == "Ada Mirren"
    assert described_name("experts Ada Mirren and Tom Vail") is None
    assert described_name("undecided voter Tomas Quill of Eastport")[0] == "Tomas Quill"
    assert described_name("former J. R. Hale speechwriter Nina Brook")[0] == "Nina Brook"
    assert described_name("the depot's night clerk Omar Fenn")[0] == "Omar Fenn"


def test_described_name_refuses_objects_and_pairs():
    assert described_name("the man accused of robbing Ada Mirren") is None
    assert described_name("talks with Ada Mirren") is None
    assert described_name("transit experts Ada Mirren and Tomas Quill") is None


def test_inverted_attribution_with_a_long_description():
    body = ("Some riders complained.\n\n"
            "“The night buses have been late all winter,” said former Gov. Ada Mirren of Lower Vale, "
            "a regular on the line. “Nobody answers the phone at the depot.”")
    assert speakers(body) == ["Ada Mirren", "Ada Mirren"]


def test_subject_with_initials_in_its_description():
    body = "“These are hard days for the night shift,” former J. R. Hale speechwriter Nina Brook wrote in a column."
    assert speakers(body) == ["Nina Brook"]


def test_document_reads_or_states_the_words():
    assert speakers("“The mayor should ride the night bus herself,” the editorial read.") == ["the editorial"]
    assert speakers("“Welcome to the depot, riders!” a message on the website reads.") \
        == ["a message on the website"]


def test_it_that_reads_takes_up_the_document():
    body = "The memo reached the council on Monday.\n\n“Close the east gate after nine,” it reads."
    assert speakers(body) == ["The memo"]


def test_verb_chain_to_say_names_its_subject():
    assert speakers("Later Petrov went on to say, “The depot will need new brakes for every bus.”") \
        == ["Ivan Petrov"]
    assert speakers("The meeting was so quiet that Voss was prompted to say, “This is the calmest council in years.”") \
        == ["Clara Voss"]


def test_a_participle_after_a_place_is_the_main_subject_s():
    body = "Petrov answered the question on Facebook writing, “The east line will run again by June.”"
    assert speakers(body) == ["Ivan Petrov"]


def test_gerund_after_by_is_no_noun_phrase_speaker():
    """'his plans by' is no speaker; the clause's subject is, and its role names the councillor."""
    body = "The councillor appeared to defend his plans by saying, “We cannot keep every line open all night.”"
    assert speakers(body) == ["Ivan Petrov"]


def test_long_fronted_clause_before_a_bare_verb():
    body = ("After former depot manager Voss criticised the new timetable at a public meeting, "
            "Petrov shot back, “The old timetable left half the town waiting in the rain.”")
    assert speakers(body) == ["Ivan Petrov"]


def test_bare_verb_followed_by_a_short_place_phrase():
    assert speakers("Voss flatly proclaimed at a press conference, “No bus line will close this year.”") \
        == ["Clara Voss"]


def test_presenting_labels_before_a_colon():
    assert speakers("Here’s Voss in March 2019: “Every line in this town pays for itself.”") == ["Clara Voss"]
    body = "The study looked at ten towns. From the report: “Night lines carry a third of all shift workers.”"
    assert speakers(body) == ["the report"]


def test_honorific_before_a_bare_verb_after_the_quote():
    body = "“It's the east depot,” Mr. Petrov answered, pointing at the map. “Nobody else will take it.”"
    assert speakers(body) == ["Ivan Petrov", "Ivan Petrov"]


def test_a_shared_four_word_opening_is_no_repeated_quote():
    """'I don't know, exactly' is no copy of a later 'I don't know exactly where …' by someone else."""
    body = ("“I should hope so,” Petrov said after the meeting. “I don't know, exactly.”\n\n"
            "“I don't know exactly where the money went,” said Voss.")
    assert speakers(body) == ["Ivan Petrov", "Ivan Petrov", "Clara Voss"]


def test_a_line_signed_with_a_dash_names_the_quote_above():
    body = ("“Every line in this town pays for itself.”\n\n- Clara Voss\n\n"
            "“The east depot needs a new roof before winter.”\n\n-Petrov, at the depot.")
    assert speakers(body) == ["Clara Voss", "Ivan Petrov"]
