"""The event layer's cheaper paths decide as the costly ones do: the caption pattern's
substring pre-test (Unicode case folding included), the tagger-only Doc's tags, and the
events step's choice of unparsed sentences for the reference and judgement tests."""
from __future__ import annotations

from newsdesk.extract import ev_filter as F, ev_group_refs as G
from newsdesk.extract.events import Cand, events_step
from newsdesk.extract.plover import Trigger
from newsdesk.model import Article
from newsdesk.nlp import get_nlp, sentences_step, tagged

LINES = [
    "Rebels shelled the river port on Tuesday night, officials said.",
    "Image caption: a crowd outside the ruined depot.",
    "İMAGE CAPTION Smoke over the harbour",          # dotted capital I: no ASCII 'i' after lower()
    "ımage credit: city archive",                     # dotless i
    "In thiſ undated photo, guards stand at the gate.",   # long s
    "1 of 5 PICTURES from the march",
    "The mayor (Reuters) spoke at noon.",
    "Relief convoy arrives - watch",
    "Reporting by Ann Lee; editing by Tom Dey",
    "Soldiers patrol the square in a handout image released by the army.",
    "No photograph exists of the meeting.",
]


def test_caption_pretest_agrees_with_the_pattern():
    for line in LINES:
        assert F.caption(line) == bool(F.CAPTION.search(line.strip())), line
    assert F.caption(LINES[2]) and F.caption(LINES[3]) and not F.caption(LINES[0])


def test_tagger_only_doc_has_the_full_pipeline_tags():
    nlp = get_nlp()
    for line in LINES + ["Senate aides blocked it because they", "When they"]:
        assert [t.tag_ for t in tagged(line)] == [t.tag_ for t in nlp(line)]


def _article(text: str) -> Article:
    return sentences_step(Article(id="t", raw=text, text=text, published="2021-05-03"))


def test_unparsed_sentences_the_tests_read_are_parsed_in_the_events_call(monkeypatch):
    """No sentence is parsed twice, and the tests' own parse runs for none of them."""
    text = ("Gunmen stormed the district office on Sunday, killing six guards, police said. "
            "The minister said a militia was the prime suspect in the attack. "
            "Relatives of the victims of the attack gathered outside the morgue.")
    calls = []
    from newsdesk import nlp as NL
    real = NL.parse
    monkeypatch.setattr(NL, "parse", lambda texts, batch_size=64: calls.append(list(texts)) or real(texts, batch_size))
    art = events_step(_article(text))
    assert art.mentions and len(calls) == 1
    parsed = calls[0]
    assert len(parsed) == len(set(parsed))


def test_needs_parse_reads_the_statement_kinds_the_tests_read():
    text = "Relatives of the victims of the bombing gathered outside the morgue."
    art = _article(text)
    noun = Trigger(32, 39, "ASSAULT", None, "noun", "bombing")

    def statement(**kw) -> Cand:      # an attack told by a noun after "of"
        return Cand("ASSAULT", 0, 0, len(text), triggers=[noun], **kw)

    assert G.needs_parse(art, [statement()])
    assert not G.needs_parse(art, [statement(date_explicit=G.OWN_PUB)])     # a day of its own
    assert not G.needs_parse(art, [statement(actor="Rebels")])
