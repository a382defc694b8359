"""Speaker forms: an issuer's website as the source, a time adjunct after a name (extract/speaker_form.py, doc_issuer.py); sentences we wrote."""
from __future__ import annotations

from newsdesk.extract.doc_issuer import document_issuer
from newsdesk.extract.speaker_form import speaker_form


def test_a_time_adjunct_after_the_speaker_is_cut():
    assert speaker_form("Harbour Minister Ada Vel in February") == "Harbour Minister Ada Vel"
    assert speaker_form("the port director on Sunday") == "the port director"
    assert speaker_form("Ada Vel last week") == "Ada Vel"


def test_names_built_with_a_preposition_stay_whole():
    assert speaker_form("Commission on Elections") == "Commission on Elections"
    assert speaker_form("May") == "May"


def test_a_document_on_a_page_of_its_issuer_gives_the_issuer():
    text = "a report on the website of the Harbour Watch Movement."
    assert document_issuer(text, 0) == ("the Harbour Watch Movement", text.index("the Harbour"))
    assert document_issuer("a statement posted on the site of Velmor Relief said", 0)[0] == "Velmor Relief"
