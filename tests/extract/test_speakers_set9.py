"""Speaker patterns met on fresh coverage (held-out sets 7-9), on short texts we wrote: an
attribution after a quote that completes another subject's clause, a next sentence that only
looks like an attribution, '…," reports X', a document as subject ('a toll published by X
said', 'the board's statement after a session said'), a pronoun in a sentence holding an
earlier quote, plural collective subjects, and an organisation named in a parenthesis."""
from __future__ import annotations

from newsdesk.extract.attribution import next_sentence
from newsdesk.extract.speakers import document_source, looks_person, strip_titles, subject_before
from tests.conftest import direct_quotes


quotes = direct_quotes


def _speaker(text: str, start: str) -> str | None:
    return next(q.speaker for q in quotes(text) if q.text.startswith(start))


def test_closing_attribution_beats_the_subject_the_quote_completes():
    text = ("Varek, the head of the Northern Brigade, \u201cwas preparing raids on the border posts "
            "for weeks,\u201d Interior Minister Hana Olsby said in a statement. \u201cThe operation was "
            "meant to stop those raids.\u201d Officials said the operation was ordered by the cabinet, "
            "which met on Sunday night.")
    assert _speaker(text, "was preparing").endswith("Olsby")
    assert _speaker(text, "The operation").endswith("Olsby")     # the next sentence is no attribution


def test_next_sentence_needs_a_clause_after_its_verb():
    assert next_sentence("The operation was meant to stop them.", " Officials said the strike was ordered.")
    assert next_sentence("It is over.", " The army announced that the curfew ends today.")
    assert not next_sentence("It is over.", " Tomas Brenn said.")
    assert not next_sentence("Who would have thought it?", " Brenn said, looking out on the cheering crowd.")
    assert not next_sentence("Who knows?", " Brenn told a radio station in an interview when asked how it would go.")
    assert not next_sentence("It is not true.", " He said the plan would fail.")
    assert not next_sentence("It is over,", " Tomas Brenn said the curfew ends today and more.")


def test_present_tense_outlet_after_the_quote():
    text = ("The colonel was popular at home and was \u201cpraised as a hero of the republic,\u201d "
            "reports the Daily Lantern. Mayor Ivo Trask said nothing.")
    assert "Lantern" in _speaker(text, "praised as")


def test_document_names_its_author():
    assert document_source("a new count issued overnight by the Federation of Rural Nurses ")[0] == \
        "the Federation of Rural Nurses"
    assert document_source("The board's short statement after an emergency meeting Monday ")[0] == "The board"
    assert document_source("A statement released by the Coast Guard ")[0] == "the Coast Guard"
    assert document_source("John Roe ") is None
    assert subject_before("The union's statement ") == ("The union's statement", 0)   # no phrase: as before


def test_toll_published_by_a_committee_is_the_committee_s_words():
    text = ("\u201cThe number of dead has risen to 41. Many more are hurt,\u201d a new toll published "
            "overnight by the Federation of Rural Nurses said.")
    assert _speaker(text, "The number").endswith("Federation of Rural Nurses")


def test_statement_after_a_session_is_the_council_s():
    text = ("Vantia's National Defence Council met on Friday.\n\n"
            "The council's brief statement after a closed session Friday said it studied "
            "\u201cevery aspect of this incident and holds the neighbouring state responsible.\u201d")
    assert "session" not in (_speaker(text, "every aspect") or "")
    assert _speaker(text, "every aspect").endswith("Council")


def test_a_new_sentence_after_a_glued_close_is_no_attribution():
    text = ("In a statement, the deputy minister of health, Oren Talvik said: \u201cThe number did not "
            "exceed 20.\u201dLater, the Union of Field Medics announced that the toll had risen to 60.")
    assert _speaker(text, "The number").endswith("Talvik")


def test_committee_of_a_group_is_no_title_and_name():
    assert strip_titles("the Central Committee of Harbour Pilots") == "the Central Committee of Harbour Pilots"
    assert strip_titles("Department of Coastal Affairs Secretary Ana Berg") == "Ana Berg"


def test_pronoun_in_a_sentence_holding_an_earlier_quote():
    text = ("The ministry of the interior has yet to comment.\n\n"
            "Council spokesman Aldo Venn said Governor Bram Holt condemned the \u201cterrible loss,\u201d which "
            "he said \u201cappears to have been a deliberate act.\u201d\n\n"
            "Holt visited the site on Tuesday.")
    assert _speaker(text, "appears to").endswith("Venn")


def test_plural_collective_subject_after_the_quote():
    text = ("Four people died on Monday.\n\nA courier in the van died \u201cat the scene of the crash\u201d, "
            "authorities said.")
    assert _speaker(text, "at the scene") == "authorities"


def test_broadcaster_is_an_organisation_not_a_person():
    assert not looks_person("the Northern State Broadcaster".split(None, 1)[1])
    text = ("Lt. Col. Emil Sarno said on radio (the Northern State Broadcaster, now run by the army), "
            "insisting that there was no takeover.\n\n"
            "\u201cWe only target the criminals around the palace,\u201d he said.")
    assert _speaker(text, "We only target").endswith("Sarno")
