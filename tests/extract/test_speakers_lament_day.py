"""Speakers in three shapes of wire copy, on sentences we wrote: a quote closed by a lament verb
('…," wailed one mother, X'), a capitalised 'He added,' between two quotes after a comma slip,
and a subject followed by a weekday ('Engineers on Friday published …, saying "…"')."""
from __future__ import annotations

from newsdesk.extract.quotes import extract_quotes
from newsdesk.model import Article


def speakers(text: str) -> list[tuple[str, str]]:
    art = Article(id="t", raw=text, text=text)
    return [(q.speaker, q.text) for q in extract_quotes(art) if q.kind == "direct"]


def test_wailed_after_the_quote_names_the_speaker_not_an_earlier_official():
    text = ("A provincial minister, Imran Saleem, told reporters that two wards had been shut.\n\n"
            '"My daughter left for class this morning. Now she is gone," wailed one mother, Nadia '
            'Hussain, as she waited outside the morgue. "She was my whole world."')
    got = speakers(text)
    assert [s for s, _ in got] == ["Nadia Hussain", "Nadia Hussain"]


def test_lamented_inverts_like_said():
    text = ('"Nobody listened to our warnings," lamented the head of the residents\' committee, '
            'Omar Haddad.')
    assert speakers(text)[0][0] == "Omar Haddad"


def test_capitalised_he_added_after_a_comma_opens_the_next_quote():
    text = ("Farid Ahmed, 17, said he had been in the library when the shooting began.\n\n"
            'Claiming the raid, a Taliban commander said, "We chose the depot because the army '
            'stores fuel there," He added, "They will hear from us again."')
    got = speakers(text)
    assert len(got) == 2
    assert all("commander" in s for s, _ in got), got


def test_lowercase_he_added_still_closes_the_quote_before_it():
    text = ('Officials met on Monday. "We are ready to talk," he added, before leaving the hall. '
            'Mayor Ruth Okafor said, "Nothing has been agreed."')
    got = speakers(text)
    assert got[-1][0] == "Ruth Okafor"


def test_weekday_after_the_subject_is_not_the_speaker():
    text = ('Federal engineers on Friday published the first findings, saying that the bridge '
            '"gave way because of corrosion that had gone unnoticed for years".')
    assert speakers(text) == [("Federal engineers", "gave way because of corrosion that had gone unnoticed for years")]


def test_a_long_described_speaker_after_the_quote_is_kept_not_the_last_named_one():
    text = ('"I lost my brother in the flood," said Tariq Malik, a shopkeeper.\n\n'
            '"The water came through the door in seconds," one nurse inside the clinic at the time '
            'of the flood told a local radio station.')
    got = speakers(text)
    assert got[1][0] == "one nurse"           # the head of the description, its place phrase cut
