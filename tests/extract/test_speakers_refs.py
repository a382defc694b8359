"""Speakers that only point at someone (quote_refs.py, speakers.subject_before): a relative
'who' left unclosed after a name, a restrictive 'who' after a quoted label or an appositive,
and a bare 'the statement' whose issuer is named only next to it. Sentences written by us."""
from __future__ import annotations

from newsdesk.extract.quotes import extract_quotes
from newsdesk.model import Article


def speakers(text: str) -> dict[str, str]:
    art = Article(id="t", raw=text, text=text)
    return {q.text: q.speaker for q in extract_quotes(art) if q.kind == "direct"}


def test_unclosed_relative_clause_after_a_named_witness():
    got = speakers('A neighbour, Maria Okafor, who lives across the street told reporters: '
                   '"The whole building shook and then the lights went out."')
    assert list(got.values()) == ["Maria Okafor"]


def test_restrictive_who_after_a_quoted_label_speaks_the_participle():
    got = speakers("The state broadcaster quoted a “senior engineer” who rejected the findings, "
                   "saying the cracks were “normal wear on an old bridge” and nothing more.")
    assert got["normal wear on an old bridge"] == "a senior engineer"


def test_restrictive_who_after_an_appositive_is_the_named_person():
    got = speakers("Delgado, a retired pilot who now writes crime novels (one of them ends with a line "
                   "“where the hunter becomes the hunted”), joined the campaign in May.")
    assert got["where the hunter becomes the hunted"] == "Delgado"


def test_participle_after_a_relative_clause_without_speech_stays_with_the_subject():
    got = speakers('Police arrested a man who was seen near the station, saying "we had reports of a '
                   'suspicious bag for hours."')
    assert list(got.values()) == ["Police"]


def test_bare_statement_takes_the_body_that_also_said_next():
    got = speakers("Shells hit the clinic in the old town on Sunday night.\n"
                   "“Nobody who fired on this clinic can claim they did not know what it was,” according "
                   "to the statement.\nHealth Without Borders also said that two of its nurses were missing.")
    assert list(got.values()) == ["Health Without Borders"]


def test_bare_statement_takes_the_body_acting_in_the_sentence_before():
    got = speakers("The Red Cross condemned the shelling of the clinic on Monday.\n"
                   '"Nothing can justify an attack on wounded people lying in their beds," the statement said.')
    assert list(got.values()) == ["Red Cross"]


def test_bare_statement_with_no_issuer_in_reach_stays_unresolved():
    got = speakers("The port was closed on Monday after the storm.\n"
                   '"Nothing can justify an attack on wounded people lying in their beds," the statement said.')
    assert list(got.values()) == ["the statement"]


def test_place_before_a_described_speaker_is_not_a_name():
    got = speakers('In Kabul, a police officer who declined to be named said: "Three of the attackers '
                   'are still inside the compound."')
    assert list(got.values()) == ["a police officer"]


def test_given_name_alone_is_the_person_introduced_in_full():
    got = speakers("Dede Kurniawan, a fisherman from the village, lost his boat in the storm.\n"
                   "“The sea took everything we had in one night,” Dede said.")
    assert list(got.values()) == ["Dede Kurniawan"]


def test_given_name_shared_by_two_people_stays_as_written():
    got = speakers("Dede Kurniawan and Dede Saputra both lost their boats in the storm.\n"
                   "“The sea took everything we had in one night,” Dede said.")
    assert list(got.values()) == ["Dede"]


def test_a_possessed_statement_speaks_for_its_owner():
    got = speakers("“Armed men have beaten commuters and a reporter, and the police did nothing to stop "
                   "them,” the Harbour Residents Alliance’s statement read.")
    assert list(got.values()) == ["Harbour Residents Alliance"]


def test_attribution_cut_by_the_page_end_keeps_the_name():
    got = speakers("The minister visited the site this morning.\n\n"
                   '"We still do not know for sure who did this and why," Deputy Interior Minister Anon')
    assert list(got.values())[0].endswith("Anon")
