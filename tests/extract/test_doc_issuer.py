"""A document named as a quote's source hands the quote to whoever issued it."""
from newsdesk.extract.attribution import left_speaker, right_speaker
from newsdesk.extract.doc_issuer import document_issuer
from newsdesk.extract.speakers import document_source, subject_before


def test_issuer_after_a_participle_with_a_place_or_time_adjunct():
    assert document_issuer("a statement issued in Lisbon by the Harbour Authority on Friday")[0] == \
        "the Harbour Authority"
    assert document_issuer("a report released late on Tuesday by the Lakeshore Water Board.")[0] == \
        "the Lakeshore Water Board"


def test_owner_of_the_page_a_document_was_posted_on():
    assert document_issuer("a notice posted on the county council's Facebook page")[0] == "the county council"


def test_no_named_issuer_keeps_the_document():
    assert document_issuer("a statement issued on Monday") is None
    assert document_issuer("the letter from them") is None
    assert document_issuer("Dana Roe of the union") is None


def test_inverted_attribution_names_the_issuer():
    right = ', said a communique issued in Ostrava by the Regional Fire Service on Sunday.'
    assert right_speaker(right)[0] == "the Regional Fire Service"


def test_according_to_a_posted_document_is_not_the_verb_subject():
    left = "According to a bulletin posted on the port authority's official website overnight, the ferry carried "
    assert left_speaker(left)[0] == "the port authority"
    assert left_speaker("According to the mayor, the driver said ")[0] == "the driver"


def test_a_document_subject_ending_in_its_issuer():
    assert subject_before("A message from the Harbour Master ")[0] == "the Harbour Master"
    assert document_source("Pat Doe ") is None


def test_a_common_noun_issuer_is_not_taken():
    assert document_issuer("a tweet from the office of the mayor of Vell") is None
