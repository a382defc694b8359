"""A quote embedded in a clause belongs to its own sentence: not to the speech verb of the next
sentence, and to its main clause's subject rather than a speaker of another sentence
(sentences written for these tests)."""
from newsdesk.extract.own_clause import clause_subject, closes_own_sentence, embedded
from newsdesk.extract.quotes import extract_quotes
from newsdesk.model import Article


def _speakers(text: str) -> dict[str, str | None]:
    art = Article(id="t", raw=text, text=text)
    return {q.text: q.speaker for q in extract_quotes(art) if q.kind == "direct"}


def test_embedded_needs_a_clause_before_the_mark():
    assert embedded("The council thanked the engineers for ")
    assert not embedded("Ida Brenn said: ")
    assert not embedded("Then ")


def test_full_stop_then_capital_closes_the_sentence():
    assert closes_own_sentence("keeping the lights on.", " The mayor later said, ")
    assert not closes_own_sentence("keeping the lights on,", " the mayor said.")


def test_main_clause_subject_speaks_not_a_passive_one():
    s = "Harbour officials said the ferry would stay docked “until the storm passes.”"
    assert clause_subject(s, s.index("“")) == ("Harbour officials", 0)
    s = "The proposal was described as “a dead end” by critics."
    assert clause_subject(s, s.index("“")) is None
    s = "The delay will “cost every grower a season”."
    assert clause_subject(s, s.index("“")) is None


def test_next_sentence_speech_verb_is_not_the_fragments():
    text = ("Dock workers went on strike on Monday.\n\n"
            "On Tuesday, port managers hung banners thanking the crews for “keeping the cranes moving.” "
            "At a press event, harbour chief Ola Varn said, “We owe them a great deal.”")
    got = _speakers(text)
    assert got["keeping the cranes moving."] == "port managers"
    assert got["We owe them a great deal."] == "Ola Varn"


def test_trailing_attribution_of_next_sentence_is_not_taken():
    text = ("“Two wards are full,” a clinic spokeswoman said. However, ward nurses said the count would climb "
            "“because several patients are in a grave state.” The wounded were moved to a field "
            "hospital, an officer said.")
    assert _speakers(text)["because several patients are in a grave state."] == "ward nurses"


def test_fragment_with_no_speech_verb_goes_to_its_sentence_subject():
    text = ("“We will not cede an inch,” the Valdorian health minister Pia Sand told reporters.\n\n"
            "Monument hill and the old market square.\n\n"
            "Ruritania regards the valley as its “ancestral and undivided” homeland.")
    assert _speakers(text)["ancestral and undivided"] == "Ruritania"


def test_singular_it_skips_a_plural_antecedent():
    text = ("Shots rang out near the port on Sunday, with several witnesses saying a navy unit was involved.\n\n"
            "The interior ministry later put out a short note.\n\n"
            "“The unit was disarmed and the port is calm,” it said in a statement.")
    assert _speakers(text)["The unit was disarmed and the port is calm,"] != "several witnesses"
