"""Error kinds met on a fresh round of unseen coverage (Multi-News validation), on texts we
wrote: words around a speaker that are no part of the name ("X allegedly told", "X was
recorded saying", "Then X", a "RELATED" link label), a press release or a release still
sought read as a release from custody, a charging document cited as a new accusation, a
sign-up form read as an agreement, a decade ("the 1950s") as the past, and a photo
caption's day as the article's day."""
from __future__ import annotations

from datetime import date

from newsdesk.extract.ev_context import article_anchor
from newsdesk.extract.ev_filter import past_time
from newsdesk.extract.events import events_step
from newsdesk.model import Article
from newsdesk.nlp import sentences_step
from tests.conftest import direct_quotes


def _mentions(text: str, published: str | None = "2026-04-22") -> list:
    art = events_step(sentences_step(Article(id="t", raw=text, text=text, published=published)))
    return art.mentions


def _speaker(text: str) -> str:
    qs = direct_quotes(text)
    assert qs
    return qs[0].speaker


def test_words_around_a_speaker_are_no_part_of_the_name():
    assert _speaker("\u201cYou should leave town and never come back,\u201d Marten Olsk allegedly "
                    "told the witness at a cafe on Friday.") == "Marten Olsk"
    assert _speaker("\u201cNobody will ever find out,\u201d Marten Olsk was recorded saying, "
                    "according to the complaint.") == "Marten Olsk"
    assert _speaker("Dana Pirelli met the couple twice.\n\nThen Pirelli offered them money. "
                    "\u201cTake it and stay home,\u201d he said, according to the indictment.") == "Dana Pirelli"
    assert _speaker("RELATED Hana Borsk wins appeal over port contract\n\nThe court ruled on Monday. "
                    "\u201cWe always knew the contract was fair and open,\u201d Hana Borsk said.") == "Hana Borsk"


def test_a_press_release_is_no_release_from_custody():
    text = ("Police arrested Mara Tell on Monday. A subsequent investigation led to Tell's arrest, "
            "according to a release from the county prosecutor's office.")
    assert "RETREAT" not in [m.type for m in _mentions(text)]


def test_a_cited_indictment_is_no_new_accusation():
    text = ("Two activists, Pell Ardo and Rina Salk, were indicted on Friday on federal charges.\n\n"
            "They paid only cash on their trips, the indictment alleges.\n\n"
            "In Ohio, they smashed the windows of a fur shop in Lima, according to the indictment.\n\n"
            "The indictment says they wore gloves and masks.")
    accuse = [m for m in _mentions(text) if m.type == "ACCUSE"]
    spans = [sp.text for m in accuse for sp in [m.span, *m.extra_spans]]
    assert accuse and all("indicted on Friday" in s for s in spans)


def test_a_sign_up_form_is_no_agreement():
    text = ("Email Sign Up By signing up you agree to receive email newsletters or alerts from "
            "the Daily Courier.\n\nThe two parties agreed to a ceasefire in Harlow on Monday.")
    agree = [m for m in _mentions(text) if m.type == "AGREE"]
    assert len(agree) == 1 and "ceasefire" in agree[0].span.text


def test_a_decade_is_the_past():
    assert past_time("In the 1950s, Japan outlawed amphetamines.", date(2014, 3, 1))
    assert past_time("In the 1950s, Japan outlawed amphetamines.", None, 2013)
    assert not past_time("Police arrested her on Friday.", date(2014, 3, 1))


def test_a_photo_captions_day_is_not_the_articles():
    text = ("Activist Lena Orsk (L) is greeted by her sister after her release from prison in "
            "Harlow, February 16, 2014.\n\n"
            "A court sentenced the activist to one year in prison on Wednesday, her lawyer said.")
    art = sentences_step(Article(id="t", raw=text, text=text))
    assert article_anchor(art) is None
    text2 = text.replace(" (L)", "")
    art2 = sentences_step(Article(id="t", raw=text2, text=text2))
    assert article_anchor(art2) == "2014-02-16"


def test_animals_set_loose_are_no_release_from_custody():
    text = "In Idaho, the pair released about 1,800 mink from a ranch near Burley, the charges say."
    assert "RETREAT" not in [m.type for m in _mentions(text)]
    text = "The rebels released 12 hostages in Harlow on Sunday, the ministry said."
    assert "RETREAT" in [m.type for m in _mentions(text)]


def test_groups_of_ordinary_people_are_actors():
    text = "Prospective jurors refused to serve in the judge's courtroom on Wednesday."
    assert [(m.type, m.actor) for m in _mentions(text)] == [("REJECT", "Prospective jurors")]


def test_offensive_remarks_are_no_attack():
    text = "Senator Rand Lowe said the remarks were \u201coffensive,\u201d and other leaders agreed."
    assert "ASSAULT" not in [m.type for m in _mentions(text)]
    text = "The army launched an offensive on the northern town of Harlow on Monday, killing 12 fighters."
    assert "ASSAULT" in [m.type for m in _mentions(text)]


def test_what_a_satellite_captures_is_no_seizure():
    text = ("The search centres on objects that were captured by Thai and Japanese satellites "
            "in the southern ocean on Sunday.")
    assert "COERCE" not in [m.type for m in _mentions(text)]
    text = "Rebels captured the town of Harlow on Sunday after a day of fighting."
    assert "COERCE" in [m.type for m in _mentions(text)] or "ASSAULT" in [m.type for m in _mentions(text)]
