"""Speaker causes found on a tuning batch, on sentences we wrote: a described witness followed by a
participle phrase keeps the witness as its head ('a witness living in ...'), and an 'it' that
opens a quote's sentence is the body the same sentence names as the sayer after the quote."""
from __future__ import annotations

from newsdesk.extract.quotes import extract_quotes
from newsdesk.extract.speaker_form import speaker_form
from newsdesk.model import Article


def speakers(text: str) -> list[tuple[str, str]]:
    art = Article(id="t", raw=text, text=text)
    return [(q.speaker, q.text) for q in extract_quotes(art) if q.kind == "direct"]


def test_a_participle_phrase_is_cut_from_a_described_speaker():
    assert speaker_form("a witness living in the Varo district") == "a witness"
    assert speaker_form("the nurse working at the field clinic") == "the nurse"
    # a noun phrase glued with 'of' is not cut at a noun that ends in -ing
    assert speaker_form("a resident of the building in the old town") == "a resident of the building"


def test_a_witness_living_somewhere_is_the_witness():
    got = speakers('Near the square, a witness living in the Varo district said he could "see the smoke '
                   'rising over the market from my roof."')
    assert got and got[0][0] == "a witness"


def test_it_said_resolves_to_the_body_named_later_in_the_sentence():
    text = ("Eleven marchers were shot in Port Ostra, a medical group said. It said the toll \u201chas risen to "
            "eleven with three new deaths\u201d, since its morning update, the Ostra Doctors Union said on its website.")
    got = speakers(text)
    assert got and got[0][0] == "Ostra Doctors Union"
