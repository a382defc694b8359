"""Attack words that only describe a party or thing inside another act's statement
(extract/ev_group_governed.py, taken off the records by across/merge_refs.py): an
accusation of backing "militants who killed 40 people", a blame "for the attack that left
dozens dead" is the accusation's sentence, not the attack's, even though it repeats the
toll; an attack told as the statement's own content ("accused the army of killing ...",
"rejected reports that gunmen shot ...") and the attack's own tellings stay listed; a
mention told by such sentences alone shows one of them. (Sentences invented; places
fictional.)"""
from __future__ import annotations

from newsdesk.across.merge import merge
from newsdesk.across.merge_refs import _unlisted
from newsdesk.extract.events import events_step
from newsdesk.model import Article, EventMention, Span
from newsdesk.nlp import sentences_step

LEDE = "A truck bomb killed 40 people at the grain market in Dorvale on Friday, police said. "
DAY = "2027-05-22"


def assault_texts(text: str) -> list[str]:
    """The sentences the attack records of one article list."""
    art = events_step(sentences_step(Article(id="t", raw=text, text=text, published=DAY)))
    return [s.text for e in merge([art]) if e.type == "ASSAULT" for m in e.mentions
            for s in (m.span, *m.extra_spans)]


def listed(texts: list[str], start: str) -> bool:
    return any(t.startswith(start) for t in texts)


def test_accused_of_backing_militants_who_killed_is_not_a_telling():
    texts = assault_texts(LEDE + "The interior ministry accused the neighbouring state of arming militants "
                                 "who killed 40 people in the bombing in Dorvale.")
    assert listed(texts, "A truck bomb killed")
    assert not listed(texts, "The interior ministry accused")


def test_blame_for_the_attack_that_left_dead_is_not_a_telling():
    texts = assault_texts(LEDE + "Opposition leaders blamed the border militia for the attack that left "
                                 "40 people dead.")
    assert listed(texts, "A truck bomb killed")
    assert not listed(texts, "Opposition leaders blamed")


def test_the_attack_as_the_accusations_content_stays_a_telling():
    texts = assault_texts(LEDE + "Witnesses accused the militia of killing 40 shoppers at the market.")
    assert listed(texts, "Witnesses accused the militia")


def test_rejected_reports_keep_the_act_they_report():
    texts = assault_texts(LEDE + "The militia on Saturday rejected reports that its fighters had bombed "
                                 "the market, killing 40 people.")
    assert listed(texts, "The militia on Saturday rejected")


def _mention(*texts: str) -> EventMention:
    spans, at = [], 0
    for t in texts:
        spans.append(Span("a", at, at + len(t), t))
        at += len(t) + 1
    return EventMention("a", "ASSAULT", spans[0], extra_spans=spans[1:])


def test_a_mention_told_by_references_alone_shows_its_first_one():
    m = _mention("The council condemned the bombing.", "Mourners marched over the blast.")
    refs = {(sp.start, sp.end) for sp in (m.span, *m.extra_spans)}
    out = _unlisted(m, refs)
    assert out.span.text == "The council condemned the bombing." and not out.extra_spans


def test_a_call_made_after_the_attack_was_claimed_is_not_a_telling():
    texts = assault_texts(LEDE + "The prime minister called for calm after the northern militia claimed the "
                                 "bombing on Saturday.")
    assert listed(texts, "A truck bomb killed")
    assert not listed(texts, "The prime minister called")


def test_a_vow_after_the_act_told_in_the_clause_stays_a_telling():
    texts = assault_texts(LEDE + "The governor vowed revenge after the bombers killed 40 people at the "
                                 "grain market.")
    assert listed(texts, "The governor vowed revenge")


def test_a_group_saying_it_was_behind_the_attack_stays_a_telling():
    texts = assault_texts(LEDE + "The northern militia said on Saturday it was behind the bombing that killed "
                                 "40 people.")
    assert listed(texts, "The northern militia said")
