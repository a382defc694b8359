"""Dialogue turns and pronoun subjects: a quote going on after its speaker's own cue, a
speech verb sharing the subject of a coordinated predicate, an adverb between a pronoun
and its verb, and a closing mark typed in the opener's shape (sentences written for these
tests)."""
from newsdesk.extract.bare_verbs import coordinated_subject
from newsdesk.extract.cue_scope import turn_goes_on
from newsdesk.extract.quotes import extract_quotes
from newsdesk.model import Article


def _quotes(text: str) -> dict:
    art = Article(id="t", raw=text, text=text)
    return {q.text: q for q in extract_quotes(art) if q.kind == "direct"}


def test_quote_after_its_speakers_cue_keeps_that_cue():
    text = ("Ida Brenn, the harbour master, met Tom Ashby on the quay.\n"
            "“We lost two boats,” she said. “The bridge is gone and the ferry cannot land.” "
            "She noted a meeting with the ministry on Friday about the repairs.")
    got = _quotes(text)
    first = got["We lost two boats,"]
    second = got["The bridge is gone and the ferry cannot land."]
    assert second.speaker == first.speaker == "Ida Brenn"
    assert second.speaker_span == first.speaker_span           # the 'she said' cue, not 'She noted'


def test_turn_goes_on_only_after_a_closed_cue():
    assert turn_goes_on("” she said. “", "The bridge is gone.", " She noted a meeting on Friday.")
    assert not turn_goes_on("” she said. “", "The bridge is gone.", " She said.")
    assert not turn_goes_on("” she said, and the mayor then asked “", "The bridge is gone.", " He noted it.")
    assert not turn_goes_on("” she said. “", "the bridge", " She noted a meeting on Friday.")


def test_coordinated_speech_verb_takes_the_clause_subject():
    left = ("Last week, when I asked Ann Roe whether she would run again, she looked at the river, "
            "shook her head and said, ")
    assert coordinated_subject(left, left.rindex("said")) == ("she", left.rindex("she looked"))
    rel = "Roe thanked the mayor, who smiled and said, "
    assert coordinated_subject(rel, rel.rindex("said")) is None
    text = ("Ann Roe chairs the flood board.\nWhen I asked Tom Ashby about the levee, she laughed, "
            "shrugged and said, “The levee will hold this winter.”")
    assert _quotes(text)["The levee will hold this winter."].speaker == "Ann Roe"


def test_frequency_adverb_between_pronoun_and_verb():
    text = ("Tom Ashby has run the ferry for thirty years.\n"
            "“The river always wins in the end,” he often says. “We only borrow it.”")
    q = _quotes(text)["The river always wins in the end,"]
    assert q.speaker == "Tom Ashby"
    assert text[q.speaker_span.start:q.speaker_span.end] == "he"


def test_opener_shaped_closing_mark_before_said():
    text = "“The levee held and the town is dry,“ said Ida Brenn, the harbour master. “We were lucky.”"
    got = _quotes(text)
    assert got["The levee held and the town is dry,"].speaker == "Ida Brenn"
    assert got["We were lucky."].speaker == "Ida Brenn"
