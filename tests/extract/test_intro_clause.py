"""A quote handed over with a colon by a clause of its own sentence takes that clause's
subject, not the speaker of the quote before it (short texts we wrote)."""
from __future__ import annotations

from newsdesk.extract.intro_clause import colon_clause_subject
from tests.conftest import direct_quotes


def test_subject_of_the_clause_the_colon_closes():
    assert colon_clause_subject("At a rally in Lowton on Friday, the union organiser shot back: ")[0] == \
        "the union organiser"
    assert colon_clause_subject("She then turned to the reporters again: ")[0] == "She"
    assert colon_clause_subject("Ms Varga answered calmly, with a shrug: ")[0] == "Ms Varga"


def test_no_subject_for_expletives_copulas_or_other_punctuation():
    assert colon_clause_subject("Then there was the most awkward moment of all: ") is None
    assert colon_clause_subject("The notice reads: ") is None
    assert colon_clause_subject("But surveys did catch the trend - Pollwatch: ") is None
    assert colon_clause_subject("Ms Varga answered calmly, ") is None


def test_colon_clause_overrides_the_previous_speaker():
    text = ('"We will not close the depot," Governor Anton Brask said on Monday.\n\n'
            'At the council meeting that evening, the depot manager replied: '
            '"Nobody has told my staff anything about the plans."')
    qs = direct_quotes(text)
    assert qs[0].speaker.split()[-1] == "Brask"
    assert "manager" in qs[1].speaker


def test_quote_without_its_own_clause_still_continues_the_run():
    text = ('"We will not close the depot," Governor Anton Brask said on Monday. '
            '"The workers can count on that."')
    qs = direct_quotes(text)
    assert [q.speaker.split()[-1] for q in qs] == ["Brask", "Brask"]


def test_archive_double_apostrophes_do_not_hide_the_attribution():
    text = ("''The valves were old and the seals had cracked,'' said Ines Morrow, the plant director.\n\n"
            "As the union steward Pavel Okafor put it: ''Nobody wanted to rush "
            "the repairs after the last accident.''")
    qs = direct_quotes(text)
    assert [q.speaker.split()[-1] for q in qs] == ["Morrow", "Okafor"]


def test_dateline_appositive_and_coordinated_clauses():
    assert colon_clause_subject("MERRIDGE (Wire) — After the vote on Tuesday, the council leader hit back: ")[0] == \
        "the council leader"
    assert colon_clause_subject("The port director, Ilse Marrow, took the microphone: ")[0] == "Ilse Marrow"
    assert colon_clause_subject("The daily ran the rumour on Monday, and the ministry answered: ")[0] == \
        "the ministry"


def test_the_party_that_really_speaks():
    assert colon_clause_subject("As the wire service reported, by noon the governor's office was still "
                                "refusing to comment: ")[0] == "the wire service"
    assert colon_clause_subject("The mood on the quay was summed up by the harbour master: ")[0] == \
        "the harbour master"
    assert colon_clause_subject("Her new essay quotes the economist Tomas Verhoek: ")[0].endswith("Tomas Verhoek")
    assert colon_clause_subject("The ruling referred to the old harbour charter, which states: ")[0] == \
        "the old harbour charter"
    assert colon_clause_subject("Ilse Marrow’s letter, read out by her lawyer, continued: ") is None
    assert colon_clause_subject("The band stops, and then Okafor continues: ")[0] == "Okafor"
    assert colon_clause_subject("The ferry captain, who had kept quiet for a week, finally spoke up: ")[0] == \
        "The ferry captain"


def test_a_line_above_the_quote_paragraph_is_read_the_same_way():
    text = ('"We reopen the ferry at dawn," the transport minister said.\n\n'
            'At the pier an hour later, the ferry captain, Ilse Marrow, took the microphone:\n\n'
            '"Nobody has told my crew anything about the timetable."')
    qs = direct_quotes(text)
    assert qs[1].speaker.endswith("Marrow")
    assert colon_clause_subject("Here they are: ") is None
    assert colon_clause_subject("There is more: ") is None
