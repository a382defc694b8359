"""Speaker causes found on tuning set 28 (session 21), on sentences we wrote: a proper name
modifying a document noun ('the Vantor report said') is the document's issuer; a quote
paragraph with no attribution after 'the army said' goes on with that body, not with a
person named earlier; a name inside what a named speaker reported is no antecedent for the
next 'he said'; two people coordinated as one subject file the first."""
from __future__ import annotations

from conftest import direct_speakers
from newsdesk.extract.body_voice import speaking_body
from newsdesk.extract.joint_subject import first_conjunct
from newsdesk.extract.named_document import named_document


speakers = direct_speakers


def test_named_document_speaks_for_its_issuer():
    text = ("The mining company denied the claims. 'Three barges left the harbour at dawn with the ore "
            "still on board,' the Vantor report said.")
    assert [s for s, _ in speakers(text)] == ["Vantor"]


def test_named_document_rules():
    assert named_document("the Vantor report") == "Vantor"
    assert named_document("the Harlow Council statement") == "Harlow Council"
    assert named_document("the Monday statement") is None
    assert named_document("the annual report") is None
    assert named_document("a TV report") is None
    assert named_document("Ann Roe") is None


def test_body_voice_continues_a_quote_paragraph():
    text = ("Governor Ann Roe promised to send help to the island.\n\n"
            "Boats searched the bay for the missing divers after the storm, the army said Sunday.\n\n"
            "\"Our crews found two of the divers alive near the northern reef and brought them to")
    assert [s for s, _ in speakers(text)] == ["the army"]


def test_speaking_body_words():
    assert speaking_body("the military") and speaking_body("police") and speaking_body("the interior ministry")
    assert not speaking_body("the massacre") and not speaking_body("Ann Roe") and not speaking_body("the victims")


def test_name_inside_reported_words_is_no_antecedent():
    text = ("Dan Oren, a grain farmer, was shot on the road at noon.\n\n"
            "A second farmer, Tomas Vell, 52, said he drove to the clinic as soon as he learned that Oren, "
            "a neighbour, had been hurt.\n\n"
            "\"The road was blocked, so I walked the last mile,\" he said.")
    assert [s for s, _ in speakers(text)] == ["Tomas Vell"]


def test_first_of_two_coordinated_speakers():
    text = ("The Mayor of Eastport, Lina Marsh and union leader Piet Baro denounced the closure, calling it "
            "the work of people \"with no care for the town at all\".")
    assert [s for s, _ in speakers(text)] == ["Lina Marsh"]


def test_first_conjunct_leaves_a_single_subject():
    left = "Police arrested Lina Marsh and her friend Piet Baro said the men were "
    assert first_conjunct(left, ("Piet Baro", left.find("Piet"), "said")) == ("Piet Baro", left.find("Piet"), "said")


def test_weekday_before_a_comma_holds_no_role():
    text = ("Governor Ann Roe promised to send help.\n\n"
            "Boats searched the bay for the missing divers on Sunday, the coastguard said.\n\n"
            "\"Our crews found two of the divers alive near the reef and brought them to")
    assert [s for s, _ in speakers(text)] == ["the coastguard"]
