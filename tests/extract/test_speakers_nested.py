"""Nested attribution and unnamed speakers (sentences written for these tests): a finding
reported by an outer sayer does not speak; a described person who spoke is who 'he' is."""
from newsdesk.extract.antecedents import unnamed_speaker
from newsdesk.extract.nested_cue import is_finding, outer_sayer
from newsdesk.extract.quotes import extract_quotes
from newsdesk.model import Article


def _speakers(text: str) -> dict[str, str | None]:
    art = Article(id="t", raw=text, text=text)
    return {q.text: q.speaker for q in extract_quotes(art) if q.kind == "direct"}


def _said(speakers: dict, opening: str):
    return next(v for k, v in speakers.items() if k.startswith(opening))


def test_findings_and_speakers_apart():
    assert is_finding("an independent review")
    assert is_finding("its own inquiry")
    assert is_finding("the evidence")
    assert not is_finding("a local nurse")
    assert not is_finding("a UN report")          # a named owner: a source of its own
    assert not is_finding("the ministry")
    assert unnamed_speaker("another passenger")
    assert unnamed_speaker("a retired engineer")
    assert not unnamed_speaker("several passengers")
    assert not unnamed_speaker("a statement")
    assert not unnamed_speaker("the Coast Guard")


def test_outer_sayer_of_a_reported_finding():
    left = "The Dockers' Guild has said that an independent review confirms that the crane "
    sub = (("an independent review", left.index("an independent")))
    assert outer_sayer(left, sub)[0] == "The Dockers' Guild"
    plain = "The Dockers' Guild said the crane "
    assert outer_sayer(plain, ("The Dockers' Guild", 0)) is None


def test_the_sayer_voices_what_its_inquiry_found():
    text = ("The Coastal Rights Network has said that its own inquiry shows the patrol boat rammed "
            "\u201cat least four fishing canoes\u201d on Sunday near the reef.\n\n"
            "The statement added that radar logs had been \u201cwiped within hours of the collision\u201d.")
    said = _speakers(text)
    assert _said(said, "at least four fishing") == "The Coastal Rights Network"
    assert _said(said, "wiped within hours") == "The Coastal Rights Network"


def test_a_cited_report_with_an_owner_keeps_its_words():
    text = ("Officials said that a Red Cross report confirms the camp held "
            "\u201cfar more people than its wells can serve\u201d during the summer.")
    assert _said(_speakers(text), "far more people") != "Officials"


def test_he_goes_to_the_unnamed_witness_who_spoke_last():
    text = ("Councillor Ivo Marsh told the local radio the pier had been closed for repairs.\n\n"
            "\u201cWe warned them twice,\u201d he said.\n\n"
            "Another witness, a retired engineer who lives nearby, told reporters he was on "
            "the beach when the pier gave way.\n\n"
            "\u201cI heard a crack like a gunshot,\u201d he said.")
    said = _speakers(text)
    assert _said(said, "We warned them") == "Ivo Marsh"
    assert _said(said, "I heard a crack") == "a retired engineer"


def test_a_surname_expands_to_a_name_met_after_a_connective():
    text = ("But Tomas Vrba, a friend of the family and head of the rowing club, said on Sunday that the "
            "boat had been checked.\n\n\u201cWe will publish the logbook tomorrow,\u201d Vrba said.")
    assert _said(_speakers(text), "We will publish") == "Tomas Vrba"


def test_a_nationality_after_a_title_word_is_no_person():
    text = ("Governor Tomas Okafor said nine people died in the blaze at the former French trading post.\n"
            "\u201cThe losses are terrible,\u201d he said as he toured the harbour.")
    assert _said(_speakers(text), "The losses are") == "Tomas Okafor"


def test_a_finding_after_a_comma_and_said_is_the_sayer_itself():
    # '..., said an initial report': inverted attribution, no outer sayer to hand the words to
    text = ("Port confirms rockets hit the ferry\n"
            "The port authority confirmed on Tuesday that rockets hit the Lindow ferry.\n"
            "Inspectors concluded that two rockets were launched at the ferry, said an initial report "
            "posted on the website of the port authority. It added that the inquiry was continuing.\n")
    art = Article(id="t", raw=text, text=text)
    said = {q.text: q.speaker for q in extract_quotes(art)}
    assert said.get("the inquiry was continuing.") == "an initial report"
    assert outer_sayer("Inspectors concluded that two rockets hit the ferry, said ",
                       ("an initial report", 58)) is None
