"""Sentence splitting on real news shapes: datelines, abbreviations, quotations, paragraphs."""
from __future__ import annotations

import json

from newsdesk.model import Article
from newsdesk.nlp import lemma_in, parse, pos, sentences_step, split_sentences
from tests.conftest import shared_path


def texts(t: str) -> list[str]:
    return [s.text for s in split_sentences(t)]


def test_datelines_stay_in_their_sentence():
    t = ("CAIRO — Egyptian security forces, backed by armored cars and bulldozers, swept in "
         "Wednesday to clear two sit-in camps. The Health Ministry said nine protesters were killed.")
    assert texts(t)[0].startswith("CAIRO — Egyptian security forces")
    assert len(texts(t)) == 2
    t = ("JERUSALEM (Reuters) - Israeli Prime Minister Benjamin Netanyahu described the agreement "
         "as a historic mistake.")
    assert texts(t) == [t]


def test_abbreviations_and_initials_do_not_split():
    t = "The U.S. Secretary of State John F. Kerry met Mr. Maliki in Baghdad on Monday. Talks ended."
    assert texts(t) == ["The U.S. Secretary of State John F. Kerry met Mr. Maliki in Baghdad on Monday.",
                        "Talks ended."]


def test_quotations_end_sentences_only_before_a_new_sentence():
    t = "\u201cThat was good.\u201d He left. \u201cWe will stay,\u201d he said. It rained."
    assert texts(t) == ["\u201cThat was good.\u201d", "He left.", "\u201cWe will stay,\u201d he said.",
                        "It rained."]


def test_paragraph_breaks_are_boundaries_and_offsets_index_the_body():
    t = "First paragraph without a stop\n\nSecond one. Third sentence here."
    art = sentences_step(Article(id="a", raw=t, text=t))
    assert [s.text for s in art.sentences] == ["First paragraph without a stop", "Second one.",
                                               "Third sentence here."]
    for s in art.sentences:
        assert t[s.start:s.end] == s.text


def test_empty_body_gives_no_sentences():
    assert sentences_step(Article(id="e", raw="", text="")).sentences == []
    assert split_sentences("   \n\n  ") == []


def test_seed_article_sentences_are_exact_substrings():
    gold = json.loads(shared_path("eval", "seeds.gold.json").read_text(encoding="utf-8"))
    every = set()
    for a in gold["articles"]:
        sents = split_sentences(a["text"])
        assert len(sents) > 10
        assert all(a["text"][s.start:s.end] == s.text for s in sents)
        # the gold event quotes that are whole sentences come out as sentences
        quotes = {s["quote"] for e in gold["events"] for s in e["sources"] if s["article"] == a["id"]}
        got = {s.text for s in sents}
        every |= got
        assert len(quotes & got) >= len(quotes) // 2
    assert "Twelve others died in a car bomb in a Shiite neighborhood in Baghdad." in every


def test_parse_gives_tags_and_dependencies_without_ner():
    doc = parse(["Kurdish forces seized the oil-rich city of Kirkuk."])[0]
    seized = next(t for t in doc if t.text == "seized")
    assert pos(seized) == "VERB" and lemma_in(seized, {"seize"})
    assert any(c.dep_ == "nsubj" and c.text == "forces" for c in seized.children)


def test_numpy_products_parse_as_the_stock_pipeline():
    """The pipeline multiplies with numpy (OpenBLAS) rather than BLIS: a speed change only;
    the seed sentences get the tags and heads the stock pipeline gives."""
    import spacy
    from newsdesk.nlp import DEFAULT_DISABLE, get_nlp
    nlp = get_nlp()
    assert all(not getattr(node.ops, "use_blis", True)
               for _, proc in nlp.pipeline for node in proc.model.walk())
    stock = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"], exclude=list(DEFAULT_DISABLE))
    gold = json.loads(shared_path("eval", "seeds.gold.json").read_text(encoding="utf-8"))
    sents = [s.text for a in gold["articles"] for s in split_sentences(a["text"])][:40]
    ours = parse(sents)
    for doc, ref in zip(ours, stock.pipe(sents)):
        assert [(t.tag_, t.dep_, t.head.i) for t in doc] == [(t.tag_, t.dep_, t.head.i) for t in ref]
    doc = parse(["Gunmen killed 12 people in Baghdad on Monday."])[0]
    assert next(t for t in doc if t.text == "Gunmen").dep_ == "nsubj"


def test_closing_quote_glued_to_the_next_sentence_still_ends_it():
    t = ('In a statement, the deputy minister said: \u201cThe number did not exceed 40.\u201dLate on Sunday, '
         'the medics said the toll had risen to 90. The U.S.\u201d label stays.')
    assert texts(t) == ['In a statement, the deputy minister said: \u201cThe number did not exceed 40.\u201d',
                        'Late on Sunday, the medics said the toll had risen to 90.',
                        'The U.S.\u201d label stays.']
